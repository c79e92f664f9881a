import { beforeAll, describe, expect, it } from 'vitest';
import { contactSchema, organisationSchema } from '../../../../src/domain/directory/organisation';
import { engagementSchema, followUpSchema } from '../../../../src/domain/engagements/engagement';
import { membershipSchema, personSchema } from '../../../../src/domain/people/person';
import { citySchema } from '../../../../src/domain/route/city';
import { loadGazetteer } from '../../../../src/domain/route/gazetteer/load';
import { hotelSchema } from '../../../../src/domain/route/hotel';
import { journeySchema } from '../../../../src/domain/route/journey';
import { isValidTimeZone } from '../../../../src/domain/shared/time';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { SHENZHEN_SAMPLE_TRIP_FILES } from '../../../../src/domain/trip/sample-trip-tables';
import { tripSchema } from '../../../../src/domain/trip/trip';

const NOW = '2027-01-04T09:00:00.000Z';

function countingIds(): () => string {
  let next = 0;
  return () => `id-${(next += 1)}`;
}

const bundle = buildSampleTrip({ now: NOW, newId: countingIds() }, SHENZHEN_SAMPLE_TRIP_FILES);
const HAN = /\p{Script=Han}/u;

describe('the Shenzhen sample trip', () => {
  // The shipped gazetteer is a large chunk of data: read it once, with time to spare on a busy machine.
  beforeAll(async () => {
    await loadGazetteer();
  }, 30_000);

  it('is a Shenzhen delegation abroad, named in Chinese and kept in Shanghai time', () => {
    expect(bundle.trip).toMatchObject({
      name: '深圳市赴北美、欧洲和以色列科技创新交流团',
      homeZone: 'Asia/Shanghai',
      home: { name: 'Shenzhen', country: 'CN' },
      startDate: '2017-11-04',
      endDate: '2017-11-18',
      sample: true,
    });
    expect(bundle.trip.notes).toMatch(/示例/);
  });

  it('opens the overseas innovation centres in San Francisco, Boston, Toronto, London and Tel Aviv, in order', () => {
    expect(bundle.stops.map((stop) => stop.name)).toEqual(['San Francisco', 'Boston', 'Toronto', 'London', 'Tel Aviv-Yafo']);
    for (const stop of bundle.stops) {
      expect(isValidTimeZone(stop.timeZone)).toBe(true);
      expect(stop.arrivalDate >= bundle.trip.startDate && stop.departureDate <= bundle.trip.endDate).toBe(true);
    }
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
    check('memberships', membershipSchema, bundle.memberships);
    check('engagements', engagementSchema, bundle.engagements);
    check('followUps', followUpSchema, bundle.followUps);
    check('organisations', organisationSchema, bundle.organisations);
    check('contacts', contactSchema, bundle.contacts);
    check('people', personSchema, bundle.people);
    expect(failures).toEqual([]);
  });

  it('is written in Chinese where a Chinese organiser writes it, and names foreign partners as they are', () => {
    for (const engagement of bundle.engagements) expect(engagement.title).toMatch(HAN);
    for (const person of bundle.people) expect(person.name).toMatch(HAN);
    const names = bundle.organisations.map((organisation) => organisation.name);
    expect(names).toContain('深圳清华大学研究院');
    expect(names).toContain('华大基因');
    expect(names).toContain('Plug and Play Tech Center');
    expect(names).toContain('Trendlines Group');
    for (const contact of bundle.contacts) expect(contact.name).not.toMatch(HAN);
  });

  it('every journey arrives after it departs; the BGI director flies home from Boston alone', () => {
    for (const journey of bundle.segments) expect(journey.arrival.utc > journey.departure.utc).toBe(true);
    const sunLi = bundle.people.find((person) => person.name === '孙丽');
    const early = bundle.segments.find((journey) => journey.number === 'CX811');
    expect(early?.travellerIds).toEqual([sunLi?.id]);
  });

  it('signs the Trendlines memorandum in Tel Aviv at 10:00 local, 16:00 in Shenzhen', () => {
    const signing = bundle.engagements.find((engagement) => engagement.title.includes('Trendlines'));
    expect(signing?.start).toMatchObject({ local: '2017-11-16T10:00', zone: 'Asia/Jerusalem', utc: '2017-11-16T08:00:00Z' });
  });

  it('goes only to cities the gazetteer knows, each with its Chinese name', async () => {
    const gazetteer = await loadGazetteer();
    const expected = { 'San Francisco': '旧金山', Boston: '波士顿', Toronto: '多伦多', London: '伦敦', 'Tel Aviv-Yafo': '特拉维夫' };
    for (const stop of bundle.stops) {
      const place = gazetteer.search(stop.name, 1)[0];
      expect(place?.country).toBe(stop.country);
      expect(place?.timeZone).toBe(stop.timeZone);
      expect(place?.nameZh).toBe(expected[stop.name as keyof typeof expected]);
    }
  });
});
