import { describe, expect, it } from 'vitest';
import type { CheckSource } from '../../../../../src/domain/checks/check-context';
import { nightsWithoutHotel } from '../../../../../src/domain/checks/rules/night-without-hotel';
import { context, earlyLeaver, personId, sample, stopId } from '../sample-trip-for-checks';

describe('nights without a hotel', () => {
  const withoutShanghaiHotel: CheckSource = {
    ...sample,
    accommodations: sample.accommodations.filter((stay) => stay.stopId !== stopId('Shanghai')),
  };

  it('finds the Shanghai nights once its hotel is gone, for those there but not someone who left after Qingdao', () => {
    const conflicts = nightsWithoutHotel(context(withoutShanghaiHotel));
    expect(conflicts.map((conflict) => conflict.id)).toEqual([
      `night-without-hotel:${stopId('Shanghai')}:2016-11-17`,
      `night-without-hotel:${stopId('Shanghai')}:2016-11-18`,
    ]);
    expect(conflicts[0]!.personIds).toContain(personId('Joe Anderson'));
    expect(conflicts[0]!.personIds).not.toContain(earlyLeaver);
    expect(conflicts[0]!.message).toMatch(/^No hotel is booked in Shanghai for the night of Thu 17 Nov, for /);
  });

  it('finds none in the sample trip', () => {
    expect(nightsWithoutHotel(context(sample))).toEqual([]);
  });
});
