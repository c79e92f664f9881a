import { describe, expect, it } from 'vitest';
import type { CheckSource } from '../../../../src/domain/checks/check-context';
import { CHECK_RULES, type Finding } from '../../../../src/domain/checks/finding';
import { runChecks } from '../../../../src/domain/checks/run-checks';
import { generateDataset } from '../../../builders/large-dataset';
import { plain, qingdaoMeeting, retimed, siteVisit, TODAY, withEngagements } from './sample-trip-for-checks';

describe('the whole analysis', () => {
  it('puts errors first and is the same every time', () => {
    const source = withEngagements(
      retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'),
      retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00'),
    );
    const first = runChecks(source, { today: TODAY });
    // The sample has a delegate whose passport runs out too soon: an error, so before the warning.
    expect(first.map((conflict) => conflict.rule)).toEqual(['double-booking', 'travel-documents', 'suspicious-time']);
    expect(plain(runChecks(source, { today: TODAY }))).toEqual(plain(first));
  });

  it('lists errors first, then by rule, double bookings in the order they happen and the rest by id', () => {
    const dataset = generateDataset({ trips: 1, people: 40, engagementsPerTrip: 150, membersPerTrip: 40 });
    const source: CheckSource = { ...dataset.trips[0]!, people: dataset.people, accommodations: [] };
    const conflicts = runChecks(source, { today: '2025-01-01' });
    const rank = (conflict: Finding) => (conflict.severity === 'error' ? 0 : 100) + CHECK_RULES.indexOf(conflict.rule);
    const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const engagementById = new Map(source.engagements.map((candidate) => [candidate.id, candidate]));
    const when = (id: string) => {
      const { start, end } = engagementById.get(id)!;
      return [Date.parse(start.utc), Date.parse(end.utc), id] as const;
    };
    const inTime = (a: readonly [number, number, string], b: readonly [number, number, string]) =>
      a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
    const byTime = (a: Finding, b: Finding) =>
      inTime(when(a.engagementIds[0]!), when(b.engagementIds[0]!)) ||
      inTime(when(a.engagementIds[1]!), when(b.engagementIds[1]!));
    const expected = [...conflicts].sort(
      (a, b) => rank(a) - rank(b) || (a.rule === 'double-booking' ? byTime(a, b) : byId(a, b)),
    );
    expect(new Set(conflicts.map((conflict) => conflict.rule))).toEqual(new Set(['double-booking', 'night-without-hotel']));
    expect(conflicts.filter((conflict) => conflict.rule === 'double-booking').length).toBeGreaterThan(40);
    expect(conflicts.map((conflict) => conflict.id)).toEqual(expected.map((conflict) => conflict.id));
  });
});
