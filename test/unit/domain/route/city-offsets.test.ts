import { describe, expect, it } from 'vitest';
import { cityOffsets } from '../../../../src/domain/route/city-offsets';
import { inChinese, inEnglish } from '../../../builders/words';

describe('a city’s offset on the route', () => {
  it('a week in Paris over the last Sunday of October shows both offsets and the day the clocks go back', () => {
    expect(inEnglish(cityOffsets({ timeZone: 'Europe/Paris', arrivalDate: '2027-10-27', departureDate: '2027-11-03' }))).toBe(
      'UTC+2, from Sun 31 Oct UTC+1',
    );
  });

  it('a stay with no clock change shows its one offset', () => {
    expect(inEnglish(cityOffsets({ timeZone: 'Asia/Shanghai', arrivalDate: '2027-10-27', departureDate: '2027-11-03' }))).toBe(
      'UTC+8',
    );
    expect(inEnglish(cityOffsets({ timeZone: 'Europe/Paris', arrivalDate: '2027-11-01', departureDate: '2027-11-03' }))).toBe(
      'UTC+1',
    );
  });

  it('a stay in Sydney over the start of its summer time shows the clocks going forward', () => {
    expect(inEnglish(cityOffsets({ timeZone: 'Australia/Sydney', arrivalDate: '2027-09-30', departureDate: '2027-10-04' }))).toBe(
      'UTC+10, from Sun 3 Oct UTC+11',
    );
  });
});

describe('a city’s offset on the route, in Chinese', () => {
  it('names the day the clocks change the Chinese way', () => {
    expect(inChinese(cityOffsets({ timeZone: 'Europe/Paris', arrivalDate: '2027-10-27', departureDate: '2027-11-03' }))).toBe(
      'UTC+2，10月31日 周日起UTC+1',
    );
    expect(inChinese(cityOffsets({ timeZone: 'Asia/Shanghai', arrivalDate: '2027-10-27', departureDate: '2027-11-03' }))).toBe('UTC+8');
  });
});
