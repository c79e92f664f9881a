import { describe, expect, it } from 'vitest';
import { doubleBookings } from '../../../../../src/domain/checks/rules/double-booking';
import { journeyTimings } from '../../../../../src/domain/checks/rules/journey-timing';
import { runChecks } from '../../../../../src/domain/checks/run-checks';
import {
  briefing,
  context,
  earlyLeaver,
  engagement,
  qingdaoMeeting,
  retimed,
  sample,
  stopId,
  TODAY,
  withEngagements,
} from '../sample-trip-for-checks';
import { inEnglish } from '../../../../builders/words';

describe('journeys and engagements the same day', () => {
  it('finds a journey to Beijing that lands after the briefing there has started', () => {
    const source = withEngagements(retimed(briefing, '2016-11-13T08:00', '2016-11-13T09:00'));
    const conflicts = journeyTimings(context(source));
    const arrival = conflicts.find((conflict) => conflict.id.endsWith(':arrival'))!;
    expect(arrival.engagementIds).toEqual([briefing.id]);
    expect(inEnglish(arrival.message)).toMatch(/^The train|^The flight|^The coach|^The car/);
    expect(inEnglish(arrival.message)).toContain('arrives after “Trade briefing at the British Embassy” starts (Sun 13 Nov, 08:00–09:00 Beijing)');
  });

  it('leaves a briefing that starts while the train is still running to the double bookings, not saying it twice', () => {
    const source = withEngagements(retimed(briefing, '2016-11-13T10:15', '2016-11-13T11:00'));
    expect(journeyTimings(context(source)).filter((conflict) => conflict.engagementIds.includes(briefing.id))).toEqual([]);
    const during = doubleBookings(context(source)).filter(
      (conflict) => conflict.engagementIds.includes(briefing.id) && conflict.journeyIds.length === 1,
    );
    expect(during).toHaveLength(1);
    expect(inEnglish(during[0]!.message)).toContain('during “Trade briefing at the British Embassy” (Sun 13 Nov, 10:15–11:00 Beijing)');
  });

  it('names a journey’s time by its city only when it is that city’s time', () => {
    // The early leavers' flight from Qingdao lands in Beijing, on the way home to Liverpool.
    const homeward = sample.segments.find(
      (segment) => segment.fromStopId === stopId('Qingdao') && segment.toStopId === null,
    )!;
    const breakfast = retimed(qingdaoMeeting, '2016-11-17T10:00', '2016-11-17T10:45');
    const messages = journeyTimings(context(withEngagements(breakfast)))
      .filter((conflict) => conflict.journeyIds.includes(homeward.id))
      .map((conflict) => inEnglish(conflict.message));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toContain(`${homeward.arrival.local.slice(11)} (UTC+8)`);
      expect(message).not.toContain(`${homeward.arrival.local.slice(11)} Liverpool`);
    }
  });

  it('names the home city in journeys to and from home', () => {
    const outbound = sample.segments.find((segment) => segment.fromStopId === null)!;
    const kunmingFirst = engagement('Kunming Municipal Foreign Affairs');
    const source = withEngagements(
      retimed(kunmingFirst, `${outbound.arrival.local.slice(0, 10)}T00:30`, `${outbound.arrival.local.slice(0, 10)}T01:00`),
    );
    const messages = runChecks(source, { today: TODAY }).map((conflict) => inEnglish(conflict.message));
    expect(messages.some((message) => message.includes(' from Liverpool to '))).toBe(true);
    expect(messages.some((message) => message.includes(' from home to '))).toBe(false);
  });

  it('finds the journeys out of Qingdao that leave before a meeting there ends, not warning those who stay on', () => {
    const source = withEngagements(retimed(qingdaoMeeting, '2016-11-17T10:00', '2016-11-17T11:30'));
    const conflicts = journeyTimings(context(source));
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((conflict) => conflict.id.endsWith(':departure'))).toBe(true);
    expect(conflicts.flatMap((conflict) => conflict.personIds)).toContain(earlyLeaver);
  });

  it('finds none in the sample trip', () => {
    expect(journeyTimings(context(sample))).toEqual([]);
  });
});
