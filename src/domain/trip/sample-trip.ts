/**
 * The sample trip: the Liverpool City Region trade mission to China of November 2016, built as one complete
 * TripBundle so that a new organiser sees every part of the product filled in, and can remove it again.
 *
 * Where the facts come from. Public news reports of the mission give: a 20-strong group of marketing,
 * property and technology companies, academics and Chambers of Commerce; two weeks, six cities, three days in
 * Kunming first, then Chongqing, Tianjin, Beijing, Qingdao and Shanghai; the trip organised by Invest Liverpool
 * (director Ellen Cutler) and led jointly by Joe Anderson, Mayor of Liverpool, and Councillor Phil Davies,
 * Leader of Wirral Council; Kunming's delegation to the International Festival for Business 2016 and its Yunnan
 * exhibition in Liverpool ONE; and the Memorandum of Understanding signed in Tianjin, with the Mayor present,
 * between Sensor City (a University Enterprise Zone run jointly by the University of Liverpool and Liverpool John
 * Moores University; Dr Joanne Phoenix, head of business development) and Zhengxin Group (Zhihua Feng,
 * executive vice president) for a Chinese Sensor City and an investment fund. Zhangjiang Hi-Tech Park comes from
 * a report on technology-park partnerships.
 *
 * Everything else is invented and meant to look it: the other delegates, the companies they work for, hotels,
 * flights, booking references, partner contacts and the exact programme. E-mail addresses use the reserved
 * `.example` domain and UK telephone numbers Ofcom's ranges set aside for drama, so none reaches anyone.
 *
 * The data is in ./sample, one JSON file a table, written to be read and edited by someone who is not a
 * programmer; sample-trip-tables.ts reads and checks it. This module makes the records: each starts from the
 * domain's own empty draft of its kind (or, for memberships and follow-ups, the empty values below, written
 * once) and goes through the parse the app's forms use, so the sample keeps the rules of anything an
 * organiser types, and a field added to a record later needs no change to the data.
 *
 * Pure: ids come only from `newId`, timestamps only from `now`. The order in which ids are drawn is part of the
 * output (tests build the sample with counting ids and assert exact values), so it stays as it is: the trip;
 * the cities, organisations, contacts, people and engagements by key; then each journey and its calendar uid,
 * each hotel and its uid, the memberships, the engagements' uids, the follow-ups, the trip's diplomatic missions
 * and, for the Liverpool sample, the rooms of its hotels (sample/rooming.json, built by rooming/sample-rooming.ts).
 */
import {
  emptyContactDraft,
  emptyOrganisationDraft,
  parseContactDraft,
  parseOrganisationDraft,
  type Contact,
  type Organisation,
} from '../directory/organisation';
import type { Engagement, FollowUp } from '../engagements/engagement';
import {
  emptyEngagementDraft,
  parseEngagementDraft,
  parseFollowUpDraft,
  type EngagementDraft,
  type FollowUpDraft,
} from '../engagements/engagement-rules';
import type { Membership, Person } from '../people/person';
import { citiesBetween, emptyPersonDraft, parsePersonDraft, type PersonDraft } from '../people/person-rules';
import type { City } from '../route/city';
import { parseHotelDraft, type Hotel, type HotelDraft } from '../route/hotel';
import { nextCalendarIdentity } from '../shared/calendar-identity';
import type { Journey } from '../route/journey';
import { emptyConnectionDraft } from '../route/journey-legs';
import { emptyCityDraft, emptyJourneyDraft, newHotelDraft } from '../route/new-route-drafts';
import { parseCityDraft, parseJourneyDraft, type JourneyDraft } from '../route/route';
import type { Id } from '../shared/ids';
import type { Result } from '../shared/result';
import type { Message } from '../shared/message';
import { emptyTripDraft, parseTripDraft, type Trip } from './trip';
import { emptyEmergencyContacts, emptyMissionDraft, parseEmergencyContacts } from './emergency-contacts';
import type { TripBundle } from './trip-bundle';
import { SAMPLE_ROOMING, sampleRooms } from '../rooming/sample-rooming';
import {
  HOME,
  readSampleTables,
  sampleRowName,
  SAMPLE_TRIP_FILES,
  type EngagementRow,
  type HotelRow,
  type SampleTables,
  type SampleTripFiles,
} from './sample-trip-tables';
import { sampleLogistics } from '../logistics/sample-logistics';
import liverpoolLogistics from './sample/logistics.json';

