/**
 * The sample trip's data, read and checked. The data lives in ./sample, one JSON file a table, so that someone
 * who is not a programmer can read and edit it; this module owns the boundary between those files and the
 * builder (sample-trip.ts), which trusts what passes here. A row passes when it has only the fields its table
 * knows, each in the format the domain expects, its key is its own, and every key it names (a city, an
 * organisation, a contact, a person, an engagement) is a row of the table it points into. Anything else is one
 * error that lists every mistake by file, row and field.
 *
 * How the files are written:
 * - rows name each other by key ("city": "tianjin", "organisations": ["zhengxin"]), never by id;
 * - dates are year-month-day and times are wall times where they happen ("date": "2016-11-12", "start":
 *   "10:00"): an engagement's in its city's zone, a journey's ends each in the zone written beside it;
 * - a field is left out when it holds the record's empty value ('' or [] or null, or false), which the builder
 *   takes from the domain, so a field added to a record later needs no change to the data. Fields are named as
 *   the record names them, except where a row says something in its own words (keys, times, who attends).
 */
import { z } from 'zod';
import { ORGANISATION_TYPES } from '../directory/organisation';
import { ENGAGEMENT_DETAILS, ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES, type EngagementDetailField } from '../engagements/engagement';
import { MEMBER_ROLES, NAME_ORDERS, PASSPORT_SEXES, VISA_STATUSES } from '../people/person';
import { TRAVEL_MODES } from '../route/journey';
import { isoDateSchema, TIME_SCHEMA_ISSUES, timeZoneSchema } from '../shared/time';
import { homePlaceSchema, TRIP_STATUSES } from './trip';
import citiesFile from './sample/cities.json';
import contactsFile from './sample/contacts.json';
import engagementsFile from './sample/engagements.json';
import followUpsFile from './sample/follow-ups.json';
import hotelsFile from './sample/hotels.json';
import journeysFile from './sample/journeys.json';
import organisationsFile from './sample/organisations.json';
import peopleFile from './sample/people.json';
import tripFile from './sample/trip.json';
import shenzhenCitiesFile from './sample/shenzhen/cities.json';
import shenzhenContactsFile from './sample/shenzhen/contacts.json';
import shenzhenEngagementsFile from './sample/shenzhen/engagements.json';
import shenzhenFollowUpsFile from './sample/shenzhen/follow-ups.json';
import shenzhenHotelsFile from './sample/shenzhen/hotels.json';
import shenzhenJourneysFile from './sample/shenzhen/journeys.json';
import shenzhenOrganisationsFile from './sample/shenzhen/organisations.json';
import shenzhenPeopleFile from './sample/shenzhen/people.json';
import shenzhenTripFile from './sample/shenzhen/trip.json';

/** A row's name for other rows to use: lower-case words joined by hyphens, such as `mou-signing`. */
const key = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a key: lower-case words joined by hyphens, such as mou-signing');
const text = z.string();
const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day such as 09:30');

/** What journeys say for the delegation's home end; no city may take it as its key. */
export const HOME = 'home';

/** Someone to call on the mission: any field left out is empty. */
const tripContactRow = z.strictObject({ name: text.optional(), phone: text.optional(), email: text.optional() });

/** The home country's embassy or a consulate: country is the host's ISO code, such as CN. */
const missionRow = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as CN'),
  city: text.optional(),
  name: text,
  address: text.optional(),
  addressLocal: text.optional(),
  phone: text.optional(),
  emergencyPhone: text.optional(),
});

