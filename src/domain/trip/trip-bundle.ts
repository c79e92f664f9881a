/**
 * A trip with everything that belongs to it and everything in the shared directory it refers to: the unit
 * that is duplicated, deleted (and restored by undo), loaded as the sample, and later moved between machines.
 */
import type { Hotel } from '../route/hotel';
import type { Acknowledgement } from '../checks/acknowledgements';
import type { Engagement, FollowUp } from '../engagements/engagement';
import type { Contact, Organisation } from '../directory/organisation';
import type { Membership, Person } from '../people/person';
import type { City } from '../route/city';
import type { Journey } from '../route/journey';
import type { Trip } from './trip';
import type { Room } from '../rooming/room';
import type { Assignment, Resource } from '../logistics/resource';

/** The records that belong to one trip and go when it goes. */
export interface TripRecords {
  trip: Trip;
  stops: City[];
  segments: Journey[];
  accommodations: Hotel[];
  memberships: Membership[];
  engagements: Engagement[];
  followUps: FollowUp[];
  /** The organiser's acknowledgements of the trip's conflicts. */
  acknowledgements: Acknowledgement[];
  /** Who sleeps in which room of the trip's hotel stays. */
  rooms: Room[];
  /** The trip's vehicles, interpreters and guides, and where they are booked. */
  resources: Resource[];
  assignments: Assignment[];
}

/** A trip's records plus the shared directory records they refer to. */
export interface TripBundle extends TripRecords {
  organisations: Organisation[];
  contacts: Contact[];
  people: Person[];
}
