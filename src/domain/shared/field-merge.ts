/**
 * Two people editing one record at once, merged field by field against the version both started from (a
 * three-way merge): a field only one of them changed takes that change, so that nobody's edit of another field
 * is lost; a field both changed to different values is a clash, which the person saving chooses.
 */
import equal from 'fast-deep-equal';

/** One field both sides changed, to different values since `base`. */
export interface FieldClash<Draft> {
  field: keyof Draft & string;
  /** The value both started from. */
  base: Draft[keyof Draft & string];
  /** The value saved by someone else since. */
  theirs: Draft[keyof Draft & string];
  /** The value the person saving typed. */
  mine: Draft[keyof Draft & string];
}

export interface FieldMerge<Draft> {
  /** Every field: the side that changed it, or the saved value; a clashing field holds the saved value. */
  merged: Draft;
  clashes: FieldClash<Draft>[];
}

/**
 * Merges `mine` (a form's values) into `theirs` (the record as it is stored now), both changed from `base`
 * (the record as the form opened on it). Values compare by content (a home city is an object).
 */
export function mergeFields<Draft extends object>(base: Draft, mine: Draft, theirs: Draft): FieldMerge<Draft> {
  const merged = { ...theirs };
  const clashes: FieldClash<Draft>[] = [];
  for (const field of Object.keys(base) as (keyof Draft & string)[]) {
    if (equal(mine[field], base[field])) continue;
    if (!equal(theirs[field], base[field]) && !equal(mine[field], theirs[field])) {
      clashes.push({ field, base: base[field], theirs: theirs[field], mine: mine[field] });
    } else {
      merged[field] = mine[field];
    }
  }
  return { merged, clashes };
}

/**
 * An edit not saved because fields clash with a change saved since the form opened: the merge, and the record
 * as it is now (the base to merge with once the person has chosen).
 */
export interface EditClash<Draft> {
  ok: false;
  clash: FieldMerge<Draft> & { current: Draft };
}

/** What the person chose for each clashing field: their own value, or the one saved since. */
export type ClashChoices<Draft> = Partial<Record<keyof Draft & string, 'mine' | 'theirs'>>;

/** The merge with the person's choices applied: a field they kept as theirs takes their own value. */
export function resolveClashes<Draft extends object>(merge: FieldMerge<Draft>, choices: ClashChoices<Draft>): Draft {
  const resolved = { ...merge.merged };
  for (const clash of merge.clashes) {
    if ((choices[clash.field] ?? 'mine') === 'mine') resolved[clash.field] = clash.mine;
  }
  return resolved;
}
