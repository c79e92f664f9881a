/**
 * A trip with everything that belongs to it and everything in the shared directory it refers to: the unit
 * that is duplicated, deleted (and restored by undo), loaded as the sample, and later moved between machines.
 */
import type { Accommodation } from './accommodation';
import type { Acknowledgement } from './conflict-review';
import type { Engagement, FollowUp } from './engagement';
import type { Contact, Organisation } from './organisation';
import type { Membership, Person } from './person';
import type { Stop } from './stop';
import type { TravelSegment } from './travel-segment';
import type { Trip } from './trip';

/** The records that belong to one trip and go when it goes. */
export interface TripRecords {
  trip: Trip;
  stops: Stop[];
  segments: TravelSegment[];
  accommodations: Accommodation[];
  memberships: Membership[];
  engagements: Engagement[];
  followUps: FollowUp[];
  /** The organiser's acknowledgements of the trip's conflicts. */
  acknowledgements: Acknowledgement[];
}

/** A trip's records plus the shared directory records they refer to. */
export interface TripBundle extends TripRecords {
  organisations: Organisation[];
  contacts: Contact[];
  people: Person[];
}
