/**
 * The clashes a sync lists for review: a field two organisers changed apart, once, with the value the one whose
 * change lost had left it at.
 */
import { describe, expect, it } from 'vitest';
import { changeId, type FieldChange } from '../../../../src/domain/history/field-changes';
import { formatTimestamp } from '../../../../src/domain/history/hybrid-logical-clock';
import { findClashes, type ChangeOrigin } from '../../../../src/domain/sync/sync-merge';

const ADA = 'aaaaaaaaaaaaaaaa';
const LI = 'bbbbbbbbbbbbbbbb';

function notes(node: string, minute: number, value: string): FieldChange {
  const hlc = formatTimestamp({ millis: Date.parse('2026-12-04T09:00:00Z') + minute * 60_000, counter: 0, node });
  return { id: changeId(hlc, 'trips', 'trip-1', 'notes'), hlc, table: 'trips', recordId: 'trip-1', field: 'notes', value, organiser: node === ADA ? 'Ada Brennan' : '李娜' };
}

/** Both wrote one segment each while apart: neither had read the other's. */
const origin = (change: FieldChange): ChangeOrigin => ({ node: change.hlc.slice(-16), seq: 2, seen: {} });

describe('clashes found at a sync', () => {
  it('lists a field both changed apart once, with the last value the loser gave it', () => {
    const adas = [notes(ADA, 1, 'Banquet at 19:00'), notes(ADA, 5, 'Banquet at 19:15'), notes(ADA, 9, 'Banquet at 19:20')];
    const lis = [notes(LI, 2, 'No banquet'), notes(LI, 12, 'Banquet at 19:30')];
    const clashes = findClashes(adas, lis, origin);
    expect(clashes.map((clash) => ({ kept: clash.kept.value, lost: clash.lost.value, id: clash.id }))).toEqual([
      { kept: 'Banquet at 19:30', lost: 'Banquet at 19:20', id: adas[2]!.id },
    ]);
  });

  it('lists nothing when both left the field at the same value, whatever they tried on the way', () => {
    const adas = [notes(ADA, 1, 'Banquet at 19:00'), notes(ADA, 9, 'Banquet at 19:30')];
    const lis = [notes(LI, 2, 'No banquet'), notes(LI, 12, 'Banquet at 19:30')];
    expect(findClashes(adas, lis, origin)).toEqual([]);
  });
});
