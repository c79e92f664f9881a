/**
 * The directory of partner organisations and their contacts, shared by every trip: the knowledge an
 * agency keeps from one mission to the next.
 */
import { z } from 'zod';
import { message, type Message } from '../shared/message';
import { err, hasErrors, ok, type FieldMessages, type Result } from '../shared/result';
import { matchesSearch } from '../shared/search';

/** Persisted values: do not rename. Worded by the catalogue (`directory:type.<value>`). */
export const ORGANISATION_TYPES = [
  'government',
  'company',
  'university',
  'investment-agency',
  'chamber-of-commerce',
  'technology-park',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const organisationSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  /** The name in local script, such as 正信集团. */
  nameLocal: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  sector: z.string(),
  city: z.string(),
  /** ISO 3166-1 alpha-2 code, or empty when unknown. */
  country: z.string().regex(/^([A-Z]{2})?$/),
  website: z.string(),
  address: z.string(),
  addressLocal: z.string(),
  notes: z.string(),
  tags: z.array(z.string()),
  /** Archived organisations keep their history but leave the pickers. */
  archived: z.boolean(),
  sample: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const contactSchema = z.object({
  id: z.string().min(1),
  organisationId: z.string().min(1),
  name: z.string().trim().min(1),
  nameLocal: z.string(),
  title: z.string(),
  email: z.string(),
  phone: z.string(),
  wechat: z.string(),
  languages: z.array(z.string()),
  notes: z.string(),
  sample: z.boolean(),
});
export type Contact = z.infer<typeof contactSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The organisation form

/** What the organisation form edits. */
export interface OrganisationDraft {
  name: string;
  nameLocal: string;
  type: OrganisationType;
  sector: string;
  city: string;
  country: string;
  website: string;
  address: string;
  addressLocal: string;
  notes: string;
  tags: string[];
}

export function emptyOrganisationDraft(): OrganisationDraft {
  return {
    name: '',
    nameLocal: '',
    type: 'company',
    sector: '',
    city: '',
    country: '',
    website: '',
    address: '',
    addressLocal: '',
    notes: '',
    tags: [],
  };
}

/**
 * A new organisation named by what was typed in a search for it: a name in Chinese script goes in the local
 * name, any other in the English one, so "Tianjin Port Group" and "天津港集团" each land where they belong.
 */
export function organisationDraftNamed(typed: string): OrganisationDraft {
  const name = typed.trim();
  return /\p{Script=Han}/u.test(name)
    ? { ...emptyOrganisationDraft(), nameLocal: name }
    : { ...emptyOrganisationDraft(), name };
}

export function organisationToDraft(organisation: Organisation): OrganisationDraft {
  const { name, nameLocal, type, sector, city, country, website, address, addressLocal, notes, tags } = organisation;
  return { name, nameLocal, type, sector, city, country, website, address, addressLocal, notes, tags: [...tags] };
}

export const MAX_NAME_LENGTH = 200;

/** The country codes a person is shown as examples: China's and the United Kingdom's. */
export const COUNTRY_CODE_EXAMPLES = { china: 'CN', uk: 'GB' } as const;

/** A scheme such as `mailto:` or `ftp://`; a colon followed by digits is a port (`example.com:8080`), not a scheme. */
const SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

/**
 * The website as it is stored: `https://` added to a bare domain, anything but an https address refused. An
 * `http://` address is refused too: the app opens web pages over https only (src/platform/external-links.ts, and
 * main's own rule), so it would be stored and then never open; {@link secureWebsite} gives what to offer instead.
 * Null when the text is not such a web address. Empty stays empty.
 */
export function normaliseWebsite(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return '';
  let candidate = trimmed;
  if (/^http:\/\//i.test(candidate)) return null;
  if (!/^https:\/\//i.test(candidate)) {
    if (SCHEME.test(candidate) || candidate.startsWith('//')) return null;
    candidate = `https://${candidate}`;
  }
  if (/\s/.test(candidate)) return null;
  try {
    const url = new URL(candidate);
    if (url.username || url.password) return null;
    const labels = url.hostname.split('.');
    if (labels.length < 2 || labels.some((label) => !label)) return null;
    return candidate;
  } catch {
    return null;
  }
}

/**
 * The https address of an `http://` one ("http://www.example.com" → "https://www.example.com"), for the organiser
 * to choose instead; null when the text is not an http address of a website.
 */
export function secureWebsite(text: string): string | null {
  const trimmed = text.trim();
  if (!/^http:\/\//i.test(trimmed)) return null;
  const secure = normaliseWebsite(`https://${trimmed.slice('http://'.length)}`);
  return secure || null;
}

/** Trimmed, without empty entries and without repeats that differ only in case (the first spelling is kept). */
export function uniqueLabels(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const value of values) {
    const label = value.trim().replace(/\s+/g, ' ');
    const key = label.toLocaleLowerCase();
    if (!label || seen.has(key)) continue;
    seen.add(key);
    labels.push(label);
  }
  return labels;
}

/** One message per field that is wrong, for the person filling in the form. */
export function validateOrganisationDraft(draft: OrganisationDraft): FieldMessages<OrganisationDraft> {
  const errors: FieldMessages<OrganisationDraft> = {};
  const name = draft.name.trim();
  if (!name) errors.name = message('directory:errors.organisationNameMissing');
  else if (name.length > MAX_NAME_LENGTH) errors.name = message('directory:errors.nameTooLong', { max: MAX_NAME_LENGTH });
  if (draft.nameLocal.trim().length > MAX_NAME_LENGTH) {
    errors.nameLocal = message('directory:errors.nameTooLong', { max: MAX_NAME_LENGTH });
  }
  if (!ORGANISATION_TYPES.includes(draft.type)) errors.type = message('directory:errors.typeMissing');
  const country = draft.country.trim();
  if (country && !/^[A-Za-z]{2}$/.test(country)) errors.country = message('directory:errors.countryCode', COUNTRY_CODE_EXAMPLES);
  if (secureWebsite(draft.website) !== null) {
    errors.website = message('directory:errors.websiteNotSecure', { typed: draft.website.trim() });
  } else if (normaliseWebsite(draft.website) === null) {
    errors.website = message('directory:errors.website', {
      typed: draft.website.trim(),
      short: 'www.example.com',
      full: 'https://www.example.com',
    });
  }
  return errors;
}

/** The draft as it is saved, if it is valid: trimmed, country in capitals, website with its scheme, tags unique. */
export function parseOrganisationDraft(
  draft: OrganisationDraft,
): Result<OrganisationDraft, FieldMessages<OrganisationDraft>> {
  const errors = validateOrganisationDraft(draft);
  if (hasErrors(errors)) return err(errors);
  return ok({
    name: draft.name.trim(),
    nameLocal: draft.nameLocal.trim(),
    type: draft.type,
    sector: draft.sector.trim(),
    city: draft.city.trim(),
    country: draft.country.trim().toUpperCase(),
    website: normaliseWebsite(draft.website) ?? '',
    address: draft.address.trim(),
    addressLocal: draft.addressLocal.trim(),
    notes: draft.notes.trim(),
    tags: uniqueLabels(draft.tags),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The contact form

/** What the contact form edits. */
export interface ContactDraft {
  name: string;
  nameLocal: string;
  title: string;
  email: string;
  phone: string;
  wechat: string;
  languages: string[];
  notes: string;
}

export function emptyContactDraft(): ContactDraft {
  return { name: '', nameLocal: '', title: '', email: '', phone: '', wechat: '', languages: [], notes: '' };
}

export function contactToDraft(contact: Contact): ContactDraft {
  const { name, nameLocal, title, email, phone, wechat, languages, notes } = contact;
  return { name, nameLocal, title, email, phone, wechat, languages: [...languages], notes };
}

/** Deliberately loose: something, an @, a domain with a dot. The mail server is the real judge. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** One message per field that is wrong, for the person filling in the form. */
export function validateContactDraft(draft: ContactDraft): FieldMessages<ContactDraft> {
  const errors: FieldMessages<ContactDraft> = {};
  const name = draft.name.trim();
  if (!name) errors.name = message('directory:errors.contactNameMissing');
  else if (name.length > MAX_NAME_LENGTH) errors.name = message('directory:errors.nameTooLong', { max: MAX_NAME_LENGTH });
  const email = draft.email.trim();
  if (email && !isEmailAddress(email)) errors.email = message('directory:errors.email', { typed: email, example: 'name@example.com' });
  const phone = draft.phone.trim();
  if (phone && !/^\+?[\d\s().-]{3,}(\s*(ext\.?|x)\s*\d+)?$/i.test(phone)) {
    errors.phone = message('directory:errors.phone');
  }
  return errors;
}

/** The draft as it is saved, if it is valid: trimmed, languages unique. */
export function parseContactDraft(draft: ContactDraft): Result<ContactDraft, FieldMessages<ContactDraft>> {
  const errors = validateContactDraft(draft);
  if (hasErrors(errors)) return err(errors);
  return ok({
    name: draft.name.trim(),
    nameLocal: draft.nameLocal.trim(),
    title: draft.title.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim(),
    wechat: draft.wechat.trim(),
    languages: uniqueLabels(draft.languages),
    notes: draft.notes.trim(),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Duplicates and search

/** Legal forms that say nothing about which organisation it is: "Zhengxin Group Ltd" is "Zhengxin Group". */
const LEGAL_SUFFIXES = new Set([
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'inc',
  'incorporated',
  'co',
  'corp',
  'corporation',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'oy',
  'as',
  'pty',
  'pte',
  'kk',
]);

/** The same in Chinese: 有限公司 (limited company) and its longer forms. Longest first. */
const LOCAL_LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '公司'];

/** Lower case, accents and compatibility forms (full-width letters) folded, for comparing and searching. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLocaleLowerCase();
}

/**
 * The key two names are the same organisation by: folded, punctuation and spaces gone, legal forms dropped
 * from the end, a leading "the" dropped. Empty when nothing is left.
 */
export function organisationNameKey(name: string): string {
  const words = foldText(name)
    .replace(/&/g, ' and ')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  let key = words.join('');
  for (const suffix of LOCAL_LEGAL_SUFFIXES) {
    if (key.endsWith(suffix) && key.length > suffix.length) {
      key = key.slice(0, -suffix.length);
      break;
    }
  }
  return key;
}

/**
 * The organisations that are probably the one being typed: any of its names (English or local script) has
 * the same key as any of theirs, so "zhengxin group ltd" finds Zhengxin Group and 正信集团 finds it too,
 * whichever field it was typed in. In the order given.
 */
export function findSimilarOrganisations<T extends Pick<Organisation, 'name' | 'nameLocal'>>(
  name: string,
  nameLocal: string,
  organisations: readonly T[],
): T[] {
  const typed = new Set([organisationNameKey(name), organisationNameKey(nameLocal)]);
  typed.delete('');
  if (typed.size === 0) return [];
  return organisations.filter((organisation) =>
    [organisation.name, organisation.nameLocal].some((existing) => {
      const key = organisationNameKey(existing);
      return key !== '' && typed.has(key);
    }),
  );
}

/** What the directory list can be narrowed to. Null means any. */
export interface DirectoryFilters {
  type: OrganisationType | null;
  /** ISO code. */
  country: string | null;
  tag: string | null;
  showArchived: boolean;
}

export const NO_DIRECTORY_FILTERS: DirectoryFilters = { type: null, country: null, tag: null, showArchived: false };

/**
 * Whether the organisation is shown for this search and these filters. Every word of the query must appear
 * (case and accents aside, Chinese also as pinyin) in its name in either script, sector, city, tags, or a contact's name.
 */
export function organisationMatches(
  organisation: Organisation,
  query: string,
  filters: DirectoryFilters,
  contactNames: readonly string[] = [],
): boolean {
  if (organisation.archived && !filters.showArchived) return false;
  if (filters.type && organisation.type !== filters.type) return false;
  if (filters.country && organisation.country !== filters.country.toUpperCase()) return false;
  if (filters.tag) {
    const tag = foldText(filters.tag);
    if (!organisation.tags.some((candidate) => foldText(candidate) === tag)) return false;
  }
  return matchesSearch(query, [
    organisation.name,
    organisation.nameLocal,
    organisation.sector,
    organisation.city,
    ...organisation.tags,
    ...contactNames,
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// The directory list, history, and the deletion rule

/** What the directory list shows of each organisation. */
export interface OrganisationSummary {
  organisation: Organisation;
  /** Its contacts' names in both scripts, for search. */
  contactNames: string[];
  contactCount: number;
  /** Engagements, in any trip, that list it. */
  engagementCount: number;
}

/** What keeps an organisation from being deleted: records elsewhere that point at it. */
export interface OrganisationUsage {
  engagementCount: number;
  tripCount: number;
  /** People in the directory who represent it. */
  peopleCount: number;
}

export function isInUse(usage: OrganisationUsage): boolean {
  return usage.engagementCount > 0 || usage.peopleCount > 0;
}

/**
 * Why the organisation cannot be deleted, and what to do instead: "Zhengxin Group has 2 engagements in 1 trip,
 * so it cannot be deleted. Archive it instead to hide it from pickers while keeping its history."
 */
export function deletionRefusalMessage(
  organisation: Pick<Organisation, 'name' | 'archived'>,
  usage: OrganisationUsage,
): Message {
  const name = organisation.name;
  const engagements = message('directory:count.engagements', { count: usage.engagementCount });
  const trips = message('directory:count.trips', { count: usage.tripCount });
  const people = message('directory:count.people', { count: usage.peopleCount });
  const why =
    usage.engagementCount > 0 && usage.peopleCount > 0
      ? message('directory:refusal.engagementsAndPeople', { name, engagements, trips, people })
      : usage.engagementCount > 0
        ? message('directory:refusal.engagements', { name, engagements, trips })
        : message('directory:refusal.people', { name, people });
  return organisation.archived
    ? message('directory:refusal.archivedAlready', { why })
    : message('directory:refusal.archiveInstead', { why });
}

/** Why a contact cannot be removed: engagements list them. */
export function contactRemovalRefusalMessage(contact: Pick<Contact, 'name'>, engagementCount: number): Message {
  return message('directory:refusal.contact', { name: contact.name, count: engagementCount });
}
