/**
 * Stored names and the product's words. The data keeps the names it was first stored under, since renaming a
 * table or field would need a migration of every user's database and every file already handed out; the code
 * and the interface speak the product's language (city, journey, hotel, check). This is the one place that
 * maps the first to the second. A test checks that each entry names a type its module really exports.
 *
 * Documentation for programmers, not words for a person: nothing here is shown in the app or written into its
 * files, so it stays in English and out of the catalogues (test/unit/architecture/domain-words.test.ts lists it).
 */
import type { StoredTableName } from './schema-history';

export interface TableWords {
  /** What one row is called in the product. */
  product: string;
  /** The domain type of a row. */
  type: string;
  /** Where that type is declared. */
  module: string;
}

/** Every stored table: what its rows are in the product, and the type and module that hold them. */
export const TABLE_GLOSSARY: Readonly<Record<StoredTableName, TableWords>> = {
  trips: { product: 'trip', type: 'Trip', module: 'src/domain/trip/trip.ts' },
  stops: { product: 'city on a trip’s route', type: 'City', module: 'src/domain/route/city.ts' },
  segments: { product: 'journey (flight, train, coach, car, ferry)', type: 'Journey', module: 'src/domain/route/journey.ts' },
  accommodations: { product: 'hotel stay', type: 'Hotel', module: 'src/domain/route/hotel.ts' },
  organisations: { product: 'partner organisation in the directory', type: 'Organisation', module: 'src/domain/directory/organisation.ts' },
  contacts: { product: 'contact at an organisation', type: 'Contact', module: 'src/domain/directory/organisation.ts' },
  people: { product: 'person in the directory', type: 'Person', module: 'src/domain/people/person.ts' },
  memberships: { product: 'member of a trip’s delegation', type: 'Membership', module: 'src/domain/people/person.ts' },
  engagements: { product: 'engagement (meeting, visit, signing, banquet)', type: 'Engagement', module: 'src/domain/engagements/engagement.ts' },
  followUps: { product: 'follow-up action', type: 'FollowUp', module: 'src/domain/engagements/engagement.ts' },
  settings: { product: 'setting', type: 'BackupSetting', module: 'src/domain/files/backup.ts' },
  acknowledgements: {
    product: 'acknowledged finding of the checks',
    type: 'Acknowledgement',
    module: 'src/domain/checks/acknowledgements.ts',
  },
  rooms: { product: 'room of a hotel stay, with who sleeps there', type: 'Room', module: 'src/domain/rooming/room.ts' },
  resources: { product: 'vehicle, interpreter or guide of a trip', type: 'Resource', module: 'src/domain/logistics/resource.ts' },
  assignments: {
    product: 'booking of a vehicle, interpreter or guide for an engagement or a transfer',
    type: 'Assignment',
    module: 'src/domain/logistics/resource.ts',
  },
};

export interface FieldWords {
  /** Table and field as stored. */
  table: StoredTableName;
  field: string;
  /** What the field holds, in the product's words. */
  product: string;
}

/** Stored fields whose names say something other than the product does. */
export const FIELD_GLOSSARY: readonly FieldWords[] = [
  { table: 'accommodations', field: 'stopId', product: 'the city of the hotel' },
  { table: 'engagements', field: 'stopId', product: 'the city the engagement takes place in' },
  { table: 'segments', field: 'fromStopId', product: 'the city the journey leaves from (null: home)' },
  { table: 'segments', field: 'toStopId', product: 'the city the journey goes to (null: home)' },
  { table: 'memberships', field: 'stopIds', product: 'the cities of the route the member is in' },
  { table: 'trips', field: 'conflictBufferMinutes', product: 'the time the checks want between engagements at different venues' },
  { table: 'acknowledgements', field: 'conflictId', product: 'the finding that was acknowledged' },
  { table: 'rooms', field: 'accommodationId', product: 'the hotel stay the room is in' },
  { table: 'assignments', field: 'target', product: 'the engagement, or the journey whose transfer, the resource is booked for' },
];
