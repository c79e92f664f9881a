import { describe, expect, it } from 'vitest';
import { doubleBookings } from '../../../../src/domain/checks/rules/double-booking';
import { context, plain, retimed, signing, siteVisit, stopId, withEngagements } from './sample-trip-for-checks';

describe('findings as the UI reads them', () => {
  const source = withEngagements(retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'));

  it('words a conflict when it is read, the same every time, with all its fields in JSON', () => {
    const [conflict] = doubleBookings(context(source));
    expect(conflict!.message).toBe(conflict!.message);
    expect(conflict).toMatchObject({
      id: `double-booking:${signing.id}:${siteVisit.id}`,
      rule: 'double-booking',
      severity: 'error',
      message: expect.stringMatching(/^Joe Anderson, /),
      engagementIds: [signing.id, siteVisit.id],
      segmentIds: [],
      stopIds: [stopId('Tianjin')],
      fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    expect(Object.keys(plain([conflict!])[0]!).sort()).toEqual(
      ['engagementIds', 'fingerprint', 'id', 'message', 'personIds', 'rule', 'segmentIds', 'severity', 'stopIds'].sort(),
    );
    expect(plain([conflict!])[0]!.personIds).toEqual([...conflict!.personIds]);
  });
});
