/**
 * A whole name split into the parts a passport has: the title before it, given names and family name, and the
 * order the person says them in. Used where only a whole name is known: schema version 7's migration of every
 * person stored before, and a roster import with one name column. A split that could be wrong is said to be
 * uncertain, for the organiser to confirm: two words in a Latin-script name ("Phil Davies") or a Han name
 * with a one-character family name (张伟) are taken as certain; anything else (three or more words, "van der
 * Berg", a one-word name, a four-character Han name, a Latin name of a person whose name in characters is
 * Chinese, who may write it family name first) is a guess.
 *
 * The migration's results depend on this function: a change must keep test/unit/domain/people/name-split.test.ts
 * passing, since data already migrated is not migrated again.
 */
import type { NameOrder } from './person';

export interface NameParts {
  title: string;
  givenNames: string;
  familyName: string;
  nameOrder: NameOrder;
  /** True when the split is a guess the organiser should confirm. */
  uncertain: boolean;
}

/** Words before a name that are not part of it, lowercase, without full stops. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord', 'baroness', 'baron',
  'cllr', 'councillor', 'mayor', 'deputy', 'the', 'rt', 'right', 'hon', 'honourable', 'rev', 'revd', 'reverend',
  'ambassador', 'his', 'her', 'excellency', 'he', 'hrh', 'lord-mayor', 'metro',
]);

/** Letters after a name (honours, degrees), lowercase, without full stops: kept in the whole name only. */
const POST_NOMINALS = new Set([
  'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'cb', 'cmg', 'kcmg', 'mp', 'mep', 'msp', 'am', 'qc', 'kc', 'dl', 'jp',
  'phd', 'frs', 'freng', 'jr', 'sr', 'ii', 'iii',
]);

/** Chinese family names of two characters, the common ones. */
const COMPOUND_FAMILY_NAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '轩辕',
]);

const HAN = /^\p{Script=Han}+$/u;
const HAN_FIRST = /^\p{Script=Han}/u;

const bare = (word: string) => word.toLocaleLowerCase().replace(/[.,]/g, '');

/**
 * The parts of `name`. `nameLocal`, the name in characters when known, tells a Chinese person whose Latin name
 * may be written family name first: their split is then uncertain.
 */
export function splitName(name: string, nameLocal = ''): NameParts {
  const whole = name.trim().replace(/\s+/g, ' ');
  const compact = whole.replace(/\s+/g, '');
  if (HAN_FIRST.test(whole) && HAN.test(compact)) return splitHanName(compact);
  // Letters after a comma ("Joe Anderson, OBE") are never part of the name.
  const words = (whole.split(',')[0] ?? '').split(' ').filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && TITLES.has(bare(words[first]!))) first += 1;
  let last = words.length - 1;
  while (last > first && POST_NOMINALS.has(bare(words[last]!))) last -= 1;
  const title = words.slice(0, first).join(' ');
  const parts = words.slice(first, last + 1);
  if (parts.length === 0) return { title, givenNames: '', familyName: '', nameOrder: 'given-first', uncertain: true };
  if (parts.length === 1) return { title, givenNames: '', familyName: parts[0]!, nameOrder: 'given-first', uncertain: true };
  const chineseByCharacters = HAN_FIRST.test(nameLocal.trim());
  return {
    title,
    givenNames: parts.slice(0, -1).join(' '),
    familyName: parts[parts.length - 1]!,
    nameOrder: 'given-first',
    uncertain: parts.length > 2 || chineseByCharacters,
  };
}

function splitHanName(name: string): NameParts {
  const compound = COMPOUND_FAMILY_NAMES.has(name.slice(0, 2)) && name.length > 2;
  const familyLength = compound ? 2 : 1;
  return {
    title: '',
    givenNames: name.slice(familyLength),
    familyName: name.slice(0, familyLength),
    nameOrder: 'family-first',
    uncertain: name.length < 2 || (name.length >= 4 && !compound),
  };
}

/** The whole name as shown: the title, then the parts in the person's order ("Cllr Phil Davies", "张伟"). */
export function composeName(parts: Pick<NameParts, 'title' | 'givenNames' | 'familyName' | 'nameOrder'>): string {
  const given = parts.givenNames.trim();
  const family = parts.familyName.trim();
  const han = HAN.test(`${family}${given}`.replace(/\s+/g, ''));
  const ordered = parts.nameOrder === 'family-first' ? [family, given] : [given, family];
  const name = han ? ordered.join('') : ordered.filter(Boolean).join(' ');
  return [parts.title.trim(), name].filter(Boolean).join(' ');
}
