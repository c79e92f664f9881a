import { describe, expect, it } from 'vitest';
import type { CheckSource } from '../../../../../src/domain/checks/check-context';
import { nightsWithoutHotel } from '../../../../../src/domain/checks/rules/night-without-hotel';
import { zonedTimeOrThrow } from '../../../../../src/domain/shared/time';
import { context, earlyLeaver, personId, sample, stopId } from '../sample-trip-for-checks';
import { inEnglish } from '../../../../builders/words';

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
    expect(inEnglish(conflicts[0]!.message)).toMatch(/^No hotel is booked in Shanghai for the night of Thu 17 Nov, for /);
  });

  it('does not name late joiners who spend the night on their flight in, nor find the night when all are travelling', () => {
    // The Beijing hotel is gone and the three who join in Beijing fly in a day late, on the night of 13 Nov.
    const lateFlight = sample.segments.find((segment) => segment.travellerIds !== null && segment.toStopId === stopId('Beijing'))!;
    const joiners = lateFlight.travellerIds!;
    const dayLater = {
      ...lateFlight,
      departure: zonedTimeOrThrow('2016-11-13T13:15', lateFlight.departure.zone),
      arrival: zonedTimeOrThrow('2016-11-14T06:55', lateFlight.arrival.zone),
    };
    const source: CheckSource = {
      ...sample,
      accommodations: sample.accommodations.filter((stay) => stay.stopId !== stopId('Beijing')),
      segments: sample.segments.map((segment) => (segment.id === lateFlight.id ? dayLater : segment)),
    };
    const [first, second] = nightsWithoutHotel(context(source));
    expect(first!.id).toBe(`night-without-hotel:${stopId('Beijing')}:2016-11-13`);
    expect(first!.personIds).toContain(personId('Joe Anderson'));
    for (const joiner of joiners) expect(first!.personIds).not.toContain(joiner);
    expect(inEnglish(first!.message)).toMatch(/\(17 people\)\.$/);
    for (const joiner of joiners) expect(second!.personIds).toContain(joiner);

    // Everyone at Beijing on an overnight train that night: no finding for it.
    const everyone: CheckSource = {
      ...source,
      segments: [
        ...source.segments,
        {
          ...dayLater,
          id: 'night-train',
          fromStopId: stopId('Beijing'),
          toStopId: stopId('Qingdao'),
          departure: zonedTimeOrThrow('2016-11-14T21:00', 'Asia/Shanghai'),
          arrival: zonedTimeOrThrow('2016-11-15T07:00', 'Asia/Shanghai'),
          travellerIds: null,
        },
      ],
    };
    expect(nightsWithoutHotel(context(everyone)).map((finding) => finding.id)).toEqual([
      `night-without-hotel:${stopId('Beijing')}:2016-11-13`,
    ]);
  });

  it('finds none in the sample trip', () => {
    expect(nightsWithoutHotel(context(sample))).toEqual([]);
  });
});
