import { describe, expect, it } from 'vitest';
import { suspiciousTimes } from '../../../../../src/domain/checks/rules/suspicious-time';
import {
  context,
  earlyLeaver,
  personId,
  qingdaoMeeting,
  retimed,
  sample,
  stopId,
  withEngagements,
  zhangjiang,
} from '../sample-trip-for-checks';
import { inEnglish } from '../../../../builders/words';

describe('times probably in the wrong zone', () => {
  it('hints what a 03:00 Qingdao meeting would be had 03:00 been Liverpool time (home)', () => {
    const source = withEngagements(retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00'));
    const [conflict, ...rest] = suspiciousTimes(context(source));
    expect(rest).toEqual([]);
    expect(inEnglish(conflict!.message)).toContain('03:00 in Qingdao');
    expect(inEnglish(conflict!.message)).toContain('if 03:00 was Liverpool time, it would be 11:00 in Qingdao');
  });

  it('names the people attending: those in the city, and those added by hand, less those left out', () => {
    const joe = personId('Joe Anderson');
    const inShanghai = sample.memberships.filter((membership) => membership.stopIds.includes(stopId('Shanghai')));
    const early = retimed(zhangjiang, '2016-11-18T03:00', '2016-11-18T04:00', {
      addedAttendeeIds: [earlyLeaver],
      removedAttendeeIds: [joe],
    });
    const [conflict] = suspiciousTimes(context(withEngagements(early)));
    const expected = [...inShanghai.map((membership) => membership.personId).filter((id) => id !== joe), earlyLeaver];
    expect(conflict!.personIds).toEqual(expected.sort());
    expect(inEnglish(conflict!.message)).toMatch(/ in Shanghai on Fri 18 Nov, for .+ and \d+ others — if 03:00 was Liverpool time/);
  });

  it('keeps its fingerprint when the people attending change, so an acknowledgement holds', () => {
    const early = retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00');
    const fewer = { ...early, removedAttendeeIds: [personId('Joe Anderson')] };
    const [before] = suspiciousTimes(context(withEngagements(early)));
    const [after] = suspiciousTimes(context(withEngagements(fewer)));
    expect(after!.personIds.length).toBe(before!.personIds.length - 1);
    expect(after!.fingerprint).toBe(before!.fingerprint);
  });

  it('finds none in the sample trip', () => {
    expect(suspiciousTimes(context(sample))).toEqual([]);
  });
});
