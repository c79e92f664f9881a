import { describe, expect, it } from 'vitest';
import { hotelSchema } from '../../../../src/domain/route/hotel';
import { engagementSchema, followUpSchema } from '../../../../src/domain/engagements/engagement';
import { contactSchema, organisationSchema } from '../../../../src/domain/directory/organisation';
import { membershipSchema, personSchema } from '../../../../src/domain/people/person';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { citySchema } from '../../../../src/domain/route/city';
import { journeySchema } from '../../../../src/domain/route/journey';
import { tripSchema } from '../../../../src/domain/trip/trip';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';

const NOW = '2027-01-04T09:00:00.000Z';

function countingIds(): () => string {
  let next = 0;
  return () => `id-${(next += 1)}`;
}

function sample(): TripBundle {
  return buildSampleTrip({ now: NOW, newId: countingIds() });
}

/** The day after a date, for walking nights. */
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

const bundle = sample();
const stopsById = byId(bundle.stops);
const stopNamed = (name: string) => {
  const stop = bundle.stops.find((candidate) => candidate.name === name);
  if (!stop) throw new Error(`no stop named ${name}`);
  return stop;
};
const personNamed = (name: string) => {
  const person = bundle.people.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`no person named ${name}`);
  return person;
};
const membershipOf = (personId: string) => bundle.memberships.find((membership) => membership.personId === personId);

