/**
 * A generated database at the size the product must stay fast at: 50 trips, 2,000 people and 20,000
 * engagements (400 a trip across six cities), with memberships, travel and hotels. Deterministic: the same
 * options give the same records.
 */
import type { TripBundle } from '../../src/domain/trip/trip-bundle';
import { emptyEngagementDetails, type Engagement } from '../../src/domain/engagements/engagement';
import type { Membership, Person } from '../../src/domain/people/person';
import type { Organisation } from '../../src/domain/directory/organisation';
import type { City } from '../../src/domain/route/city';
import { zonedTimeOrThrow } from '../../src/domain/shared/time';
import { addDays } from '../../src/domain/shared/date-arithmetic';

export interface DatasetSize {
  trips: number;
  people: number;
  engagementsPerTrip: number;
  membersPerTrip: number;
}

export const FULL_SIZE: DatasetSize = { trips: 50, people: 2000, engagementsPerTrip: 400, membersPerTrip: 40 };

const CITIES = [
  { name: 'Kunming', nameLocal: '昆明', latitude: 25.04, longitude: 102.72 },
  { name: 'Chongqing', nameLocal: '重庆', latitude: 29.56, longitude: 106.55 },
  { name: 'Tianjin', nameLocal: '天津', latitude: 39.08, longitude: 117.2 },
  { name: 'Beijing', nameLocal: '北京', latitude: 39.9, longitude: 116.4 },
  { name: 'Qingdao', nameLocal: '青岛', latitude: 36.07, longitude: 120.38 },
  { name: 'Shanghai', nameLocal: '上海', latitude: 31.23, longitude: 121.47 },
];

const NOW = '2026-11-21T09:00:00.000Z';

export interface Dataset {
  people: Person[];
  organisations: Organisation[];
  trips: Omit<TripBundle, 'people' | 'organisations' | 'contacts'>[];
}

export function generateDataset(size: DatasetSize = FULL_SIZE): Dataset {
  const organisations: Organisation[] = Array.from({ length: 200 }, (_, index) => ({
    id: `org-${index}`,
    name: `Partner organisation ${index}`,
    nameLocal: `合作机构${index}`,
    type: 'company',
    sector: 'Technology',
    city: CITIES[index % CITIES.length]!.name,
    country: 'CN',
    website: '',
    address: '',
    addressLocal: '',
    notes: '',
    tags: [],
    archived: false,
    sample: false,
    createdAt: NOW,
    updatedAt: NOW,
  }));
  const people: Person[] = Array.from({ length: size.people }, (_, index) => ({
    id: `person-${index}`,
    name: `Delegate ${index}`,
    title: '',
    givenNames: 'Delegate',
    familyName: String(index),
    nameOrder: 'given-first',
    nameAsEntered: null,
    nameToConfirm: false,
    sex: index % 2 === 0 ? 'F' : 'M',
    dateOfBirth: `19${60 + (index % 40)}-0${1 + (index % 9)}-1${index % 10}`,
    placeOfBirth: 'Liverpool',
    passportNumber: `5${String(index).padStart(8, '0')}`,
    passportIssueDate: '2020-01-01',
    passportAuthority: 'HMPO',
    visaType: 'M',
    nameLocal: '',
    organisationId: null,
    organisationName: `Company ${index % 300}`,
    jobTitle: 'Director',
    email: `delegate${index}@example.org`,
    phone: '',
    dietary: index % 17 === 0 ? 'Vegetarian' : '',
    accessibility: '',
    nationality: 'British',
    passportExpiry: '2030-01-01',
    visaStatus: 'granted',
    emergencyContact: '',
    notes: '',
    sample: false,
    createdAt: NOW,
    updatedAt: NOW,
  }));

  const trips = Array.from({ length: size.trips }, (_, tripIndex) => {
    const tripId = `trip-${tripIndex}`;
    const startDate = addDays('2025-01-06', tripIndex * 21);
    const stops: City[] = CITIES.map((city, position) => ({
      id: `${tripId}-stop-${position}`,
      tripId,
      position,
      ...city,
      country: 'CN',
      timeZone: 'Asia/Shanghai',
      arrivalDate: addDays(startDate, 1 + position * 2),
      departureDate: addDays(startDate, 3 + position * 2),
      notes: '',
    }));
    const memberships: Membership[] = Array.from({ length: size.membersPerTrip }, (_, index) => ({
      id: `${tripId}-member-${index}`,
      tripId,
      personId: `person-${(tripIndex * size.membersPerTrip + index) % size.people}`,
      role: index === 0 ? 'head' : 'delegate',
      stopIds: index % 5 === 0 ? stops.slice(3).map((stop) => stop.id) : stops.map((stop) => stop.id),
      notes: '',
      calendarExportedAt: null,
    }));
    const engagements: Engagement[] = Array.from({ length: size.engagementsPerTrip }, (_, index) => {
      const stop = stops[index % stops.length]!;
      const day = addDays(stop.arrivalDate, index % 2);
      const hour = 8 + (Math.floor(index / stops.length) % 12);
      const start = zonedTimeOrThrow(`${day}T${String(hour).padStart(2, '0')}:00`, stop.timeZone);
      const end = zonedTimeOrThrow(`${day}T${String(hour).padStart(2, '0')}:45`, stop.timeZone);
      return {
        id: `${tripId}-engagement-${index}`,
        tripId,
        stopId: stop.id,
        kind: 'meeting',
        title: `Meeting ${index} in ${stop.name}`,
        start,
        end,
        venue: { name: '', nameLocal: '', address: '', addressLocal: '' },
        organisationIds: [`org-${(tripIndex + index) % organisations.length}`],
        contactIds: [],
        addedAttendeeIds: [],
        removedAttendeeIds: [],
        status: 'confirmed',
        interpreterNeeded: false,
        ...emptyEngagementDetails(),
        outcome: '',
        calendar: { uid: `${tripId}-engagement-${index}@delegation-planner`, sequence: 0 },
        createdAt: NOW,
        updatedAt: NOW,
      };
    });
    return {
      trip: {
        id: tripId,
        name: `Mission ${tripIndex}`,
        purpose: '',
        homeZone: 'Europe/London',
        home: null,
        startDate,
        endDate: addDays(startDate, 14),
        status: 'planning' as const,
        notes: '',
        conflictBufferMinutes: 45,
        organiserContact: { name: '', phone: '', email: '' },
        localCoordinator: { name: '', phone: '', email: '' },
        diplomaticMissions: [],
        sample: false,
        createdAt: NOW,
        updatedAt: NOW,
      },
      stops,
      segments: [],
      accommodations: [],
      memberships,
      engagements,
      followUps: [],
      acknowledgements: [],
      rooms: [],
      resources: [],
      assignments: [],
    };
  });
  return { people, organisations, trips };
}