const tripRow = z.strictObject({
  name: text,
  purpose: text.optional(),
  homeZone: timeZoneSchema.optional(),
  home: z.strictObject(homePlaceSchema.shape).optional(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  status: z.enum(TRIP_STATUSES).optional(),
  notes: text.optional(),
  conflictBufferMinutes: z.number().int().optional(),
  organiserContact: tripContactRow.optional(),
  localCoordinator: tripContactRow.optional(),
  diplomaticMissions: z.array(missionRow).optional(),
});

const cityRow = z.strictObject({
  key,
  name: text,
  nameLocal: text.optional(),
  country: text.optional(),
  timeZone: timeZoneSchema,
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  arrivalDate: isoDateSchema,
  departureDate: isoDateSchema,
  notes: text.optional(),
});

const hotelRow = z.strictObject({
  city: key,
  name: text,
  nameLocal: text.optional(),
  address: text.optional(),
  addressLocal: text.optional(),
  phone: text.optional(),
  checkInDate: isoDateSchema.optional(),
  checkOutDate: isoDateSchema.optional(),
  /** `{rooms}` in the notes stands for the number of people present in the city. */
  notes: text.optional(),
});

const organisationRow = z.strictObject({
  key,
  name: text,
  nameLocal: text.optional(),
  type: z.enum(ORGANISATION_TYPES).optional(),
  sector: text.optional(),
  city: text.optional(),
  country: text.optional(),
  website: text.optional(),
  address: text.optional(),
  addressLocal: text.optional(),
  notes: text.optional(),
  tags: z.array(text).optional(),
});

const contactRow = z.strictObject({
  key,
  organisation: key,
  name: text,
  nameLocal: text.optional(),
  title: text.optional(),
  email: text.optional(),
  phone: text.optional(),
  wechat: text.optional(),
  languages: z.array(text).optional(),
  notes: text.optional(),
});

/** A person of the directory, and their membership of this trip (role, part of the route, notes). */
const personRow = z.strictObject({
  key,
  /** The whole name as shown; without givenNames and familyName, the app splits it (a guess to confirm when unsure). */
  name: text,
  nameLocal: text.optional(),
  title: text.optional(),
  givenNames: text.optional(),
  familyName: text.optional(),
  nameOrder: z.enum(NAME_ORDERS).optional(),
  organisation: key.optional(),
  organisationName: text.optional(),
  jobTitle: text.optional(),
  email: text.optional(),
  phone: text.optional(),
  dietary: text.optional(),
  accessibility: text.optional(),
  nationality: text.optional(),
  sex: z.enum(PASSPORT_SEXES).optional(),
  dateOfBirth: isoDateSchema.optional(),
  placeOfBirth: text.optional(),
  passportNumber: text.optional(),
  passportIssueDate: isoDateSchema.optional(),
  passportAuthority: text.optional(),
  passportExpiry: isoDateSchema.optional(),
  visaStatus: z.enum(VISA_STATUSES).optional(),
  visaType: text.optional(),
  emergencyContact: text.optional(),
  notes: text.optional(),
  role: z.enum(MEMBER_ROLES).optional(),
  joinsAt: key.optional(),
  leavesAfter: key.optional(),
  notesForThisTrip: text.optional(),
});

/** One end of a journey as on the ticket: local date and time, the zone of that place, the airport or station. */
const journeyEnd = z.strictObject({
  date: isoDateSchema,
  time: wallTime,
  zone: timeZoneSchema,
  place: text.optional(),
  terminal: text.optional(),
});

/** When and where a leg lands or the next leaves at a connection: the zone is the connection's own. */
const connectionEnd = z.strictObject({ date: isoDateSchema, time: wallTime, place: text.optional() });

/** A change on the way, in the zone of its place, with the next leg's number and (if another) carrier. */
const connectionRow = z.strictObject({
  zone: timeZoneSchema,
  arrives: connectionEnd,
  departs: connectionEnd,
  number: text.optional(),
  carrier: text.optional(),
});

const journeyRow = z.strictObject({
  from: key,
  to: key,
  mode: z.enum(TRAVEL_MODES).optional(),
  carrier: text.optional(),
  number: text.optional(),
  departs: journeyEnd,
  arrives: journeyEnd,
  bookingReference: text.optional(),
  notes: text.optional(),
  travellers: z.array(key).optional(),
  connections: z.array(connectionRow).optional(),
});

const engagementRow = z.strictObject({
  key,
  city: key,
  kind: z.enum(ENGAGEMENT_KINDS).optional(),
  title: text,
  date: isoDateSchema,
  start: wallTime,
  end: wallTime,
  venue: z
    .strictObject({
      name: text.optional(),
      nameLocal: text.optional(),
      address: text.optional(),
      addressLocal: text.optional(),
    })
    .optional(),
  /** A room of the city's hotel, instead of a venue: the hotel's name and address come with it. */
  hotelRoom: z.strictObject({ name: text, nameLocal: text.optional() }).optional(),
  organisations: z.array(key).optional(),
  contacts: z.array(key).optional(),
  alsoAttending: z.array(key).optional(),
  notAttending: z.array(key).optional(),
  status: z.enum(ENGAGEMENT_STATUSES).optional(),
  interpreterNeeded: z.boolean().optional(),
  ...(Object.fromEntries(ENGAGEMENT_DETAILS.map(({ field }) => [field, text.optional()])) as Record<
    EngagementDetailField,
    z.ZodOptional<typeof text>
  >),
  outcome: text.optional(),
});

const followUpRow = z.strictObject({
  engagement: key,
  description: text,
  owner: text.optional(),
  dueDate: isoDateSchema.optional(),
  done: z.boolean().optional(),
});

/** Each file: a sentence about the table for whoever edits it, and the table, under the table's name. */
const FILES = {
  trip: z.strictObject({ about: text, trip: tripRow }),
  cities: z.strictObject({ about: text, cities: z.array(cityRow) }),
  hotels: z.strictObject({ about: text, hotels: z.array(hotelRow) }),
  organisations: z.strictObject({ about: text, organisations: z.array(organisationRow) }),
  contacts: z.strictObject({ about: text, contacts: z.array(contactRow) }),
  people: z.strictObject({ about: text, people: z.array(personRow) }),
  journeys: z.strictObject({ about: text, journeys: z.array(journeyRow) }),
  engagements: z.strictObject({ about: text, engagements: z.array(engagementRow) }),
  followUps: z.strictObject({ about: text, followUps: z.array(followUpRow) }),
};

export type SampleTableName = keyof typeof FILES;

/** The name of each table's file in ./sample. */
export const SAMPLE_FILE_NAMES: Record<SampleTableName, string> = {
  trip: 'trip.json',
  cities: 'cities.json',
  hotels: 'hotels.json',
  organisations: 'organisations.json',
  contacts: 'contacts.json',
  people: 'people.json',
  journeys: 'journeys.json',
  engagements: 'engagements.json',
  followUps: 'follow-ups.json',
};

/** The files' contents as parsed JSON, not yet checked. */
export type SampleTripFiles = Record<SampleTableName, unknown>;

/** The sample trip's files as the app ships them. */
export const SAMPLE_TRIP_FILES: SampleTripFiles = {
  trip: tripFile,
  cities: citiesFile,
  hotels: hotelsFile,
  organisations: organisationsFile,
  contacts: contactsFile,
  people: peopleFile,
  journeys: journeysFile,
  engagements: engagementsFile,
  followUps: followUpsFile,
};

/**
 * The second sample, from a Chinese organiser's side: Shenzhen's delegation to open its overseas innovation
 * centres in San Francisco, Boston, Toronto, London and Tel Aviv, written in Chinese, home time Asia/Shanghai.
 * Its files are in ./sample/shenzhen, in the same format.
 */
export const SHENZHEN_SAMPLE_TRIP_FILES: SampleTripFiles = {
  trip: shenzhenTripFile,
  cities: shenzhenCitiesFile,
  hotels: shenzhenHotelsFile,
  organisations: shenzhenOrganisationsFile,
  contacts: shenzhenContactsFile,
  people: shenzhenPeopleFile,
  journeys: shenzhenJourneysFile,
  engagements: shenzhenEngagementsFile,
  followUps: shenzhenFollowUpsFile,
};

/** The samples the app offers, by the name the UI and storage use for each. Persisted nowhere. */
export const SAMPLE_TRIPS = ['liverpool', 'shenzhen'] as const;
export type SampleTripName = (typeof SAMPLE_TRIPS)[number];

/** Each sample's files. */
export const SAMPLE_TRIP_FILES_BY_NAME: Record<SampleTripName, SampleTripFiles> = {
  liverpool: SAMPLE_TRIP_FILES,
  shenzhen: SHENZHEN_SAMPLE_TRIP_FILES,
};

export type TripRow = z.infer<typeof tripRow>;
export type CityRow = z.infer<typeof cityRow>;
export type HotelRow = z.infer<typeof hotelRow>;
export type OrganisationRow = z.infer<typeof organisationRow>;
export type ContactRow = z.infer<typeof contactRow>;
export type PersonRow = z.infer<typeof personRow>;
export type JourneyRow = z.infer<typeof journeyRow>;
export type EngagementRow = z.infer<typeof engagementRow>;
export type FollowUpRow = z.infer<typeof followUpRow>;

/** The checked tables: every key unique in its table, every key a row names found where it points. */
export interface SampleTables {
  trip: TripRow;
  cities: CityRow[];
  hotels: HotelRow[];
  organisations: OrganisationRow[];
  contacts: ContactRow[];
  people: PersonRow[];
  journeys: JourneyRow[];
  engagements: EngagementRow[];
  followUps: FollowUpRow[];
}

/**
 * Where a row is, for a message: its file, its number counting from 1, and what it is called (its key, else
 * its journey number, city or engagement).
 */
export function sampleRowName(table: SampleTableName, index: number | null, row: unknown): string {
  const file = SAMPLE_FILE_NAMES[table];
  if (index === null) return file;
  const fields = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
  const name = ['key', 'number', 'city', 'engagement']
    .map((field) => fields[field])
    .find((value) => typeof value === 'string');
  return `${file}, row ${index + 1}${name === undefined ? '' : ` (${String(name)})`}`;
}

/** A field's place in a row as people say it: `departs time`, `organisations item 2`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(' ');
}

/** The time schemas' codes in words, for whoever edits the sample files (a programmer, in English). */
const TIME_RULES: Record<string, string> = {
  [TIME_SCHEMA_ISSUES.isoDate]: 'must be a date (YYYY-MM-DD)',
  [TIME_SCHEMA_ISSUES.timeZone]: 'must be an IANA time zone such as Europe/London',
  [TIME_SCHEMA_ISSUES.zonedTime]: 'is not a time at its zone (a skipped hour, or no zone)',
  [TIME_SCHEMA_ISSUES.instantMismatch]: 'its utc does not match its wall time and zone',
};

/** One mistake in the files' shape (an unknown field, a missing one, a wrong format), by file, row and field. */
function shapeMistake(files: SampleTripFiles, issue: z.core.$ZodIssue): string {
  const [table, , index, ...rowPath] = issue.path as [SampleTableName, ...PropertyKey[]];
  const rows = (files[table] as Record<string, unknown> | undefined)?.[table];
  const inRow = table !== 'trip' && Array.isArray(rows) && typeof index === 'number';
  const where = inRow ? sampleRowName(table, index, rows[index]) : SAMPLE_FILE_NAMES[table];
  const path = inRow ? rowPath : issue.path.slice(table === 'trip' && issue.path[1] === 'trip' ? 2 : 1);
  const message =
    issue.code === 'unrecognized_keys' ? `no field called ${issue.keys.join(', ')} here (a typo?)` : (TIME_RULES[issue.message] ?? issue.message);
  return `${where}${path.length > 0 ? `, field ${fieldName(path)}` : ''}: ${message}`;
}

/** The tables whose rows have a key, and the word for one of their rows. */
const KEYED_TABLES = {
  cities: 'city',
  organisations: 'organisation',
  contacts: 'contact',
  people: 'person',
  engagements: 'engagement',
} as const;
type KeyedTable = keyof typeof KEYED_TABLES;

/** The fields that name rows of another table, by the table they are in; a journey's ends may also be home. */
const REFERENCES: Partial<Record<SampleTableName, Record<string, KeyedTable>>> = {
  hotels: { city: 'cities' },
  contacts: { organisation: 'organisations' },
  people: { organisation: 'organisations', joinsAt: 'cities', leavesAfter: 'cities' },
  journeys: { from: 'cities', to: 'cities', travellers: 'people' },
  engagements: {
    city: 'cities',
    organisations: 'organisations',
    contacts: 'contacts',
    alsoAttending: 'people',
    notAttending: 'people',
  },
  followUps: { engagement: 'engagements' },
};

/** The mistakes in what rows name: keys used twice, keys that name no row, hotel rooms in no one hotel. */
function referenceMistakes(tables: SampleTables): string[] {
  const mistakes: string[] = [];
  const keys = new Map<KeyedTable, Set<string>>();
  for (const table of Object.keys(KEYED_TABLES) as KeyedTable[]) {
    const seen = new Set<string>();
    tables[table].forEach((row, index) => {
      const where = `${sampleRowName(table, index, row)}, field key`;
      if (seen.has(row.key)) mistakes.push(`${where}: another ${KEYED_TABLES[table]} has this key`);
      if (table === 'cities' && row.key === HOME) mistakes.push(`${where}: "${HOME}" is the journeys' word for home`);
      seen.add(row.key);
    });
    keys.set(table, seen);
  }
  for (const [table, fields] of Object.entries(REFERENCES) as [SampleTableName, Record<string, KeyedTable>][]) {
    const rows = tables[table] as readonly Record<string, unknown>[];
    rows.forEach((row, index) => {
      for (const [field, target] of Object.entries(fields)) {
        const value = row[field];
        const named = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
        named.forEach((name, item) => {
          if (keys.get(target)?.has(name) || (table === 'journeys' && name === HOME)) return;
          const place = Array.isArray(value) ? `${field} item ${item + 1}` : field;
          const where = `${sampleRowName(table, index, row)}, field ${place}`;
          mistakes.push(`${where}: no ${KEYED_TABLES[target]} has the key "${name}"`);
        });
      }
    });
  }
  tables.engagements.forEach((row, index) => {
    if (!row.hotelRoom) return;
    const where = `${sampleRowName('engagements', index, row)}, field hotelRoom`;
    const hotels = tables.hotels.filter((hotel) => hotel.city === row.city).length;
    if (row.venue) mistakes.push(`${where}: give a venue or a hotelRoom, not both`);
    if (hotels !== 1) mistakes.push(`${where}: the city has ${hotels} hotels, so which one is not clear`);
  });
  return mistakes;
}

/**
 * The sample trip's tables, checked; throws one error listing every mistake, each by file, row and field.
 * `files` defaults to the files the app ships; tests pass altered copies.
 */
export function readSampleTables(files: SampleTripFiles = SAMPLE_TRIP_FILES): SampleTables {
  const result = z.strictObject(FILES).safeParse(files);
  if (!result.success) throw mistakesIn(result.error.issues.map((issue) => shapeMistake(files, issue)));
  const read = result.data;
  const tables: SampleTables = {
    trip: read.trip.trip,
    cities: read.cities.cities,
    hotels: read.hotels.hotels,
    organisations: read.organisations.organisations,
    contacts: read.contacts.contacts,
    people: read.people.people,
    journeys: read.journeys.journeys,
    engagements: read.engagements.engagements,
    followUps: read.followUps.followUps,
  };
  const mistakes = referenceMistakes(tables);
  if (mistakes.length > 0) throw mistakesIn(mistakes);
  return tables;
}

function mistakesIn(mistakes: readonly string[]): Error {
  const count = mistakes.length === 1 ? 'a mistake' : 'mistakes';
  return new Error(`The sample trip's data has ${count}:\n${mistakes.join('\n')}`);
}
