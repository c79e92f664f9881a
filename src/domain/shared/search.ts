/**
 * Search that finds Chinese names by what an organiser types: `青岛`, `qingdao`, `Qingdao`, `qing dao` and the
 * initials `qd` all find 青岛 (a city, an organisation, a person). A text is turned once into its search form:
 * folded (lower case, accents and full-width forms gone) and, where it has Han characters, followed by its
 * toneless pinyin written together and syllable by syllable and by the syllables' initials. Names read with a
 * family name first have a second reading where that character reads differently as a surname (曾 zēng, not
 * céng). A query matches when every word of it is found in one of the texts.
 *
 * The search forms are cached, so a list of 2,000 people or 20,000 engagements is turned into pinyin once, not
 * on every keystroke; the cache forgets everything once it holds more than CACHE_LIMIT texts.
 *
 * The pinyin dictionary is large (140 KB compressed), so it is not part of the code the window first paints
 * with: `loadPinyin` fetches it, and the app waits for it, alongside opening the database, before it shows any
 * data (see start.tsx); tests load it in their setup. Until it is loaded, texts are searched without their pinyin.
 */
import type { pinyin as pinyinOf } from 'pinyin-pro';

let pinyin: typeof pinyinOf | null = null;
let loading: Promise<void> | null = null;

/** Fetches the pinyin dictionary once; search uses it from then on. */
export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then((module) => {
    pinyin = module.pinyin;
    cache.clear();
  });
  return loading;
}

const HAN = /\p{Script=Han}/u;

/** Lower case, accents and compatibility forms (full-width letters) folded, as every search compares text. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLocaleLowerCase();
}

/** Toneless pinyin syllables of the Han characters of a text, other characters left out. */
function syllables(text: string, surname: boolean): string[] {
  if (!pinyin) return [];
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true, ...(surname && { surname: 'head' }) })
    .map((syllable) => syllable.trim().toLowerCase())
    .filter((syllable) => /^[a-z]+$/.test(syllable));
}

/** The pinyin readings of a text: together, syllable by syllable, and initials ("qingdao qing dao qd"). */
function pinyinForms(text: string): string {
  const readings = new Set<string>();
  for (const surname of [false, true]) {
    const parts = syllables(text, surname);
    if (parts.length === 0) continue;
    readings.add(parts.join(''));
    readings.add(parts.join(' '));
    readings.add(parts.map((part) => part[0]).join(''));
  }
  return [...readings].join(' ');
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/** The text as search compares it: folded, with its pinyin readings after it where it has Han characters. */
export function searchForm(text: string): string {
  let form = cache.get(text);
  if (form === undefined) {
    const folded = foldForSearch(text);
    const han = HAN.test(text);
    form = han ? `${folded} ${pinyinForms(text)}` : folded;
    // A Han text read before the dictionary came is not remembered, so that it is read again with it.
    if (pinyin || !han) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, form);
    }
  }
  return form;
}

/** The words of a query, folded; none for a blank query. */
export function queryWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/**
 * A test of texts against one query, its words folded once: whether every word is in one of the texts, by the
 * texts' search forms ({@link searchForm}). A blank query matches everything. Use it to filter a long list.
 */
export function searchMatcher(query: string): (texts: readonly string[]) => boolean {
  const words = queryWords(query);
  if (words.length === 0) return () => true;
  return (texts) => {
    const forms = texts.filter(Boolean).map(searchForm);
    return words.every((word) => forms.some((form) => form.includes(word)));
  };
}

/** Whether every word of `query` is in one of `texts`; see {@link searchMatcher}. */
export function matchesSearch(query: string, texts: readonly string[]): boolean {
  return searchMatcher(query)(texts);
}
