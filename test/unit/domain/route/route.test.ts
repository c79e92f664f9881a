import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../src/domain/shared/message';
import { inChinese, inEnglish } from '../../../builders/words';
import {
  arrivalDayOffset,
  durationMessage,
  journeyToDraft,
  parseJourneyDraft,
  parseCityDraft,
  routeDateIssues,
  routeNights,
  type JourneyDraft,
} from '../../../../src/domain/route/route';
import { minutesBetween } from '../../../../src/domain/shared/time';
import type { City } from '../../../../src/domain/route/city';
import type { Hotel } from '../../../../src/domain/route/hotel';
import { aCityRecord } from '../../../builders/route-records';

/** A form's errors as an English reader sees them. */
const english = (errors: Readonly<Record<string, Message | undefined>>): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).flatMap(([field, said]) => (said ? [[field, inEnglish(said)]] : [])));

function aJourney(overrides: Partial<JourneyDraft> = {}): JourneyDraft {
  return {
    fromStopId: null,
    toStopId: 'shanghai',
    mode: 'flight',
    carrier: 'China Eastern',
    number: 'mu 552',
    departureLocal: '2027-03-20T21:30',
    departureZone: 'Europe/London',
    arrivalLocal: '2027-03-21T16:10',
    arrivalZone: 'Asia/Shanghai',
    departurePlace: 'London Heathrow T4',
    arrivalPlace: 'Shanghai Pudong T1',
    departureTerminal: '',
    arrivalTerminal: '',
    bookingReference: '',
    notes: '',
    travellerIds: null,
    connections: [],
    ...overrides,
  };
}

function aStop(id: string, position: number, arrivalDate: string, departureDate: string): City {
  return aCityRecord(id, position, arrivalDate, departureDate);
}

