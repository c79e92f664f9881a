/**
 * The order people are listed in: by family name, as a printed delegation list is, not by the first letters
 * of the name field, which would put every "Mr" together and every "Ms" after them. A person's name is one
 * field, so the family name is read from it: honorifics and letters after the name are set aside, a name in
 * Han characters is family name first (张伟: 张), and any other name is family name last (the last word).
 * Compared with `Intl.Collator`, so accents and case do not split the list; a caller showing the list to a
 * reader passes the reader's comparison (pinyin order in Chinese).
 */

/** Words before a name that are not part of it ("Rt Hon", "H.E."), lowercase, without full stops. */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lady',
  'lord',
  'baroness',
  'baron',
  'cllr',
  'councillor',
  'mayor',
  'deputy',
  'the',
  'rt',
  'right',
  'hon',
  'honourable',
  'rev',
  'revd',
  'reverend',
  'ambassador',
  'his',
  'her',
  'excellency',
  'he',
  'hrh',
]);

/** Letters after a name (honours, degrees, offices), lowercase, without full stops. */
const POST_NOMINALS = new Set([
  'obe',
  'mbe',
  'cbe',
  'kbe',
  'dbe',
  'cb',
  'cmg',
  'kcmg',
  'mp',
  'mep',
  'msp',
  'ms',
  'am',
  'qc',
  'kc',
  'dl',
  'jp',
  'phd',
  'frs',
  'freng',
  'jr',
  'sr',
  'ii',
  'iii',
]);

const HAN_FIRST = /^\p{Script=Han}/u;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A name's parts as the list orders them. */
export interface NameSortKey {
  family: string;
  /** The rest of the name, given names first, honorifics left out. */
  given: string;
}

const bare = (word: string) => word.toLocaleLowerCase().replace(/[.,]/g, '');

/**
 * The family name and the rest of a name, for ordering: "Councillor Phil Davies" → Davies, Phil; "Dr Ann
 * Lee OBE" → Lee, Ann; "张伟" → 张伟 (a Han name sorts as written, family name first). A name that is all
 * honorific ("Mayor") is its own family name.
 */
export function nameSortKey(name: string): NameSortKey {
  const trimmed = name.trim();
  if (HAN_FIRST.test(trimmed)) return { family: trimmed.replace(/\s+/g, ''), given: '' };
  // Letters after a comma ("Joe Anderson, OBE") are never the family name.
  const words = (trimmed.split(',')[0] ?? '').split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && HONORIFICS.has(bare(words[first]!))) first += 1;
  let last = words.length - 1;
  while (last > first && POST_NOMINALS.has(bare(words[last]!))) last -= 1;
  if (words.length === 0) return { family: trimmed, given: '' };
  return { family: words[last]!, given: words.slice(first, last).join(' ') };
}

/** How two texts compare: the reader's order (`Locale.compare`, pinyin in Chinese), by default English. */
export type TextCompare = (a: string, b: string) => number;

const inEnglish: TextCompare = collator.compare;

/**
 * Two names in list order: by family name, then the rest of the name, then the whole name as typed, each
 * compared by `compare` (pass the reader's, so that Chinese names sort by pinyin in a Chinese list).
 */
export function compareByFamilyName(a: string, b: string, compare: TextCompare = inEnglish): number {
  const left = nameSortKey(a);
  const right = nameSortKey(b);
  return compare(left.family, right.family) || compare(left.given, right.given) || compare(a, b);
}

/** A copy of `items` in list order of the names `nameOf` gives, each name's key worked out once. */
export function inFamilyNameOrder<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  compare: TextCompare = inEnglish,
): T[] {
  const keyed = items.map((item) => {
    const name = nameOf(item);
    return { item, name, key: nameSortKey(name) };
  });
  keyed.sort(
    (a, b) => compare(a.key.family, b.key.family) || compare(a.key.given, b.key.given) || compare(a.name, b.name),
  );
  return keyed.map((entry) => entry.item);
}
