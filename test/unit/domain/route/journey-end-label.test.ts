import { describe, expect, it } from 'vitest';
import { journeyEndName, type JourneyEnd } from '../../../../src/domain/route/journey-end-label';
import { inChinese, inEnglish } from '../../../builders/words';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';

const beijingTime = zonedTimeOrThrow('2016-11-06T09:05', 'Asia/Shanghai');
const journeyEndLabel = (end: JourneyEnd, time: typeof beijingTime, place: string) => inEnglish(journeyEndName(end, time, place));

describe('the name beside a journey end’s local time', () => {
  it('is the city when the time is that city’s and the airport is in it', () => {
    expect(journeyEndLabel({ city: 'Beijing', zone: 'Asia/Shanghai' }, beijingTime, 'Beijing Capital T3')).toBe('Beijing');
    expect(journeyEndLabel({ city: 'Beijing', zone: 'Asia/Shanghai' }, beijingTime, '')).toBe('Beijing');
  });

  it('is the offset when the airport is in another city of the same zone: a connection via Beijing to Kunming', () => {
    expect(journeyEndLabel({ city: 'Kunming', zone: 'Asia/Shanghai' }, beijingTime, 'Beijing Capital T3')).toBe('(UTC+8)');
  });

  it('is the offset when the time is not in the city’s zone, or the city is not known', () => {
    expect(journeyEndLabel({ city: 'Liverpool', zone: 'Europe/London' }, beijingTime, '')).toBe('(UTC+8)');
    expect(journeyEndLabel({ city: 'Unknown city', zone: undefined }, beijingTime, '')).toBe('(UTC+8)');
  });
});

describe('the name beside a journey end’s local time, as a message', () => {
  it('is the city, or the offset in the reader’s brackets', () => {
    const beijing = { city: 'Beijing', zone: 'Asia/Shanghai' };
    const kunming = { city: 'Kunming', zone: 'Asia/Shanghai' };
    expect(inEnglish(journeyEndName(beijing, beijingTime, 'Beijing Capital T3'))).toBe('Beijing');
    expect(inEnglish(journeyEndName(kunming, beijingTime, 'Beijing Capital T3'))).toBe('(UTC+8)');
    expect(inChinese(journeyEndName(kunming, beijingTime, 'Beijing Capital T3'))).toBe('（UTC+8）');
  });
});