/** The samples' ground logistics (sample/logistics.json), by the files of the sample they belong to. */
const LOGISTICS_FILES = new Map<SampleTripFiles, unknown>([[SAMPLE_TRIP_FILES, liverpoolLogistics]]);

// ---------------------------------------------------------------------------------------------------------------
// The empty values of the record kinds the domain has no empty draft for, each written once, here. They are
// what the app's own forms start a new one with.

/** A member as the add-member form starts one: a delegate, calendar never sent. */
function emptyMembership(id: Id, tripId: Id, personId: Id, stopIds: Id[]): Membership {
  return { id, tripId, personId, role: 'delegate', stopIds, notes: '', calendarExportedAt: null };
}

function emptyFollowUp(): FollowUpDraft & Pick<FollowUp, 'done'> {
  return { description: '', owner: '', dueDate: '', done: false };
}

/** What an engagement holds beyond its draft: no outcome until it has happened. */
const NEW_ENGAGEMENT = { outcome: '' } satisfies Partial<Engagement>;
/** What an organisation holds beyond its draft: it starts in the pickers. */
const NEW_ORGANISATION = { archived: false } satisfies Partial<Organisation>;

/** In a hotel's notes, the number of people present in its city: one room each. */
const ROOMS = '{rooms}';

// ---------------------------------------------------------------------------------------------------------------
// From rows to records

export interface SampleTripOptions {
  /** ISO instant used for every createdAt and updatedAt. */
  now: string;
  newId: () => Id;
}

/** The ids the builder gives the trip and each keyed row. */
interface SampleIds {
  trip: Id;
  cities: ReadonlyMap<string, Id>;
  organisations: ReadonlyMap<string, Id>;
  contacts: ReadonlyMap<string, Id>;
  people: ReadonlyMap<string, Id>;
  engagements: ReadonlyMap<string, Id>;
}

/** One fresh id for each row of a table, by the row's key. */
function idsByKey(rows: readonly { key: string }[], newId: () => Id): Map<string, Id> {
  return new Map(rows.map((row) => [row.key, newId()]));
}

/** The id of a key that the tables' check has already found in its table. */
function idOf(ids: ReadonlyMap<string, Id>, key: string): Id {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`The sample trip's data names "${key}", which no row has.`);
  return id;
}

/** The fields that have a value: what a row gives on top of an empty draft, never an `undefined` over it. */
function given<T extends object>(fields: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>;
  }>;
}

/**
 * The form's verdict on a row: the parsed draft, or an error naming the row (`where`, from sampleRowName) and
 * each field the form refused.
 */
function accepted<T>(result: Result<T, Partial<Record<string, string | Message>>>, where: string): T {
  if (result.ok) return result.value;
  // For the programmer who broke the data: a message by its code and facts, in no reader's language.
  const fields = Object.entries(result.error).map(([field, said]) => `${field}: ${typeof said === 'object' ? JSON.stringify(said) : String(said)}`);
  throw new Error(`The sample trip's ${where} breaks the form's rules: ${fields.join('; ')}`);
}

function tripRecord(tables: SampleTables, ids: SampleIds, now: string): Trip {
  const { organiserContact, localCoordinator, diplomaticMissions, ...fields } = tables.trip;
  const where = sampleRowName('trip', null, null);
  const draft = accepted(parseTripDraft({ ...emptyTripDraft(), ...fields }), where);
  const empty = emptyEmergencyContacts();
  const contacts = accepted(
    parseEmergencyContacts({
      organiserContact: { ...empty.organiserContact, ...organiserContact },
      localCoordinator: { ...empty.localCoordinator, ...localCoordinator },
      diplomaticMissions: (diplomaticMissions ?? []).map((mission) => ({ ...emptyMissionDraft(), ...mission })),
    }),
    where,
  );
  // The missions' ids are drawn last of all (see missionIds), so that adding one shifts no other record's id.
  return { id: ids.trip, ...draft, ...contacts, sample: true, createdAt: now, updatedAt: now };
}

