import { describe, expect, it } from 'vitest';
import {
  findingMarks,
  parseAcknowledgementNote,
  reviewFindings,
  type Acknowledgement,
} from '../../../../src/domain/checks/acknowledgements';
import type { Finding } from '../../../../src/domain/checks/finding';
import { travelDocumentMessage } from '../../../../src/domain/checks/finding-wording';

const conflict = (id: string, changes: Partial<Finding> = {}): Finding => ({
  id,
  rule: 'double-booking',
  severity: 'error',
  message: travelDocumentMessage(`Conflict ${id}`),
  personIds: ['p1', 'p2'],
  engagementIds: [`e-${id}`],
  journeyIds: [],
  cityIds: ['s1'],
  fingerprint: `f-${id}`,
  ...changes,
});

const acknowledgement = (conflictId: string, fingerprint: string): Acknowledgement => ({
  id: `a-${conflictId}`,
  tripId: 't',
  conflictId,
  fingerprint,
  note: 'Intended',
  acknowledgedAt: '2026-11-21T09:00:00.000Z',
});

describe('reviewing conflicts', () => {
  const conflicts = [
    conflict('a'),
    conflict('b', { severity: 'warning', rule: 'tight-transfer' }),
    conflict('c', { severity: 'warning', rule: 'night-without-hotel', engagementIds: [] }),
  ];

  it('counts what needs attention, by severity, with nothing acknowledged', () => {
    const review = reviewFindings(conflicts, []);
    expect(review).toMatchObject({ openErrors: 1, openWarnings: 2, acknowledged: 0 });
    expect(review.items.map((item) => item.status)).toEqual(['open', 'open', 'open']);
  });

  it('lists an acknowledged conflict after those needing attention, with its note', () => {
    const review = reviewFindings(conflicts, [acknowledgement('a', 'f-a')]);
    expect(review.items.map((item) => [item.finding.id, item.status])).toEqual([
      ['b', 'open'],
      ['c', 'open'],
      ['a', 'acknowledged'],
    ]);
    expect(review).toMatchObject({ openErrors: 0, openWarnings: 2, acknowledged: 1 });
    expect(review.items[2]!.acknowledgement?.note).toBe('Intended');
  });

  it('puts a conflict whose situation changed since it was acknowledged back among those needing attention', () => {
    const review = reviewFindings(conflicts, [acknowledgement('b', 'an older fingerprint')]);
    expect(review.items.find((item) => item.finding.id === 'b')).toMatchObject({ status: 'changed' });
    expect(review).toMatchObject({ openWarnings: 2, acknowledged: 0 });
  });

  it('ignores an acknowledgement of a conflict that is no longer there', () => {
    const review = reviewFindings(conflicts, [acknowledgement('gone', 'f-gone')]);
    expect(review.items).toHaveLength(3);
    expect(review.acknowledged).toBe(0);
  });
});

describe('marks on items', () => {
  it('marks engagements and journeys with the conflicts needing attention, not acknowledged ones', () => {
    const review = reviewFindings(
      [conflict('a'), conflict('b', { engagementIds: ['e-a'], journeyIds: ['j1'] }), conflict('c')],
      [acknowledgement('c', 'f-c')],
    );
    const marks = findingMarks(review);
    expect(marks.byEngagement.get('e-a')?.map((item) => item.finding.id)).toEqual(['a', 'b']);
    expect(marks.byJourney.get('j1')?.map((item) => item.finding.id)).toEqual(['b']);
    expect(marks.byEngagement.has('e-c')).toBe(false);
    expect(marks.forPerson('p1').map((item) => item.finding.id)).toEqual(['a', 'b', 'c']);
    expect(marks.forPerson('nobody')).toEqual([]);
  });
});

describe('the note', () => {
  it('is required, trimmed, and not endless', () => {
    expect(parseAcknowledgementNote('  Intended  ')).toEqual({ ok: true, value: 'Intended' });
    expect(parseAcknowledgementNote('   ').ok).toBe(false);
    expect(parseAcknowledgementNote('x'.repeat(1001)).ok).toBe(false);
  });
});
