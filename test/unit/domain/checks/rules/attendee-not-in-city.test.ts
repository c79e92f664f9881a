import { describe, expect, it } from 'vitest';
import { attendeesNotInCity } from '../../../../../src/domain/checks/rules/attendee-not-in-city';
import { closingReception, context, earlyLeaver, personId, withEngagements } from '../sample-trip-for-checks';
import { inEnglish } from '../../../../builders/words';

describe('attendees added by hand', () => {
  it('flags someone who leaves after Qingdao added to the Shanghai closing reception', () => {
    const source = withEngagements({ ...closingReception, addedAttendeeIds: [earlyLeaver] });
    const [conflict, ...rest] = attendeesNotInCity(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.personIds).toEqual([earlyLeaver]);
    expect(inEnglish(conflict!.message)).toContain('is not in Shanghai on their part of the route');
  });

  it('does not flag someone added who is at that city anyway', () => {
    const source = withEngagements({ ...closingReception, addedAttendeeIds: [personId('Joe Anderson')] });
    expect(attendeesNotInCity(context(source))).toEqual([]);
  });
});
