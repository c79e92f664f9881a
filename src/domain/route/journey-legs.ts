/**
 * A journey's legs and the connections between them. The record keeps the whole journey's ends and the
 * changes on the way (journey.ts); here they become legs, each with its own number, carrier, places and
 * zoned times, and the time to change between one leg and the next is worked out and judged.
 *
 * It also parses the connections the journey form edits. Each connection is typed in the zone of the place
 * where it is (a change in Helsinki is Europe/Helsinki), and the legs must follow one another: each lands
 * after it leaves, and the next leaves no earlier than the one before lands. A connection of negative length
 * is refused; a connection shorter than its minimum is allowed, since the organiser may know better, and the
 * checks report it (rules/short-connection.ts).
 */
import { AIRPORT_CITIES } from './airport-codes';
import type { Gazetteer, Place } from './gazetteer/gazetteer';
import { foldForSearch } from './gazetteer/gazetteer';
import type { Journey, JourneyConnection, TravelMode } from './journey';
import { err, ok, type Result } from '../shared/result';
import { message, type Message } from '../shared/message';
import { minutesBetween, occurrenceOf, zonedTime, type Occurrence, type ZonedTime } from '../shared/time';

/** One leg of a journey: one plane, train or coach, from one place to the next. */
export interface JourneyLeg {
  number: string;
  /** The leg's own carrier: the journey's, unless the connection names another. */
  carrier: string;
  departure: ZonedTime;
  arrival: ZonedTime;
  departurePlace: string;
  arrivalPlace: string;
}

/** The legs of a journey, in order: one for a direct journey, one more for each connection. */
export function journeyLegs(
  journey: Pick<Journey, 'number' | 'carrier' | 'departure' | 'arrival' | 'departurePlace' | 'arrivalPlace' | 'connections'>,
): JourneyLeg[] {
  const legs: JourneyLeg[] = [];
  let current = { number: journey.number, carrier: journey.carrier, departure: journey.departure, departurePlace: journey.departurePlace };
  for (const connection of journey.connections) {
    legs.push({ ...current, arrival: connection.arrival, arrivalPlace: connection.arrivalPlace });
    current = {
      number: connection.number,
      carrier: connection.carrier || journey.carrier,
      departure: connection.departure,
      departurePlace: connection.departurePlace,
    };
  }
  legs.push({ ...current, arrival: journey.arrival, arrivalPlace: journey.arrivalPlace });
  return legs;
}

/** Minutes from the landing of the leg before to the departure of the next: negative when they overlap. */
export function connectionMinutes(connection: Pick<JourneyConnection, 'arrival' | 'departure'>): number {
  return minutesBetween(connection.arrival, connection.departure);
}

/**
 * The shortest connection that can be relied on, by how the journey travels. A flight connection needs time to
 * leave one aircraft, walk or ride to the next gate, often to pass security or passport control again, and to
 * board, which closes some 20 minutes before departure: 60 minutes is about the least that hubs publish as a
 * minimum connecting time, and less than that is where missed connections happen. A train, coach or ferry is
 * boarded from the platform or quay a few minutes before it leaves, so 15 minutes covers finding the platform
 * with luggage. A car waits for its passengers, but a change of cars or drivers still takes that long.
 */
export const MIN_CONNECTION_MINUTES: Readonly<Record<TravelMode, number>> = {
  flight: 60,
  train: 15,
  coach: 15,
  car: 15,
  ferry: 15,
};

/** Whether a connection leaves less time to change than its mode needs (a negative one included). */
export function isShortConnection(mode: TravelMode, minutes: number): boolean {
  return minutes < MIN_CONNECTION_MINUTES[mode];
}

/** The journey's numbers, leg by leg: "HU7908 + HU7279"; the one number of a direct journey. */
export function journeyNumbers(journey: Pick<Journey, 'number' | 'connections'>): string {
  return [journey.number, ...journey.connections.map((connection) => connection.number)]
    .filter((number) => number !== '')
    .join(' + ');
}

/** Where a connection is, in a few words: its landing place, else its departure place, else ''. */
export function connectionPlace(connection: Pick<JourneyConnection, 'arrivalPlace' | 'departurePlace'>): string {
  return connection.arrivalPlace || connection.departurePlace;
}

// ---------------------------------------------------------------------------------------------------------------
// The connections of the journey form

/** What the journey form edits of one connection: both times are in the one zone of its place. */
export interface JourneyConnectionDraft {
  arrivalPlace: string;
  arrivalLocal: string;
  /** The zone of the place of the connection (a change in Helsinki is Europe/Helsinki). */
  zone: string;
  departurePlace: string;
  departureLocal: string;
  number: string;
  carrier: string;
  /** Which one when the clocks go back over the landing's wall time (absent: the first). */
  arrivalOccurrence?: Occurrence;
  /** The same for the next leg's departure. */
  departureOccurrence?: Occurrence;
}

/**
 * The time to change at a connection as typed so far, for the form to show while the rest is unfinished;
 * null until both times and the zone read as times.
 */
export function connectionDraftMinutes(draft: JourneyConnectionDraft): number | null {
  const landing = zonedTime(draft.arrivalLocal, draft.zone.trim(), draft.arrivalOccurrence);
  const leaving = zonedTime(draft.departureLocal, draft.zone.trim(), draft.departureOccurrence);
  return landing.ok && leaving.ok ? minutesBetween(landing.value, leaving.value) : null;
}

/** The path of a field of a connection in a journey's errors: "connections.0.departureLocal". */
export type ConnectionErrorKey = `connections.${number}.${keyof JourneyConnectionDraft & string}`;

