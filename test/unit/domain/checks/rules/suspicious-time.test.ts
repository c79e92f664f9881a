import { describe, expect, it } from 'vitest';
import { suspiciousTimes } from '../../../../../src/domain/checks/rules/suspicious-time';
import { context, qingdaoMeeting, retimed, sample, withEngagements } from '../sample-trip-for-checks';

describe('times probably in the wrong zone', () => {
  it('hints what a 03:00 Qingdao meeting would be had 03:00 been London time', () => {
    const source = withEngagements(retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00'));
    const [conflict, ...rest] = suspiciousTimes(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.message).toContain('03:00 in Qingdao');
    expect(conflict!.message).toContain('if 03:00 was London time, it would be 11:00 in Qingdao');
  });

  it('finds none in the sample trip', () => {
    expect(suspiciousTimes(context(sample))).toEqual([]);
  });
});
