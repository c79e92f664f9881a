import { describe, expect, it } from 'vitest';
import { mergeFields, resolveClashes } from '../../../../src/domain/shared/field-merge';

interface Draft {
  name: string;
  notes: string;
  home: { name: string } | null;
}

const base: Draft = { name: 'Tianjin mission', notes: '', home: { name: 'Liverpool' } };

describe('merging two edits of one record by field', () => {
  it('keeps both when each side changed a different field', () => {
    const mine = { ...base, notes: 'Bring gifts for the hosts' };
    const theirs = { ...base, name: 'Tianjin and Beijing mission' };
    expect(mergeFields(base, mine, theirs)).toEqual({
      merged: { name: 'Tianjin and Beijing mission', notes: 'Bring gifts for the hosts', home: { name: 'Liverpool' } },
      clashes: [],
    });
  });

  it('reports a field both changed to different values, holding the saved value until chosen', () => {
    const mine = { ...base, name: 'Mission to Tianjin' };
    const theirs = { ...base, name: 'Tianjin and Beijing mission', notes: 'Visa letters sent' };
    const merge = mergeFields(base, mine, theirs);
    expect(merge.clashes).toEqual([{ field: 'name', base: 'Tianjin mission', theirs: 'Tianjin and Beijing mission', mine: 'Mission to Tianjin' }]);
    expect(merge.merged).toEqual(theirs);
    expect(resolveClashes(merge, {})).toEqual({ ...theirs, name: 'Mission to Tianjin' });
    expect(resolveClashes(merge, { name: 'theirs' })).toEqual(theirs);
  });

  it('sees no clash where both made the same change, and compares objects by content', () => {
    const mine = { ...base, name: 'Same', home: { name: 'Manchester' } };
    const theirs = { ...base, name: 'Same', home: { name: 'Manchester' } };
    expect(mergeFields(base, mine, theirs).clashes).toEqual([]);
    expect(mergeFields(base, { ...base, home: { name: 'Liverpool' } }, { ...base, home: null }).merged.home).toBeNull();
  });

  it('writes nothing of the form over a field it did not change', () => {
    const theirs = { ...base, notes: 'Changed elsewhere' };
    expect(mergeFields(base, { ...base }, theirs)).toEqual({ merged: theirs, clashes: [] });
  });
});
