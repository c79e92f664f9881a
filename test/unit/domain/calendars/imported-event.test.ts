import { describe, expect, it } from 'vitest';
import {
  emptyEngagementDraft,
  LONGEST_ENGAGEMENT_MINUTES,
  parseEngagementDraft,
} from '../../../../src/domain/engagements/engagement-rules';
import { blocking, calendar, only, stopId, vevent } from './invitation-files';
import { sample } from './sample-trip-calendars';

describe('the longest event that is imported', () => {
  it('is the longest engagement the form accepts: sixteen hours, and not a minute more', () => {
    expect(LONGEST_ENGAGEMENT_MINUTES).toBe(16 * 60);
    const draft = (endTime: string) => ({ ...emptyEngagementDraft(stopId('Tianjin'), '2016-11-12', '08:00'), title: 'Fair', endTime });
    expect(parseEngagementDraft(draft('00:00'), sample.stops).ok).toBe(true);
    expect(parseEngagementDraft(draft('00:01'), sample.stops).ok).toBe(false);
  });

  it('is imported at sixteen hours, and refused as too long a minute after', () => {
    const lasting = (end: string) => only(calendar(...vevent('SUMMARY:Fair', 'DTSTART:20161112T000000Z', `DTEND:${end}`)));
    expect(blocking(lasting('20161112T160000Z'))).toEqual([]);
    expect(blocking(lasting('20161112T160100Z'))).toEqual(['too-long']);
  });
});