/** Errors of a journey's connections, beside the field of the connection they are about. */
export type ConnectionErrors = Partial<Record<ConnectionErrorKey, Message>>;

/** A stored connection as the form edits it. */
export function connectionToDraft(connection: JourneyConnection): JourneyConnectionDraft {
  return {
    arrivalPlace: connection.arrivalPlace,
    arrivalLocal: connection.arrival.local,
    zone: connection.arrival.zone,
    departurePlace: connection.departurePlace,
    departureLocal: connection.departure.local,
    number: connection.number,
    carrier: connection.carrier,
    arrivalOccurrence: occurrenceOf(connection.arrival),
    departureOccurrence: occurrenceOf(connection.departure),
  };
}

/** A new connection, nothing typed yet. */
export function emptyConnectionDraft(): JourneyConnectionDraft {
  return { arrivalPlace: '', arrivalLocal: '', zone: '', departurePlace: '', departureLocal: '', number: '', carrier: '' };
}

/** A flight or train number as it is stored: upper case, no spaces ("mu 552" is MU552). */
export function normalisedJourneyNumber(number: string): string {
  return number.trim().toUpperCase().replace(/\s+/g, '');
}

/** How the journey parses one end of a leg; the error says which field is wrong. */
export type JourneyEndParser = (
  local: string,
  zone: string,
  verb: 'departs' | 'arrives',
  occurrence?: Occurrence,
) => Result<ZonedTime, { field: 'local' | 'zone'; message: Message }>;

/**
 * The connections of a journey, parsed, with the legs around them checked against the journey's own ends
 * (`departure` and `arrival`, when those parsed). Each time is read by `parseEnd`, the journey's own reader of
 * its ends, so a connection's times are read exactly as the journey's are. Errors are keyed to each connection's field; an error of the
 * last leg, which lands at the journey's arrival, comes back as `arrival`.
 */
export function parseConnectionDrafts(
  drafts: readonly JourneyConnectionDraft[],
  parseEnd: JourneyEndParser,
  departure: ZonedTime | null,
  arrival: ZonedTime | null,
): Result<JourneyConnection[], ConnectionErrors & { arrival?: Message }> {
  const errors: ConnectionErrors & { arrival?: Message } = {};
  const connections: (JourneyConnection | null)[] = drafts.map((draft, index) => {
    const key = (field: keyof JourneyConnectionDraft & string): ConnectionErrorKey => `connections.${index}.${field}`;
    if (!draft.zone.trim()) {
      errors[key('zone')] = message('route:errors.connection.zoneMissing');
      return null;
    }
    const landing = parseEnd(draft.arrivalLocal, draft.zone, 'arrives', draft.arrivalOccurrence);
    const leaving = parseEnd(draft.departureLocal, draft.zone, 'departs', draft.departureOccurrence);
    for (const [end, field] of [[landing, 'arrivalLocal'], [leaving, 'departureLocal']] as const) {
      if (!end.ok) errors[key(end.error.field === 'zone' ? 'zone' : field)] = end.error.message;
    }
    if (!landing.ok || !leaving.ok) return null;
    return {
      arrivalPlace: draft.arrivalPlace.trim(),
      arrival: landing.value,
      departurePlace: draft.departurePlace.trim(),
      departure: leaving.value,
      number: normalisedJourneyNumber(draft.number),
      carrier: draft.carrier.trim(),
    };
  });
  // Each leg must land after it leaves, and each connection must not end before it starts.
  let leaves: ZonedTime | null = departure;
  connections.forEach((connection, index) => {
    if (!connection) {
      leaves = null;
      return;
    }
    if (leaves && minutesBetween(leaves, connection.arrival) <= 0) {
      errors[`connections.${index}.arrivalLocal`] = message('route:errors.connection.landsBeforeLeaving');
    }
    if (connectionMinutes(connection) < 0) {
      errors[`connections.${index}.departureLocal`] = message('route:errors.connection.negative');
    }
    leaves = connection.departure;
  });
  if (leaves && arrival && drafts.length > 0 && minutesBetween(leaves, arrival) <= 0) {
    errors.arrival = message('route:errors.connection.arrivesBeforeLastLeg');
  }
  if (Object.keys(errors).length > 0) return err(errors);
  return ok(connections.filter((connection): connection is JourneyConnection => connection !== null));
}

/**
 * The gazetteer's city named at the start of an airport's or station's name ("Helsinki Airport",
 * "Beijing Capital International Airport T2") or by the airport's code ("PEK T3"), to suggest the zone of a
 * connection there; null when neither names a city. The longest match wins, so "Frankfurt am Main Airport" is
 * Frankfurt am Main.
 */
export function cityOfJourneyPlace(gazetteer: Gazetteer, place: string): Place | null {
  const code = /^\s*([A-Za-z]{3})\b/.exec(place)?.[1]?.toUpperCase();
  const airport = code ? AIRPORT_CITIES[code] : undefined;
  if (airport) {
    const folded = foldForSearch(airport.city);
    const found = gazetteer
      .search(airport.city, 10)
      .find((candidate) => candidate.country === airport.country && foldForSearch(candidate.name) === folded);
    if (found) return found;
  }
  const words = foldForSearch(place).split(' ').filter(Boolean);
  for (let count = Math.min(words.length, 4); count > 0; count -= 1) {
    const query = words.slice(0, count).join(' ');
    const found = gazetteer.search(query, 5).find((candidate) => foldForSearch(candidate.name) === query);
    if (found) return found;
  }
  return null;
}