/** The trip's missions, each with its id: drawn after every other id of the sample. */
function withMissionIds(trip: Trip, newId: () => Id): Trip {
  return { ...trip, diplomaticMissions: trip.diplomaticMissions.map((mission) => ({ ...mission, id: newId() })) };
}

function cityRecords(tables: SampleTables, ids: SampleIds): City[] {
  return tables.cities.map((row, position) => {
    const { key, ...fields } = row;
    const draft = accepted(parseCityDraft({ ...emptyCityDraft(), ...fields }), sampleRowName('cities', position, row));
    return { id: idOf(ids.cities, key), tripId: ids.trip, position, ...draft };
  });
}

/** Each person's part of the route, in the order of the people table. */
function routeParts(tables: SampleTables, ids: SampleIds, stops: readonly City[]): Id[][] {
  const cityId = (key: string | undefined) => (key === undefined ? null : idOf(ids.cities, key));
  return tables.people.map((row) => citiesBetween(stops, cityId(row.joinsAt), cityId(row.leavesAfter)));
}

function journeyRecords(tables: SampleTables, ids: SampleIds, newId: () => Id): Journey[] {
  const stopOf = (place: string) => (place === HOME ? null : idOf(ids.cities, place));
  return tables.journeys.map((row, index) => {
    const { from, to, departs, arrives, travellers, connections, ...fields } = row;
    const draft: JourneyDraft = {
      ...emptyJourneyDraft(),
      ...fields,
      fromStopId: stopOf(from),
      toStopId: stopOf(to),
      departureLocal: `${departs.date}T${departs.time}`,
      departureZone: departs.zone,
      arrivalLocal: `${arrives.date}T${arrives.time}`,
      arrivalZone: arrives.zone,
      ...given({
        departurePlace: departs.place,
        arrivalPlace: arrives.place,
        departureTerminal: departs.terminal,
        arrivalTerminal: arrives.terminal,
        travellerIds: travellers?.map((key) => idOf(ids.people, key)),
        connections: connections?.map((connection) => ({
          ...emptyConnectionDraft(),
          ...given({ number: connection.number, carrier: connection.carrier }),
          zone: connection.zone,
          arrivalLocal: `${connection.arrives.date}T${connection.arrives.time}`,
          arrivalPlace: connection.arrives.place ?? '',
          departureLocal: `${connection.departs.date}T${connection.departs.time}`,
          departurePlace: connection.departs.place ?? '',
        })),
      }),
    };
    const journey = accepted(parseJourneyDraft(draft), sampleRowName('journeys', index, row));
    return { id: newId(), tripId: ids.trip, ...journey, calendar: nextCalendarIdentity(undefined, newId) };
  });
}

function hotelRecords(
  tables: SampleTables,
  ids: SampleIds,
  stops: readonly City[],
  parts: readonly Id[][],
  newId: () => Id,
): Hotel[] {
  return tables.hotels.map((row, index) => {
    const { city, ...fields } = row;
    const stop = stops.find((candidate) => candidate.id === idOf(ids.cities, city));
    if (!stop) throw new Error(`The sample trip's hotels.json names the city "${city}", which is not on the route.`);
    const draft: HotelDraft = { ...newHotelDraft(stop), ...fields };
    const rooms = parts.filter((part) => part.includes(stop.id)).length;
    const notes = draft.notes.replaceAll(ROOMS, String(rooms));
    const hotel = accepted(parseHotelDraft({ ...draft, notes }), sampleRowName('hotels', index, row));
    return { id: newId(), tripId: ids.trip, ...hotel, calendar: nextCalendarIdentity(undefined, newId) };
  });
}

