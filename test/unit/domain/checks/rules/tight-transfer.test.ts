import { describe, expect, it } from 'vitest';
import { tightTransfers } from '../../../../../src/domain/checks/rules/tight-transfer';
import { context, foreignAffairs, forum, retimed, sample, withEngagements } from '../sample-trip-for-checks';
import { inEnglish } from '../../../../builders/words';

describe('time between engagements', () => {
  const tight = retimed(foreignAffairs, '2016-11-07T12:20', '2016-11-07T13:00');

  it('warns of 20 minutes to get from the forum to the Foreign Affairs Office', () => {
    const [conflict, ...rest] = tightTransfers(context(withEngagements(tight)));
    expect(rest).toEqual([]);
    expect(conflict!.engagementIds).toEqual([forum.id, foreignAffairs.id]);
    expect(conflict!.severity).toBe('warning');
    expect(inEnglish(conflict!.message)).toContain('20 minutes to get from “Yunnan – Liverpool City Region business forum” at Spring City Conference Centre');
  });

  it('does not warn when the next engagement is at the same venue, or the buffer allows it', () => {
    const sameVenue = { ...tight, venue: forum.venue };
    expect(tightTransfers(context(withEngagements(sameVenue)))).toEqual([]);
    // Another room of the same building is the same venue.
    const sameBuilding = { ...tight, venue: { ...forum.venue, name: `${forum.venue.name.split(',')[0]}, Room 2` } };
    expect(tightTransfers(context(withEngagements(sameBuilding)))).toEqual([]);
    expect(tightTransfers(context(withEngagements(tight), 15))).toEqual([]);
  });

  it('finds nothing tight in the sample trip', () => {
    expect(tightTransfers(context(sample))).toEqual([]);
  });
});
