/**
 * A journey with connections: its legs, the time to change between them, and the journey form's draft of it,
 * parsed in the zone of each place (Liverpool to Kunming via Helsinki, or via Beijing).
 */
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../src/domain/shared/message';
import { inChinese, inEnglish } from '../../../builders/words';
import { AIRPORT_CITIES } from '../../../../src/domain/route/airport-codes';
import { loadGazetteer } from '../../../../src/domain/route/gazetteer/load';
import {
  cityOfJourneyPlace,
  connectionDraftMinutes,
  connectionMinutes,
  connectionToDraft,
  emptyConnectionDraft,
  isShortConnection,
  journeyLegs,
  journeyNumbers,
  MIN_CONNECTION_MINUTES,
  type JourneyConnectionDraft,
} from '../../../../src/domain/route/journey-legs';
import { journeyToDraft, parseJourneyDraft, type JourneyDraft } from '../../../../src/domain/route/route';
import { journeySchema, type Journey } from '../../../../src/domain/route/journey';
import { minutesBetween } from '../../../../src/domain/shared/time';

/** A form's errors as an English reader sees them. */
const english = (errors: Readonly<Record<string, Message | undefined>>): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).flatMap(([field, said]) => (said ? [[field, inEnglish(said)]] : [])));

/** Finnair from Manchester to Beijing, changing in Helsinki: the journey's ends and nothing between yet. */
function viaHelsinki(overrides: Partial<JourneyDraft> = {}): JourneyDraft {
  return {
    fromStopId: null,
    toStopId: 'beijing',
    mode: 'flight',
    carrier: 'Finnair',
    number: 'ay 1362',
    departureLocal: '2027-11-12T11:30',
    departureZone: 'Europe/London',
    arrivalLocal: '2027-11-13T07:15',
    arrivalZone: 'Asia/Shanghai',
    departurePlace: 'Manchester Airport T2',
    arrivalPlace: 'Beijing Capital T3',
    departureTerminal: '',
    arrivalTerminal: '',
    bookingReference: 'HZ4R9K',
    notes: '',
    travellerIds: null,
    connections: [helsinki()],
    ...overrides,
  };
}

/** Lands in Helsinki 16:15 and leaves 17:25, Helsinki time. */
function helsinki(overrides: Partial<JourneyConnectionDraft> = {}): JourneyConnectionDraft {
  return {
    arrivalPlace: 'Helsinki Airport',
    arrivalLocal: '2027-11-12T16:15',
    zone: 'Europe/Helsinki',
    departurePlace: 'Helsinki Airport',
    departureLocal: '2027-11-12T17:25',
    number: 'ay 57',
    carrier: '',
    ...overrides,
  };
}

function parsed(draft: JourneyDraft): Journey {
  const result = parseJourneyDraft(draft);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { ...result.value, id: 'j-1', tripId: 't-1', calendar: { uid: 'j-1@test', sequence: 0 } };
}

describe('a journey that changes planes on the way', () => {
  it('keeps the whole journey’s ends at the top and each change in the zone of its own place', () => {
    const journey = parsed(viaHelsinki());
    expect(journey.departure.utc).toBe('2027-11-12T11:30:00Z');
    expect(journey.arrival.utc).toBe('2027-11-12T23:15:00Z');
    expect(journey.connections).toEqual([
      {
        arrivalPlace: 'Helsinki Airport',
        arrival: { local: '2027-11-12T16:15', zone: 'Europe/Helsinki', utc: '2027-11-12T14:15:00Z' },
        departurePlace: 'Helsinki Airport',
        departure: { local: '2027-11-12T17:25', zone: 'Europe/Helsinki', utc: '2027-11-12T15:25:00Z' },
        number: 'AY57',
        carrier: '',
      },
    ]);
    expect(journeySchema.safeParse(journey).success).toBe(true);
  });

  it('has two legs via Helsinki, the second under the journey’s carrier unless it names another', () => {
    const legs = journeyLegs(parsed(viaHelsinki()));
    expect(legs.map((leg) => [leg.number, leg.carrier, leg.departurePlace, leg.arrivalPlace])).toEqual([
      ['AY1362', 'Finnair', 'Manchester Airport T2', 'Helsinki Airport'],
      ['AY57', 'Finnair', 'Helsinki Airport', 'Beijing Capital T3'],
    ]);
    expect(legs.map((leg) => minutesBetween(leg.departure, leg.arrival))).toEqual([165, 470]);
    const codeshare = journeyLegs(parsed(viaHelsinki({ connections: [helsinki({ carrier: 'Juneyao Air' })] })));
    expect(codeshare[1]!.carrier).toBe('Juneyao Air');
  });

  it('is one leg when it is direct, as every journey stored before connections were', () => {
    const direct = parsed(viaHelsinki({ connections: [], number: 'HU7908' }));
    expect(journeyLegs(direct)).toEqual([
      {
        number: 'HU7908',
        carrier: 'Finnair',
        departure: direct.departure,
        arrival: direct.arrival,
        departurePlace: 'Manchester Airport T2',
        arrivalPlace: 'Beijing Capital T3',
      },
    ]);
    expect(journeyNumbers(direct)).toBe('HU7908');
  });

  it('names every leg’s number, leaving out a leg without one', () => {
    expect(journeyNumbers(parsed(viaHelsinki()))).toBe('AY1362 + AY57');
    expect(journeyNumbers(parsed(viaHelsinki({ connections: [helsinki({ number: '' })] })))).toBe('AY1362');
  });

  it('comes back to the form as it was typed', () => {
    const journey = parsed(viaHelsinki());
    const draft = journeyToDraft(journey);
    expect(draft.connections).toEqual([helsinki({ number: 'AY57', arrivalOccurrence: 'first', departureOccurrence: 'first' })]);
    expect(parseJourneyDraft(draft)).toEqual(parseJourneyDraft(viaHelsinki()));
  });
});