describe('journeys across zones', () => {
  it('reads each end’s time as the organiser typed it, and names a time it cannot read', () => {
    const typed = parseJourneyDraft(aJourney({ departureLocal: '2027-03-20T2130', arrivalLocal: '2027-03-21T4:10pm' }));
    expect(typed.ok && [typed.value.departure.local, typed.value.arrival.local]).toEqual(['2027-03-20T21:30', '2027-03-21T16:10']);
    const unreadable = parseJourneyDraft(aJourney({ departureLocal: '2027-03-20Tevening', arrivalLocal: '2027-03-21T25:10' }));
    expect(!unreadable.ok && english(unreadable.error)).toMatchObject({
      departureLocal: '“evening” is not a time. Type it in 24-hour form, such as 22:40 or 2240.',
      arrivalLocal: expect.stringMatching(/^“25:10” is not a time of day/),
    });
  });

  it('leaves at the first 01:30 of the night the clocks go back, or the second when chosen, and says which when edited', () => {
    // A red-eye from San Francisco to Shanghai on 7 November 2027, when 01:00–01:59 happens twice there.
    const redEye = aJourney({
      departureLocal: '2027-11-07T01:30',
      departureZone: 'America/Los_Angeles',
      arrivalLocal: '2027-11-08T07:00',
      arrivalZone: 'Asia/Shanghai',
    });
    const first = parseJourneyDraft(redEye);
    expect(first.ok && first.value.departure.utc).toBe('2027-11-07T08:30:00Z');
    const second = parseJourneyDraft({ ...redEye, departureOccurrence: 'second' });
    expect(second.ok && second.value.departure.utc).toBe('2027-11-07T09:30:00Z');
    if (!second.ok) return;
    const stored = { ...second.value, id: 'j', tripId: 't', calendar: { uid: 'j', sequence: 0 } };
    expect(journeyToDraft(stored)).toMatchObject({ departureOccurrence: 'second', arrivalOccurrence: 'first' });
  });

  it('an eastbound overnight flight London 21:30 → Shanghai 16:10 next day takes 10 h 40 min', () => {
    const parsed = parseJourneyDraft(aJourney());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.departure.utc).toBe('2027-03-20T21:30:00Z');
    expect(parsed.value.arrival.utc).toBe('2027-03-21T08:10:00Z');
    expect(inEnglish(durationMessage(minutesBetween(parsed.value.departure, parsed.value.arrival)))).toBe('10 h 40 min');
    expect(arrivalDayOffset(parsed.value.departure, parsed.value.arrival)).toBe(1);
    expect(parsed.value.number).toBe('MU552');
  });

  it('a London departure on the day British Summer Time starts is an hour closer to UTC after 01:00', () => {
    // 28 March 2027: the clocks in London go from 01:00 to 02:00.
    const morning = parseJourneyDraft(aJourney({ departureLocal: '2027-03-28T09:00', arrivalLocal: '2027-03-29T02:00' }));
    expect(morning.ok && morning.value.departure.utc).toBe('2027-03-28T08:00:00Z');
    expect(morning.ok && minutesBetween(morning.value.departure, morning.value.arrival)).toBe(10 * 60);
    const night = parseJourneyDraft(aJourney({ departureLocal: '2027-03-28T00:30', arrivalLocal: '2027-03-28T17:30' }));
    expect(night.ok && night.value.departure.utc).toBe('2027-03-28T00:30:00Z');
  });

  it('a westbound flight that lands "before" it left, by the clock, is accepted: Shanghai 12:00 → London 16:30 same day', () => {
    const parsed = parseJourneyDraft(
      aJourney({
        fromStopId: 'shanghai',
        toStopId: null,
        departureLocal: '2016-11-19T13:05',
        departureZone: 'Asia/Shanghai',
        arrivalLocal: '2016-11-19T17:35',
        arrivalZone: 'Europe/London',
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(minutesBetween(parsed.value.departure, parsed.value.arrival)).toBe(12 * 60 + 30);
    expect(arrivalDayOffset(parsed.value.departure, parsed.value.arrival)).toBe(0);

    const dateline = parseJourneyDraft(
      aJourney({
        fromStopId: 'shanghai',
        toStopId: null,
        departureLocal: '2027-03-10T17:00',
        departureZone: 'Asia/Shanghai',
        arrivalLocal: '2027-03-10T13:00',
        arrivalZone: 'America/Los_Angeles',
      }),
    );
    expect(dateline.ok).toBe(true);
  });

  it('a wall time that does not exist, in the hour the clocks skip, is refused with a clear message', () => {
    const parsed = parseJourneyDraft(aJourney({ departureLocal: '2027-03-28T01:30', arrivalLocal: '2027-03-28T20:00' }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(english(parsed.error).departureLocal).toBe('Sun 28 Mar 2027, 01:30 does not exist in Europe/London: the clocks go forward then.');
  });

  it('a journey that arrives before it departs is refused, naming the arrival', () => {
    const parsed = parseJourneyDraft(aJourney({ arrivalLocal: '2027-03-20T16:10' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(english(parsed.error).arrivalLocal).toMatch(/arrives before it departs/);
  });

  it('a journey end without a zone is refused, naming the zone field', () => {
    const parsed = parseJourneyDraft(aJourney({ arrivalZone: '' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(english(parsed.error).arrivalZone).toMatch(/time zone/);
  });

  it('records someone’s own travel in, and refuses "only some people" with nobody chosen', () => {
    const own = parseJourneyDraft(aJourney({ travellerIds: ['late-joiner', 'late-joiner'] }));
    expect(own.ok && own.value.travellerIds).toEqual(['late-joiner']);
    const nobody = parseJourneyDraft(aJourney({ travellerIds: [] }));
    expect(!nobody.ok && english(nobody.error).travellerIds).toBe('Choose who travels, or make it the whole delegation.');
  });

  it('refuses a journey of more than two days as a mistake in a date', () => {
    const parsed = parseJourneyDraft(aJourney({ arrivalLocal: '2027-03-24T16:10' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(english(parsed.error).arrivalLocal).toMatch(/Check the dates/);
  });
});

describe('stops', () => {
  it('refuses a stop left before it is reached, and a bad zone', () => {
    const parsed = parseCityDraft({
      name: 'Tianjin',
      nameLocal: '天津',
      country: 'cn',
      timeZone: 'Asia/Tianjin',
      latitude: 39.1,
      longitude: 117.2,
      arrivalDate: '2016-11-13',
      departureDate: '2016-11-11',
      notes: '',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(english(parsed.error).departureDate).toBe('The delegation cannot leave before it arrives.');
    expect(english(parsed.error).timeZone).toMatch(/not a time zone/);
    expect(english(parsed.error).country).toBeUndefined();
  });

  it('finds gaps and overlaps between consecutive stops, and treats a shared travel day as normal', () => {
    const stops = [
      aStop('kunming', 0, '2016-11-06', '2016-11-09'),
      aStop('chongqing', 1, '2016-11-09', '2016-11-11'),
      aStop('tianjin', 2, '2016-11-12', '2016-11-13'),
      aStop('beijing', 3, '2016-11-12', '2016-11-15'),
    ];
    expect(routeDateIssues(stops)).toEqual([
      { kind: 'gap', afterStopId: 'chongqing', beforeStopId: 'tianjin', nights: 1, from: '2016-11-11', to: '2016-11-12' },
      { kind: 'overlap', afterStopId: 'tianjin', beforeStopId: 'beijing', days: 1, from: '2016-11-12', to: '2016-11-13' },
    ]);
  });

  it('lists every night of the route with the hotels booked for it, so an empty night shows', () => {
    const stops = [aStop('kunming', 0, '2016-11-06', '2016-11-09'), aStop('chongqing', 1, '2016-11-09', '2016-11-11')];
    const hotel: Hotel = {
      id: 'dianchi',
      tripId: 'trip',
      stopId: 'kunming',
      name: 'Dianchi Lakeside Hotel',
      nameLocal: '',
      address: '',
      addressLocal: '',
      phone: '',
      checkInDate: '2016-11-06',
      checkOutDate: '2016-11-08',
      notes: '',
      calendar: { uid: 'x', sequence: 0 },
    };
    const nights = routeNights(stops, [hotel]);
    expect(nights.map((night) => `${night.date} ${night.stopId} ${night.accommodationIds.length}`)).toEqual([
      '2016-11-06 kunming 1',
      '2016-11-07 kunming 1',
      '2016-11-08 kunming 0',
      '2016-11-09 chongqing 0',
      '2016-11-10 chongqing 0',
    ]);
  });
});

describe('the route’s messages in Chinese', () => {
  it('words a skipped hour, a journey too long and a stop left before it is reached', () => {
    const skipped = parseJourneyDraft(aJourney({ departureLocal: '2027-03-28T01:30', arrivalLocal: '2027-03-28T20:00' }));
    expect(!skipped.ok && inChinese(skipped.error.departureLocal!)).toBe(
      'Europe/London不存在2027年3月28日 周日 01:30这一时刻：当时时钟拨快。',
    );
    const long = parseJourneyDraft(aJourney({ arrivalLocal: '2027-03-24T16:10' }));
    expect(!long.ok && inEnglish(long.error.arrivalLocal!)).toMatch(/^This journey would take \d+ h( \d+ min)?\. Check the dates\.$/);
    expect(!long.ok && inChinese(long.error.arrivalLocal!)).toMatch(/^该段交通将耗时\d+小时(\d+分钟)?，请核对日期。$/);
    const city = parseCityDraft({
      name: '',
      nameLocal: '',
      country: 'CN',
      timeZone: 'Asia/Shanghai',
      latitude: null,
      longitude: null,
      arrivalDate: '2016-11-13',
      departureDate: '2016-11-11',
      notes: '',
    });
    expect(!city.ok && inChinese(city.error.name!)).toBe('请输入城市。');
    expect(!city.ok && inChinese(city.error.departureDate!)).toBe('代表团离开日期不能早于抵达日期。');
  });

  it('words a journey’s duration in either language', () => {
    expect(inEnglish(durationMessage(640))).toBe('10 h 40 min');
    expect(inChinese(durationMessage(640))).toBe('10小时40分钟');
    expect(inEnglish(durationMessage(35))).toBe('35 min');
    expect(inChinese(durationMessage(120))).toBe('2小时');
  });
});
