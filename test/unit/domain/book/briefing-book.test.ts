import { describe, expect, it } from 'vitest';
import { BOOK_SECTIONS, briefingBook, type BookOptions } from '../../../../src/domain/book/briefing-book';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { hostProgramme, hostsOf } from '../../../../src/domain/book/host-programme';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';

function sample(): TripBundle {
  let next = 0;
  return buildSampleTrip({ now: '2016-10-01T09:00:00Z', newId: () => `id-${(next += 1)}` });
}

const everything: BookOptions = { personId: null, edition: 'organiser', sections: BOOK_SECTIONS };
const personNamed = (bundle: TripBundle, name: string) => bundle.people.find((person) => person.name === name)!;
const cityNames = (bundle: TripBundle, ids: readonly string[]) => ids.map((id) => bundle.stops.find((stop) => stop.id === id)?.name);

describe('a delegate’s briefing book', () => {
  it('holds the part of the trip they are on: their cities, journeys, hotels and engagements', () => {
    const bundle = sample();
    const harland = personNamed(bundle, 'Professor Richard Harland');
    const book = briefingBook({ bundle }, { personId: harland.id, edition: 'delegate', sections: BOOK_SECTIONS })!;
    expect(book.person?.name).toBe('Professor Richard Harland');
    expect(book.stops.map((stop) => stop.name)).toEqual(['Beijing', 'Qingdao', 'Shanghai']);
    expect(new Set(book.hotels.map((entry) => entry.city.name))).toEqual(new Set(['Beijing', 'Qingdao', 'Shanghai']));
    expect(book.startDate >= '2016-11-12').toBe(true);
    const engagementCities = new Set([...book.engagements.values()].map((entry) => entry.engagement.stopId));
    expect(cityNames(bundle, [...engagementCities]).sort()).toEqual(['Beijing', 'Qingdao', 'Shanghai']);
    for (const entry of book.engagements.values()) expect(entry.attendees.map((person) => person.id)).toContain(harland.id);
  });

  it('names the others and what they do, but holds none of their phones, e-mails or dietary needs', () => {
    const bundle = sample();
    const harland = personNamed(bundle, 'Professor Richard Harland');
    const ng = personNamed(bundle, 'Chris Ng');
    const book = briefingBook({ bundle }, { personId: harland.id, edition: 'delegate', sections: BOOK_SECTIONS })!;
    const others = book.members.filter((member) => member.person.id !== harland.id);
    expect(others.map((member) => member.person.name)).toContain('Chris Ng');
    expect(others.every((member) => member.phone === '' && member.email === '' && member.care === null)).toBe(true);
    expect(book.members.find((member) => member.person.id === harland.id)?.phone).toBe(harland.phone);
    // Meals are the organiser's section: asked for in a delegate's book, it is left out.
    expect(book.sections).not.toContain('meals');
    expect(book.meals).toEqual([]);
    expect(JSON.stringify(book)).not.toContain(ng.dietary);
    expect(JSON.stringify(book)).not.toContain(ng.phone);
  });

  it('marks nothing as missing: gaps are the organiser’s to see', () => {
    const bundle = sample();
    const first = bundle.engagements[0]!;
    const broken = { ...bundle, engagements: [{ ...first, objectives: '' }, ...bundle.engagements.slice(1)] };
    const book = briefingBook({ bundle: broken }, { ...everything, edition: 'delegate' })!;
    expect([...book.engagements.values()].flatMap((entry) => entry.gaps)).toEqual([]);
    expect(book.hotels.flatMap((entry) => entry.gaps)).toEqual([]);
    expect(book.gaps).toEqual([]);
  });

  it('is not made for someone who is not on the trip', () => {
    expect(briefingBook({ bundle: sample() }, { ...everything, personId: 'nobody' })).toBeNull();
  });
});