describe('the time to change', () => {
  it('is worked out from instants: 70 min in Helsinki', () => {
    expect(connectionMinutes(parsed(viaHelsinki()).connections[0]!)).toBe(70);
  });

  it('shows as it is typed, before the rest of the form is finished', () => {
    expect(connectionDraftMinutes(helsinki())).toBe(70);
    expect(connectionDraftMinutes(helsinki({ zone: '' }))).toBeNull();
    expect(connectionDraftMinutes(emptyConnectionDraft())).toBeNull();
  });

  it('is too short under an hour for a flight, and under 15 minutes for a train, coach, car or ferry', () => {
    expect(MIN_CONNECTION_MINUTES).toEqual({ flight: 60, train: 15, coach: 15, car: 15, ferry: 15 });
    expect(isShortConnection('flight', 59)).toBe(true);
    expect(isShortConnection('flight', 60)).toBe(false);
    expect(isShortConnection('train', 14)).toBe(true);
    expect(isShortConnection('train', 15)).toBe(false);
    expect(isShortConnection('ferry', -5)).toBe(true);
  });
});

describe('the journey form’s connections', () => {
  it('accepts a connection shorter than it needs: the checks report it, the organiser may know better', () => {
    const tight = parseJourneyDraft(viaHelsinki({ connections: [helsinki({ departureLocal: '2027-11-12T16:45' })] }));
    expect(tight.ok).toBe(true);
  });

  it('refuses a connection of negative length, beside the next leg’s departure', () => {
    const result = parseJourneyDraft(viaHelsinki({ connections: [helsinki({ departureLocal: '2027-11-12T16:00' })] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && english(result.error)['connections.0.departureLocal']).toBe(
      'The next leg leaves before this one lands: a connection cannot be negative. Check the times.',
    );
  });

  it('reads a connection’s times in its own zone: 16:15 taken as Beijing time would land before it left Manchester', () => {
    // In Helsinki 16:15 is 14:15Z; in Beijing's zone it is 08:15Z, before the 11:30Z departure from Manchester.
    const wrongZone = parseJourneyDraft(viaHelsinki({ connections: [helsinki({ zone: 'Asia/Shanghai' })] }));
    expect(!wrongZone.ok && english(wrongZone.error)['connections.0.arrivalLocal']).toMatch(/^This leg lands before it leaves/);
  });

  it('refuses a last leg that arrives before it leaves, beside the journey’s arrival', () => {
    const late = parseJourneyDraft(viaHelsinki({ connections: [helsinki({ departureLocal: '2027-11-13T03:00' })] }));
    expect(!late.ok && english(late.error).arrivalLocal).toMatch(/^This arrives before the last leg leaves/);
  });

  it('asks for the zone and both times of each connection, naming the field', () => {
    const result = parseJourneyDraft(
      viaHelsinki({ connections: [helsinki({ zone: '' }), helsinki({ arrivalLocal: '', departureLocal: '' })] }),
    );
    expect(!result.ok && english(result.error)).toMatchObject({
      'connections.0.zone': 'Choose the time zone of the place of this connection.',
      'connections.1.arrivalLocal': 'Enter when it arrives.',
      'connections.1.departureLocal': 'Enter when it departs.',
    });
  });

  it('refuses connections out of order: the second lands before the first leaves', () => {
    const second = helsinki({ arrivalLocal: '2027-11-12T17:00', departureLocal: '2027-11-12T18:30' });
    const result = parseJourneyDraft(viaHelsinki({ connections: [helsinki(), second] }));
    expect(!result.ok && english(result.error)['connections.1.arrivalLocal']).toMatch(/^This leg lands before it leaves/);
  });
});

describe('the record of a journey', () => {
  it('refuses a connection whose landing and departure are in different zones: it is one place', () => {
    const journey = parsed(viaHelsinki());
    const [change] = journey.connections;
    const split = { ...change!, departure: { local: '2027-11-12T17:25', zone: 'Europe/London', utc: '2027-11-12T17:25:00Z' } };
    const result = journeySchema.safeParse({ ...journey, connections: [split] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['connections', 0, 'departure', 'zone']);
  });

  it('refuses a journey without its list of connections', () => {
    const { connections: _connections, ...old } = parsed(viaHelsinki());
    expect(journeySchema.safeParse(old).success).toBe(false);
  });
});

describe('the zone of a connection', () => {
  it('is suggested by the city that starts the airport’s name', async () => {
    const gazetteer = await loadGazetteer();
    expect(cityOfJourneyPlace(gazetteer, 'Helsinki Airport')?.timeZone).toBe('Europe/Helsinki');
    expect(cityOfJourneyPlace(gazetteer, 'Beijing Capital International Airport T2')?.timeZone).toBe('Asia/Shanghai');
    expect(cityOfJourneyPlace(gazetteer, 'Dubai International')?.timeZone).toBe('Asia/Dubai');
    expect(cityOfJourneyPlace(gazetteer, 'T2')).toBeNull();
    expect(cityOfJourneyPlace(gazetteer, '')).toBeNull();
  }, 30_000);

  it('knows an airport by the code on the boarding pass, and every code listed names a city the gazetteer has', async () => {
    const gazetteer = await loadGazetteer();
    expect(cityOfJourneyPlace(gazetteer, 'PEK T3')?.timeZone).toBe('Asia/Shanghai');
    expect(cityOfJourneyPlace(gazetteer, 'hel')?.timeZone).toBe('Europe/Helsinki');
    expect(cityOfJourneyPlace(gazetteer, 'DXB Terminal 3')?.timeZone).toBe('Asia/Dubai');
    // Boston is BOS in Massachusetts, not the town in Lincolnshire.
    expect(cityOfJourneyPlace(gazetteer, 'BOS')?.timeZone).toBe('America/New_York');
    expect(cityOfJourneyPlace(gazetteer, 'Manchester Airport T2')?.country).toBe('GB');
    for (const [code, airport] of Object.entries(AIRPORT_CITIES)) {
      expect(cityOfJourneyPlace(gazetteer, code), code).toMatchObject({ country: airport.country });
    }
  }, 30_000);
});

describe('a connection in the hour the clocks go back over', () => {
  it('lands at the first 03:30 in Helsinki unless the second is chosen, and its time to change follows', () => {
    // 31 October 2027: Helsinki goes back from 04:00 EEST to 03:00 EET, so 03:00–03:59 happens twice.
    const nightFlight = viaHelsinki({
      departureLocal: '2027-10-30T22:00',
      arrivalLocal: '2027-10-31T20:00',
      connections: [helsinki({ arrivalLocal: '2027-10-31T03:30', departureLocal: '2027-10-31T05:00' })],
    });
    const first = parsed(nightFlight);
    expect(first.connections[0]!.arrival.utc).toBe('2027-10-31T00:30:00Z');
    expect(connectionMinutes(first.connections[0]!)).toBe(150);
    const second = parsed({ ...nightFlight, connections: [{ ...nightFlight.connections[0]!, arrivalOccurrence: 'second' }] });
    expect(second.connections[0]!.arrival.utc).toBe('2027-10-31T01:30:00Z');
    expect(connectionMinutes(second.connections[0]!)).toBe(90);
    expect(connectionToDraft(second.connections[0]!)).toMatchObject({ arrivalOccurrence: 'second', departureOccurrence: 'first' });
  });
});

describe('the journey form’s connections, in Chinese', () => {
  it('says a connection cannot be negative', () => {
    const result = parseJourneyDraft(viaHelsinki({ connections: [helsinki({ departureLocal: '2027-11-12T16:00' })] }));
    expect(!result.ok && inChinese(result.error['connections.0.departureLocal']!)).toBe(
      '下一程在本程降落前就已出发，中转时间不能为负。请核对时间。',
    );
  });
});