function organisationRecords(tables: SampleTables, ids: SampleIds, now: string): Organisation[] {
  return tables.organisations.map((row, index) => {
    const { key, ...fields } = row;
    const where = sampleRowName('organisations', index, row);
    const draft = accepted(parseOrganisationDraft({ ...emptyOrganisationDraft(), ...fields }), where);
    const id = idOf(ids.organisations, key);
    return { id, ...draft, ...NEW_ORGANISATION, sample: true, createdAt: now, updatedAt: now };
  });
}

function contactRecords(tables: SampleTables, ids: SampleIds): Contact[] {
  return tables.contacts.map((row, index) => {
    const { key, organisation, ...fields } = row;
    const where = sampleRowName('contacts', index, row);
    const draft = accepted(parseContactDraft({ ...emptyContactDraft(), ...fields }), where);
    const organisationId = idOf(ids.organisations, organisation);
    return { id: idOf(ids.contacts, key), organisationId, ...draft, sample: true };
  });
}

function personRecords(tables: SampleTables, ids: SampleIds, now: string): Person[] {
  return tables.people.map((row, index) => {
    const { key, organisation, role, joinsAt, leavesAfter, notesForThisTrip, ...fields } = row;
    // Someone from a directory organisation goes by its name unless the row says otherwise.
    const from = tables.organisations.find((candidate) => candidate.key === organisation);
    const draft: PersonDraft = {
      ...emptyPersonDraft(),
      ...(from && { organisationId: idOf(ids.organisations, from.key), organisationName: from.name }),
      ...fields,
    };
    const person = accepted(parsePersonDraft(draft), sampleRowName('people', index, row));
    // A row with the whole name alone was split by the app: the name as written is kept beside the parts.
    const split = !fields.givenNames && !fields.familyName;
    return { id: idOf(ids.people, key), ...person, nameAsEntered: split ? row.name : null, sample: true, createdAt: now, updatedAt: now };
  });
}

function membershipRecords(
  tables: SampleTables,
  ids: SampleIds,
  parts: readonly Id[][],
  newId: () => Id,
): Membership[] {
  return tables.people.map((row, index) => {
    const membership = emptyMembership(newId(), ids.trip, idOf(ids.people, row.key), parts[index] ?? []);
    return { ...membership, ...given({ role: row.role, notes: row.notesForThisTrip }) };
  });
}

/** The venue's fields of the engagement form: a place as the row gives it, or a room of the city's hotel. */
function venueOf(row: EngagementRow, hotels: readonly HotelRow[]): Partial<EngagementDraft> {
  const hotel = row.hotelRoom && hotels.find((candidate) => candidate.city === row.city);
  if (row.hotelRoom && hotel) {
    return given({
      venueName: `${hotel.name}, ${row.hotelRoom.name}`,
      venueNameLocal: `${hotel.nameLocal ?? ''}${row.hotelRoom.nameLocal ?? ''}`,
      venueAddress: hotel.address,
      venueAddressLocal: hotel.addressLocal,
    });
  }
  const venue = row.venue ?? {};
  return given({
    venueName: venue.name,
    venueNameLocal: venue.nameLocal,
    venueAddress: venue.address,
    venueAddressLocal: venue.addressLocal,
  });
}