describe('a delegate’s published calendar in their book', () => {
  const published = (bundle: TripBundle, personId: string) => [
    { key: 'trip', url: 'https://cal.example/agency/delegation-planner-trip/' },
    { key: `person:${personId}`, url: `https://cal.example/agency/delegation-planner-${personId}/` },
  ];

  it('is on the cover of their book, in both editions, with the address their phone subscribes to', () => {
    const bundle = sample();
    const harland = personNamed(bundle, 'Professor Richard Harland');
    for (const edition of ['delegate', 'organiser'] as const) {
      const book = briefingBook({ bundle, publications: published(bundle, harland.id) }, { personId: harland.id, edition, sections: BOOK_SECTIONS })!;
      expect(book.calendar).toEqual({
        on: 'cover',
        addresses: {
          caldav: `https://cal.example/agency/delegation-planner-${harland.id}/`,
          webcal: `webcal://cal.example/agency/delegation-planner-${harland.id}/`,
        },
      });
    }
  });

  it('is in the contacts in emergencies when the book is printed without its cover, and nowhere without either', () => {
    const bundle = sample();
    const harland = personNamed(bundle, 'Professor Richard Harland');
    const source = { bundle, publications: published(bundle, harland.id) };
    const withoutCover = BOOK_SECTIONS.filter((section) => section !== 'cover');
    expect(briefingBook(source, { personId: harland.id, edition: 'delegate', sections: withoutCover })!.calendar?.on).toBe('emergency');
    expect(briefingBook(source, { personId: harland.id, edition: 'delegate', sections: ['days', 'hotels'] })!.calendar).toBeNull();
  });

  it('is not there before their calendar is published, nor for another delegate’s', () => {
    const bundle = sample();
    const harland = personNamed(bundle, 'Professor Richard Harland');
    const ng = personNamed(bundle, 'Chris Ng');
    const options = { personId: harland.id, edition: 'delegate', sections: BOOK_SECTIONS } as const;
    expect(briefingBook({ bundle }, options)!.calendar).toBeNull();
    expect(briefingBook({ bundle, publications: published(bundle, ng.id) }, options)!.calendar).toBeNull();
    // Made on the server yet? Not until the collection has an address.
    expect(briefingBook({ bundle, publications: [{ key: `person:${harland.id}`, url: null }] }, options)!.calendar).toBeNull();
  });

  it('is in no whole-delegation book: no one calendar is everyone’s', () => {
    const bundle = sample();
    const harland = personNamed(bundle, 'Professor Richard Harland');
    expect(briefingBook({ bundle, publications: published(bundle, harland.id) }, everything)!.calendar).toBeNull();
  });
});

describe('the organiser’s edition', () => {
  it('holds everyone’s contact details and each meal’s dietary needs by name', () => {
    const bundle = sample();
    const book = briefingBook({ bundle }, everything)!;
    expect(book.members.find((member) => member.person.name === 'Chris Ng')?.phone).toBe('+44 7700 900210');
    expect(book.members.find((member) => member.person.name === 'Professor Richard Harland')?.care?.accessibility).toMatch(/walks with a stick/);
    expect(book.sections).toContain('meals');
    expect(book.meals.length).toBeGreaterThan(0);
    const needs = book.meals.flatMap((meal) => meal.needs.map((need) => need.name));
    expect(needs).toContain('Chris Ng');
  });

  it('marks what is missing, and bad or missing data never stops the book', () => {
    const bundle = sample();
    const [first, ...rest] = bundle.engagements;
    const [hotel, ...otherHotels] = bundle.accommodations;
    const broken: TripBundle = {
      ...bundle,
      trip: { ...bundle.trip, diplomaticMissions: [] },
      engagements: [{ ...first!, objectives: '', organisationIds: ['gone'], contactIds: ['gone'] }, ...rest],
      accommodations: [{ ...hotel!, address: '', addressLocal: '', phone: '' }, ...otherHotels, { ...hotel!, id: 'lost', stopId: 'gone' }],
    };
    const book = briefingBook({ bundle: broken }, everything)!;
    expect(book.engagements.get(first!.id)?.gaps).toContain('objectives');
    expect(book.engagements.get(first!.id)?.partners).toEqual([]);
    expect(book.hotels.find((entry) => entry.hotel.id === hotel!.id)?.gaps).toEqual(['hotelAddress', 'hotelAddressLocal', 'hotelPhone']);
    expect(book.hotels.some((entry) => entry.hotel.id === 'lost')).toBe(false);
    expect(book.gaps).toContain('mission');
    expect(book.countries.map((country) => country.country)).toEqual(['CN']);
  });

  it('leaves cancelled engagements out', () => {
    const bundle = sample();
    const [first, ...rest] = bundle.engagements;
    const book = briefingBook({ bundle: { ...bundle, engagements: [{ ...first!, status: 'cancelled' }, ...rest] } }, everything)!;
    expect(book.engagements.has(first!.id)).toBe(false);
    expect(book.days.flatMap((day) => day.items).some((item) => item.kind === 'engagement' && item.engagement.id === first!.id)).toBe(false);
  });
});