describe('the sample trip', () => {
  it('is a completed Liverpool City Region mission from 5 to 19 November 2016, kept in London time', () => {
    expect(bundle.trip).toMatchObject({
      name: 'Liverpool City Region trade mission to China',
      status: 'completed',
      homeZone: 'Europe/London',
      startDate: '2016-11-05',
      endDate: '2016-11-19',
      sample: true,
    });
    expect(bundle.trip.notes).toMatch(/sample/i);
    expect(bundle.trip.notes).toMatch(/menu/);
  });

  it('has records that each pass their schema', () => {
    const failures: string[] = [];
    const check = (label: string, schema: { safeParse(value: unknown): { success: boolean } }, records: unknown[]) =>
      records.forEach((record, index) => {
        if (!schema.safeParse(record).success) failures.push(`${label}[${index}]`);
      });
    check('trip', tripSchema, [bundle.trip]);
    check('stops', citySchema, bundle.stops);
    check('segments', journeySchema, bundle.segments);
    check('accommodations', hotelSchema, bundle.accommodations);
    check('organisations', organisationSchema, bundle.organisations);
    check('contacts', contactSchema, bundle.contacts);
    check('people', personSchema, bundle.people);
    check('memberships', membershipSchema, bundle.memberships);
    check('engagements', engagementSchema, bundle.engagements);
    check('followUps', followUpSchema, bundle.followUps);
    expect(failures).toEqual([]);
  });

  it('visits Kunming, Chongqing, Tianjin, Beijing, Qingdao and Shanghai in order, on dates within the trip', () => {
    const stops = [...bundle.stops].sort((a, b) => a.position - b.position);
    const cities = ['Kunming', 'Chongqing', 'Tianjin', 'Beijing', 'Qingdao', 'Shanghai'];
    expect(stops.map((stop) => stop.name)).toEqual(cities);
    expect(stops.map((stop) => stop.nameLocal)).toEqual(['昆明', '重庆', '天津', '北京', '青岛', '上海']);
    expect(stops.map((stop) => stop.position)).toEqual([0, 1, 2, 3, 4, 5]);
    stops.forEach((stop, index) => {
      expect(stop).toMatchObject({ country: 'CN', timeZone: 'Asia/Shanghai' });
      expect(stop.departureDate > stop.arrivalDate).toBe(true);
      const previous = stops[index - 1];
      if (previous) expect(stop.arrivalDate >= previous.departureDate).toBe(true);
    });
    expect(stops[0]?.arrivalDate).toBe('2016-11-06');
    expect(stops[0]?.departureDate).toBe('2016-11-09');
    expect(stops.every((stop) => stop.arrivalDate >= bundle.trip.startDate)).toBe(true);
    expect(stops.every((stop) => stop.departureDate <= bundle.trip.endDate)).toBe(true);
  });

  it('refers only to records in the bundle', () => {
    const tripId = bundle.trip.id;
    const organisations = byId(bundle.organisations);
    const contacts = byId(bundle.contacts);
    const people = byId(bundle.people);
    const engagements = byId(bundle.engagements);
    const dangling: string[] = [];
    const expectIn = (map: Map<string, unknown>, id: string | null, what: string) => {
      if (id !== null && !map.has(id)) dangling.push(`${what} → ${id}`);
    };
    const tripRecords = [
      ...bundle.stops,
      ...bundle.segments,
      ...bundle.accommodations,
      ...bundle.memberships,
      ...bundle.engagements,
      ...bundle.followUps,
    ];
    for (const record of tripRecords) if (record.tripId !== tripId) dangling.push(`tripId of ${record.id}`);
    for (const segment of bundle.segments) {
      expectIn(stopsById, segment.fromStopId, `segment ${segment.number} from`);
      expectIn(stopsById, segment.toStopId, `segment ${segment.number} to`);
      for (const id of segment.travellerIds ?? []) expectIn(people, id, `segment ${segment.number} traveller`);
    }
    for (const stay of bundle.accommodations) expectIn(stopsById, stay.stopId, `hotel ${stay.name}`);
    for (const contact of bundle.contacts) expectIn(organisations, contact.organisationId, `contact ${contact.name}`);
    for (const person of bundle.people) expectIn(organisations, person.organisationId, `person ${person.name}`);
    for (const membership of bundle.memberships) {
      expectIn(people, membership.personId, 'membership person');
      for (const id of membership.stopIds) expectIn(stopsById, id, 'membership stop');
    }
    for (const engagement of bundle.engagements) {
      expectIn(stopsById, engagement.stopId, `engagement ${engagement.title}`);
      for (const id of engagement.organisationIds) expectIn(organisations, id, `${engagement.title} organisation`);
      for (const id of engagement.contactIds) expectIn(contacts, id, `${engagement.title} contact`);
      for (const id of [...engagement.addedAttendeeIds, ...engagement.removedAttendeeIds]) {
        expectIn(people, id, `${engagement.title} attendee`);
      }
    }
    for (const followUp of bundle.followUps) expectIn(engagements, followUp.engagementId, 'follow-up');
    expect(dangling).toEqual([]);
  });

  it('holds every engagement during its stop, in the stop’s own time zone', () => {
    expect(bundle.engagements.length).toBeGreaterThanOrEqual(10);
    for (const engagement of bundle.engagements) {
      const stop = stopsById.get(engagement.stopId);
      expect(stop, engagement.title).toBeDefined();
      if (!stop) continue;
      expect(engagement.start.zone, engagement.title).toBe(stop.timeZone);
      expect(engagement.end.zone, engagement.title).toBe(stop.timeZone);
      expect(engagement.start.local.slice(0, 10) >= stop.arrivalDate, engagement.title).toBe(true);
      expect(engagement.end.local.slice(0, 10) <= stop.departureDate, engagement.title).toBe(true);
      expect(Date.parse(engagement.end.utc) > Date.parse(engagement.start.utc), engagement.title).toBe(true);
    }
  });

  it('has a hotel at each stop (two in Beijing), for exactly the nights the delegation is there', () => {
    expect(bundle.accommodations).toHaveLength(bundle.stops.length + 1);
    for (const stop of bundle.stops) {
      const stays = bundle.accommodations.filter((stay) => stay.stopId === stop.id);
      expect(stays, stop.name).toHaveLength(stop.name === 'Beijing' ? 2 : 1);
      for (const stay of stays) {
        expect(stay).toMatchObject({ checkInDate: stop.arrivalDate, checkOutDate: stop.departureDate });
        expect(stay.nameLocal, stop.name).not.toBe('');
        expect(stay.addressLocal, stop.name).not.toBe('');
      }
    }
  });

  it('gives everyone one room every night they are in a city, the delegation split between the two Beijing hotels', () => {
    const tripRooms = bundle.rooms;
    const staysById = byId(bundle.accommodations);
    for (const room of tripRooms) {
      expect(room.tripId).toBe(bundle.trip.id);
      expect(staysById.has(room.accommodationId)).toBe(true);
    }
    // Each member, each night of each of their cities: exactly one room.
    for (const membership of bundle.memberships) {
      for (const stopId of membership.stopIds) {
        const stop = stopsById.get(stopId)!;
        for (let night = stop.arrivalDate; night < stop.departureDate; night = nextDay(night)) {
          const beds = tripRooms.filter(
            (room) =>
              staysById.get(room.accommodationId)?.stopId === stopId &&
              room.occupants.some((occupant) => occupant.personId === membership.personId && occupant.checkInDate <= night && night < occupant.checkOutDate),
          );
          expect(beds, `${membership.personId} on ${night} in ${stop.name}`).toHaveLength(1);
        }
      }
    }
    const guestsAt = (name: string) =>
      new Set(
        tripRooms
          .filter((room) => staysById.get(room.accommodationId)?.name === name)
          .flatMap((room) => room.occupants.map((occupant) => occupant.personId)),
      );
    const jianguomen = guestsAt('Jianguomen Garden Hotel');
    const haidian = guestsAt('Haidian Scholars Hotel');
    expect(jianguomen.size + haidian.size).toBe(20);
    expect([...jianguomen].filter((personId) => haidian.has(personId))).toEqual([]);
    expect(jianguomen).toContain(personNamed('Joe Anderson').id);
    expect(haidian).toContain(personNamed('Professor Richard Harland').id);
    // Two delegates share a twin room throughout.
    const twins = tripRooms.filter((room) => room.type === 'twin');
    expect(twins.length).toBe(bundle.stops.length);
    for (const twin of twins) {
      expect(twin.occupants.map((occupant) => bundle.people.find((person) => person.id === occupant.personId)?.name).sort()).toEqual([
        'Helen Moss',
        'Karen Doyle',
      ]);
    }
  });

  it('signs the Sensor City – Zhengxin Group MoU in Tianjin at 10:00 local (02:00 UTC), with the Mayor there', () => {
    const signing = bundle.engagements.find((engagement) => engagement.kind === 'signing');
    expect(signing?.title).toMatch(/MoU/);
    expect(signing && stopsById.get(signing.stopId)?.name).toBe('Tianjin');
    expect(signing?.start).toEqual({ local: '2016-11-12T10:00', zone: 'Asia/Shanghai', utc: '2016-11-12T02:00:00Z' });
    expect(signing?.end.local).toBe('2016-11-12T11:00');
    expect(signing?.status).toBe('confirmed');
    expect(signing?.outcome).not.toBe('');

    const zhengxin = bundle.organisations.find((organisation) => organisation.name === 'Zhengxin Group');
    expect(zhengxin).toMatchObject({ nameLocal: '正信集团', type: 'company', city: 'Tianjin' });
    expect(signing?.organisationIds).toContain(zhengxin?.id);
    const feng = bundle.contacts.find((contact) => contact.name === 'Zhihua Feng');
    expect(feng).toMatchObject({ organisationId: zhengxin?.id, title: 'Executive Vice President' });
    expect(signing?.contactIds).toContain(feng?.id);

    const mayor = personNamed('Joe Anderson');
    expect(membershipOf(mayor.id)?.stopIds).toContain(stopNamed('Tianjin').id);
    expect(signing?.removedAttendeeIds).not.toContain(mayor.id);
  });

  it('leaves follow-ups after the MoU signing and another meeting, one of them done', () => {
    const signing = bundle.engagements.find((engagement) => engagement.kind === 'signing');
    const engagementsFollowedUp = new Set(bundle.followUps.map((followUp) => followUp.engagementId));
    expect(engagementsFollowedUp).toContain(signing?.id);
    expect(engagementsFollowedUp.size).toBeGreaterThanOrEqual(2);
    expect(bundle.followUps.filter((followUp) => followUp.done)).toHaveLength(1);
  });

  it('takes about twenty people, led jointly by the Mayor of Liverpool and the Leader of Wirral Council', () => {
    expect(bundle.people.length).toBeGreaterThanOrEqual(18);
    expect(bundle.people.length).toBeLessThanOrEqual(22);
    expect(bundle.memberships).toHaveLength(bundle.people.length);
    const heads = bundle.memberships
      .filter((membership) => membership.role === 'head')
      .map((membership) => bundle.people.find((person) => person.id === membership.personId)?.name);
    expect(heads.sort()).toEqual(['Councillor Phil Davies', 'Joe Anderson']);
    expect(membershipOf(personNamed('Ellen Cutler').id)?.role).toBe('organiser');
    expect(bundle.memberships.some((membership) => membership.role === 'interpreter')).toBe(true);
    expect(bundle.memberships.every((membership) => membership.calendarExportedAt === null)).toBe(true);
  });

  it('gives the people who join in Beijing their own flight there', () => {
    const beijing = stopNamed('Beijing');
    const joiners = bundle.memberships.filter((membership) => membership.stopIds[0] === beijing.id);
    expect(joiners.length).toBeGreaterThanOrEqual(2);
    for (const joiner of joiners) {
      expect(joiner.stopIds).toEqual([beijing.id, stopNamed('Qingdao').id, stopNamed('Shanghai').id]);
    }
    const theirFlight = bundle.segments.find(
      (segment) => segment.fromStopId === null && segment.toStopId === beijing.id,
    );
    expect(theirFlight?.travellerIds?.slice().sort()).toEqual(joiners.map((joiner) => joiner.personId).sort());
    expect(theirFlight?.arrival.local.slice(0, 10)).toBe(beijing.arrivalDate);
  });

  it('gives the people who leave from Qingdao their own flights home', () => {
    const qingdao = stopNamed('Qingdao');
    const leavers = bundle.memberships.filter((membership) => membership.stopIds.at(-1) === qingdao.id);
    expect(leavers.length).toBeGreaterThanOrEqual(2);
    const homeFromQingdao = bundle.segments.filter(
      (segment) => segment.fromStopId === qingdao.id && segment.toStopId === null,
    );
    expect(homeFromQingdao.length).toBeGreaterThan(0);
    for (const segment of homeFromQingdao) {
      expect(segment.travellerIds?.slice().sort()).toEqual(leavers.map((leaver) => leaver.personId).sort());
    }
    expect(homeFromQingdao.at(-1)?.arrival.zone).toBe('Europe/London');
  });

  it('flies out of the UK overnight, reaching China the next day; every journey arrives after it departs', () => {
    const outbound = bundle.segments
      .filter((segment) => segment.fromStopId === null && segment.travellerIds === null)
      .sort((a, b) => Date.parse(a.departure.utc) - Date.parse(b.departure.utc));
    const [first, connection] = outbound;
    expect(first?.departure).toMatchObject({ zone: 'Europe/London', local: expect.stringMatching(/^2016-11-05T/) });
    expect(first?.arrival.zone).toBe('Asia/Shanghai');
    expect(first?.arrival.local.slice(0, 10)).toBe('2016-11-06');
    expect(Date.parse(first?.arrival.utc ?? '') > Date.parse(first?.departure.utc ?? '')).toBe(true);
    expect(outbound.at(-1)?.toStopId).toBe(stopNamed('Kunming').id);
    if (connection && first) expect(Date.parse(connection.departure.utc) > Date.parse(first.arrival.utc)).toBe(true);

    for (const segment of bundle.segments) {
      expect(Date.parse(segment.arrival.utc) > Date.parse(segment.departure.utc), segment.number).toBe(true);
    }
  });

  it('takes the intercity train from Tianjin to Beijing in about 35 minutes', () => {
    const train = bundle.segments.find(
      (segment) => segment.fromStopId === stopNamed('Tianjin').id && segment.toStopId === stopNamed('Beijing').id,
    );
    expect(train?.mode).toBe('train');
    const minutes = (Date.parse(train?.arrival.utc ?? '') - Date.parse(train?.departure.utc ?? '')) / 60_000;
    expect(minutes).toBeGreaterThanOrEqual(30);
    expect(minutes).toBeLessThanOrEqual(40);
  });

  it('flies home from Shanghai to the UK on 19 November', () => {
    const home = bundle.segments.find(
      (segment) => segment.fromStopId === stopNamed('Shanghai').id && segment.toStopId === null,
    );
    expect(home?.travellerIds).toBeNull();
    expect(home?.departure.zone).toBe('Asia/Shanghai');
    expect(home?.arrival).toMatchObject({ zone: 'Europe/London', local: expect.stringMatching(/^2016-11-19T/) });
  });

  it('gives every record a distinct id and every calendar item a distinct uid', () => {
    const ids = [
      bundle.trip.id,
      ...bundle.stops,
      ...bundle.segments,
      ...bundle.accommodations,
      ...bundle.memberships,
      ...bundle.engagements,
      ...bundle.followUps,
      ...bundle.organisations,
      ...bundle.contacts,
      ...bundle.people,
    ].map((record) => (typeof record === 'string' ? record : record.id));
    expect(new Set(ids).size).toBe(ids.length);
    const uids = [...bundle.segments, ...bundle.accommodations, ...bundle.engagements].map((record) => record.calendar);
    for (const calendar of uids) {
      expect(calendar).toEqual({ uid: expect.stringMatching(/@delegation-planner$/), sequence: 0 });
    }
    const uidStems = uids.map((calendar) => calendar.uid.split('@')[0]);
    expect(new Set([...ids, ...uidStems]).size).toBe(ids.length + uids.length);
  });

  it('marks everything it adds to the directory as sample, stamped with the time it was built', () => {
    expect(bundle.organisations.every((organisation) => organisation.sample)).toBe(true);
    expect(bundle.organisations.every((organisation) => organisation.createdAt === NOW)).toBe(true);
    expect(bundle.contacts.every((contact) => contact.sample)).toBe(true);
    expect(bundle.people.every((person) => person.sample && person.updatedAt === NOW)).toBe(true);
  });

  it('has what later warnings look for: diets, a passport expiring within six months, a visa still applied for', () => {
    const dietary = bundle.people.map((person) => person.dietary.toLowerCase());
    expect(dietary.some((need) => need.includes('halal'))).toBe(true);
    expect(dietary.some((need) => need.includes('vegetarian'))).toBe(true);
    expect(dietary.some((need) => need.includes('nut'))).toBe(true);
    const sixMonthsAfter = '2017-05-19';
    expect(bundle.people.filter((person) => (person.passportExpiry ?? '9999') < sixMonthsAfter)).toHaveLength(1);
    expect(bundle.people.filter((person) => person.visaStatus === 'applied')).toHaveLength(1);
  });

  it('builds the same bundle from the same ids and time', () => {
    expect(sample()).toEqual(sample());
  });
});