function engagementRecords(
  tables: SampleTables,
  ids: SampleIds,
  stops: readonly City[],
  now: string,
  newId: () => Id,
): Engagement[] {
  return tables.engagements.map((row, index) => {
    const { key, city, date, start, end, venue, hotelRoom, outcome, ...rest } = row;
    const { organisations, contacts, alsoAttending, notAttending, ...fields } = rest;
    const keysToIds = (keys: readonly string[] | undefined, table: ReadonlyMap<string, Id>) =>
      keys?.map((name) => idOf(table, name));
    const draft: EngagementDraft = {
      ...emptyEngagementDraft(idOf(ids.cities, city), date, start),
      ...fields,
      endTime: end,
      ...venueOf(row, tables.hotels),
      ...given({
        organisationIds: keysToIds(organisations, ids.organisations),
        contactIds: keysToIds(contacts, ids.contacts),
        addedAttendeeIds: keysToIds(alsoAttending, ids.people),
        removedAttendeeIds: keysToIds(notAttending, ids.people),
      }),
    };
    const engagement = accepted(parseEngagementDraft(draft, stops), sampleRowName('engagements', index, row));
    return {
      id: idOf(ids.engagements, key),
      tripId: ids.trip,
      ...engagement,
      ...NEW_ENGAGEMENT,
      ...given({ outcome }),
      calendar: nextCalendarIdentity(undefined, newId),
      createdAt: now,
      updatedAt: now,
    };
  });
}

function followUpRecords(tables: SampleTables, ids: SampleIds, now: string, newId: () => Id): FollowUp[] {
  return tables.followUps.map((row, index) => {
    const { engagement, done, ...fields } = row;
    const empty = emptyFollowUp();
    const draft = accepted(parseFollowUpDraft({ ...empty, ...fields }), sampleRowName('followUps', index, row));
    return {
      id: newId(),
      tripId: ids.trip,
      engagementId: idOf(ids.engagements, engagement),
      description: draft.description,
      owner: draft.owner,
      // As the follow-up form saves it: no date is null.
      dueDate: draft.dueDate || null,
      done: done ?? empty.done,
      createdAt: now,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The bundle

/**
 * The Liverpool City Region trade mission to China, November 2016, as a complete bundle marked `sample`:
 * six stops, travel, hotels, about twenty delegates, the partner directory and the programme. Every id comes
 * from `newId`, so building twice with the same id source gives the same bundle. Throws, naming the file, row
 * and field, if the sample's data has a mistake; `files` are the shipped files unless a test passes others.
 */
export function buildSampleTrip(
  { now, newId }: SampleTripOptions,
  files: SampleTripFiles = SAMPLE_TRIP_FILES,
): TripBundle {
  const tables = readSampleTables(files);
  const ids: SampleIds = {
    trip: newId(),
    cities: idsByKey(tables.cities, newId),
    organisations: idsByKey(tables.organisations, newId),
    contacts: idsByKey(tables.contacts, newId),
    people: idsByKey(tables.people, newId),
    engagements: idsByKey(tables.engagements, newId),
  };
  const trip = tripRecord(tables, ids, now);
  const stops = cityRecords(tables, ids);
  const parts = routeParts(tables, ids, stops);
  const segments = journeyRecords(tables, ids, newId);
  const accommodations = hotelRecords(tables, ids, stops, parts, newId);
  const memberships = membershipRecords(tables, ids, parts, newId);
  const engagements = engagementRecords(tables, ids, stops, now, newId);
  const followUps = followUpRecords(tables, ids, now, newId);
  const withMissions = withMissionIds(trip, newId);
  const people = personRecords(tables, ids, now);
  // Rooms last of all: their ids shift no other record's.
  const rooms =
    files === SAMPLE_TRIP_FILES
      ? sampleRooms(
          SAMPLE_ROOMING,
          {
            tripId: ids.trip,
            source: { stops, segments, accommodations, memberships },
            cityIds: ids.cities,
            personIds: ids.people,
            names: new Map(people.map((person) => [person.id, person.name])),
          },
          newId,
        )
      : [];
  return {
    trip: withMissions,
    stops,
    segments,
    accommodations,
    memberships,
    engagements,
    followUps,
    acknowledgements: [],
    rooms,
    // After the trip's ids (its missions' are drawn above), so that the ids before them stay as they were.
    ...sampleLogistics(LOGISTICS_FILES.get(files), { tripId: ids.trip, engagementIds: ids.engagements, personIds: ids.people, engagements, segments }, newId),
    organisations: organisationRecords(tables, ids, now),
    contacts: contactRecords(tables, ids),
    people,
  };
}
