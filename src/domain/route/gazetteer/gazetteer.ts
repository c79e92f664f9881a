/**
 * The offline gazetteer: organisers type a city and get the place with its country, IANA zone and coordinates,
 * and its name in Chinese where the data has one (天津, 伦敦). Search forgives case and accents ("sao paulo", "zurich"), matches
 * the start of the name or of any word in it, the Chinese name ("天津", "伦敦"), and "City, Country" forms
 * ("Taizhou, China", "Portland, US"). Exact names rank first, then the more populous place, so "London" is the
 * British capital before London, Ontario. Everything is folded once when the gazetteer is built; a search is a
 * scan of precomputed strings, about half a millisecond for the ~7,300 cities of the shipped data.
 */

/** A city people can add to a route. */
export interface Place {
  /** The name as the place writes it in Latin script: "Zürich", "Xi'an". */
  name: string;
  /** The name in the local script where the gazetteer knows it (Chinese cities: "天津"); otherwise ''. */
  nameLocal: string;
  /**
   * The name in Chinese where the gazetteer knows it: a Chinese city's own ("天津"), a city abroad's as Chinese
   * writes it ("伦敦"); otherwise ''. Shown to a reader of Chinese; never stored as the local name.
   */
  nameZh: string;
  /** ISO 3166-1 alpha-2: "CN", "GB". */
  country: string;
  /** The country in English: "China", "United Kingdom". */
  countryName: string;
  /** The first-level division in English ("Shandong", "Oregon"); '' where the data has none. */
  province: string;
  /** Canonical IANA zone: "Asia/Shanghai", never the legacy link "Asia/Chongqing". */
  timeZone: string;
  latitude: number;
  longitude: number;
  population: number;
  /** Other names people search by but the place is not called on the route: 三藩市 for San Francisco. */
  otherNames?: readonly string[];
}

export interface Gazetteer {
  /** Places whose name, Chinese name or "name, country" form starts with the query; [] for an empty query. */
  search(query: string, limit?: number): Place[];
  /** How many places the gazetteer holds. */
  readonly size: number;
}

const DEFAULT_LIMIT = 10;

/** Country abbreviations people type that are neither the ISO code nor the start of the country's name. */
const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = { uk: 'GB', usa: 'US', uae: 'AE' };

/** Letters that carry no accent mark to strip, spelled as people type them without the accent. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};

/**
 * Text as the gazetteer compares it: lower case, accents removed, apostrophes dropped ("Xi'an" → "xian"),
 * other punctuation turned into single spaces ("Trois-Rivières" → "trois rivieres"). Chinese is kept as it is.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðþłıħ]/g, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .replace(/['’‘ʻ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `text` is `word` or starts with it, or has a word that does. Both are folded. */
function startsWordWith(text: string, word: string): boolean {
  return text.startsWith(word) || text.includes(` ${word}`);
}

interface Entry {
  place: Place;
  /** Folded name, then folded local name and other names when there are some. */
  names: readonly string[];
  countryName: string;
  country: string;
  province: string;
}

type Match = 'exact' | 'prefix' | 'none';

function matchName(entry: Entry, name: string): Match {
  let match: Match = 'none';
  for (const candidate of entry.names) {
    if (candidate === name) return 'exact';
    if (startsWordWith(candidate, name)) match = 'prefix';
  }
  return match;
}

function matchesRegion(entry: Entry, region: string): boolean {
  return (
    entry.country === region ||
    COUNTRY_ABBREVIATIONS[region]?.toLowerCase() === entry.country ||
    startsWordWith(entry.countryName, region) ||
    (entry.province !== '' && startsWordWith(entry.province, region))
  );
}

/** "Taizhou, China" → name "taizhou", region "china"; the last comma separates them. */
function parseQuery(query: string): { name: string; region: string } {
  const comma = query.lastIndexOf(',');
  if (comma < 0) return { name: foldForSearch(query), region: '' };
  return { name: foldForSearch(query.slice(0, comma)), region: foldForSearch(query.slice(comma + 1)) };
}

/**
 * A gazetteer over the given places. Folding and ordering happen here, once; keep the gazetteer rather than
 * building it per search. Places with the same name, country and province count as one.
 */
export function createGazetteer(places: readonly Place[]): Gazetteer {
  const byName = new Intl.Collator('en');
  const byPopulation = [...places].sort((a, b) => b.population - a.population || byName.compare(a.name, b.name));
  // The same city listed twice (the shipped data has one such pair) is kept once, the more populous record.
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const place of byPopulation) {
    const names = [place.name, place.nameLocal, place.nameZh, ...(place.otherNames ?? [])]
      .map(foldForSearch)
      .filter((name) => name !== '');
    const province = foldForSearch(place.province);
    const identity = `${names[0] ?? ''}|${place.country}|${province}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    entries.push({
      place,
      names,
      countryName: foldForSearch(place.countryName),
      country: place.country.toLowerCase(),
      province,
    });
  }

  return {
    size: entries.length,
    search(query: string, limit = DEFAULT_LIMIT): Place[] {
      const wanted = Math.floor(limit);
      const { name, region } = parseQuery(query);
      if (name === '' || !(wanted > 0)) return [];
      // Entries are in order of population, so each list comes out in the order it is shown in.
      const exact: Place[] = [];
      const partial: Place[] = [];
      for (const entry of entries) {
        const match = matchName(entry, name);
        if (match === 'none' || (region !== '' && !matchesRegion(entry, region))) continue;
        if (match === 'exact') {
          exact.push(entry.place);
          if (exact.length === wanted) break;
        } else if (partial.length < wanted) {
          partial.push(entry.place);
        }
      }
      return [...exact, ...partial].slice(0, wanted);
    },
  };
}