describe('partners and hosts', () => {
  it('are the organisations the delegation meets, never its own members’ employers', () => {
    const bundle = sample();
    const book = briefingBook({ bundle }, everything)!;
    const partners = book.partnersByCity.flatMap((entry) => entry.partners.map((partner) => partner.organisation.name));
    expect(partners).toContain('Zhengxin Group');
    expect(partners).not.toContain('University of Liverpool');
    expect(hostsOf(bundle).map((organisation) => organisation.name)).not.toContain('University of Liverpool');
    expect(hostsOf(bundle).map((organisation) => organisation.name)).toContain('Zhengxin Group');
  });

  it('keeps the team’s open follow-ups out of a delegate’s book', () => {
    const bundle = sample();
    const open = (book: ReturnType<typeof briefingBook>) => [...book!.engagements.values()].flatMap((entry) => entry.partners.flatMap((partner) => partner.openFollowUps));
    expect(open(briefingBook({ bundle }, everything)).length).toBeGreaterThan(0);
    expect(open(briefingBook({ bundle }, { ...everything, edition: 'delegate' }))).toEqual([]);
  });
});

describe('the host programme', () => {
  it('lists who comes once when the same people come again, and again when they differ', () => {
    const bundle = sample();
    const host = hostsOf(bundle).find((organisation) => organisation.name === 'Zhengxin Group')!;
    const visit = bundle.engagements.find((engagement) => engagement.organisationIds.includes(host.id))!;
    const later = (hours: number) => ({
      local: visit.start.local.replace(/T(\d\d)/, (_, hour: string) => `T${String(Number(hour) + hours).padStart(2, '0')}`),
      utc: new Date(Date.parse(visit.start.utc) + hours * 3_600_000).toISOString(),
    });
    const again = { ...visit, id: 'again', start: { ...visit.start, ...later(2) }, end: { ...visit.end, ...later(3) } };
    const fewer = { ...visit, id: 'fewer', start: { ...visit.start, ...later(4) }, end: { ...visit.end, ...later(5) } };
    const programmeOf = (engagements: TripBundle['engagements']) => hostProgramme({ ...bundle, engagements }, host.id)!;

    // The sample already meets them twice, the same people both times.
    const before = programmeOf(bundle.engagements).visits;
    expect(before.map((entry) => entry.sameVisitorsAs)).toEqual([null, 1]);
    const first = programmeOf([...bundle.engagements, again]).visits;
    expect(first.find((entry) => entry.engagement.id === 'again')?.sameVisitorsAs).toBe(1);

    const dropped = first[0]!.visitors[0]!.person.id;
    const differing = programmeOf([...bundle.engagements, again, { ...fewer, removedAttendeeIds: [dropped] }]).visits;
    const fewerVisit = differing.find((entry) => entry.engagement.id === 'fewer')!;
    expect(fewerVisit.sameVisitorsAs).toBeNull();
    expect(fewerVisit.visitors.map((visitor) => visitor.person.id)).not.toContain(dropped);
  });
});
