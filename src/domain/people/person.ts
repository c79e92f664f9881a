/**
 * People who travel with delegations, shared by every trip, and their membership of a trip: role and the
 * stops of the route they are present for. Participant data is personal data: it stays on this machine.
 */
import { z } from 'zod';
import { isoDateSchema } from '../shared/time';
import { compareByFamilyName } from './name-order';

/**
 * Persisted values: do not rename. In the order the form offers them; their words are the catalogue's
 * (`people:visa.<status>`). 'not-required' (someone whose passport
 * lets them in without a visa) came later; as a new value of a field that is not indexed it needed no schema
 * version, and older builds refuse a backup that holds it, as they refuse any record they cannot read.
 */
export const VISA_STATUSES = [
  'not-started',
  'invitation-requested',
  'invitation-received',
  'applied',
  'granted',
  'refused',
  'not-required',
] as const;
export type VisaStatus = (typeof VISA_STATUSES)[number];

/** Whether the visa question is settled in the traveller's favour: granted, or none needed. */
export const hasVisaSettled = (status: VisaStatus): boolean => status === 'granted' || status === 'not-required';

/** Persisted values: the sex as the passport gives it (F, M, or X where a passport allows it). */
export const PASSPORT_SEXES = ['F', 'M', 'X'] as const;
export type PassportSex = (typeof PASSPORT_SEXES)[number];

/**
 * Persisted values: the order a person's names are said and written in. Chinese, Japanese, Korean and
 * Hungarian names put the family name first; most others put it last.
 */
export const NAME_ORDERS = ['given-first', 'family-first'] as const;
export type NameOrder = (typeof NAME_ORDERS)[number];

export const personSchema = z.object({
  id: z.string().min(1),
  /**
   * The name as the app shows it everywhere, with any title ("Councillor Phil Davies", "张伟"). Since schema
   * version 7 the form composes it from `title`, `givenNames` and `familyName`; before, it was the only name.
   */
  name: z.string().trim().min(1),
  /** The name in the local script of the trip's destination, or their own (Chinese characters). */
  nameLocal: z.string(),
  /** Words before the name that are not in the passport: "Councillor", "Dr", "H.E.". */
  title: z.string(),
  /** Given names as in the passport's machine-readable zone, in Latin letters; empty when not known. */
  givenNames: z.string(),
  /** Family name as in the passport; empty when not known. */
  familyName: z.string(),
  nameOrder: z.enum(NAME_ORDERS),
  /**
   * The whole name as it was before it was split into given and family names (schema version 7's migration, or
   * an import with one name column); null for a person entered with the parts.
   */
  nameAsEntered: z.string().nullable(),
  /** True while the split of `nameAsEntered` is a guess the organiser has not confirmed. */
  nameToConfirm: z.boolean(),
  sex: z.enum(PASSPORT_SEXES).nullable(),
  dateOfBirth: isoDateSchema.nullable(),
  placeOfBirth: z.string(),
  /** The organisation they represent, when it is in the directory. */
  organisationId: z.string().nullable(),
  /** The organisation's name as they gave it, kept when it is not in the directory. */
  organisationName: z.string(),
  jobTitle: z.string(),
  email: z.string(),
  phone: z.string(),
  dietary: z.string(),
  accessibility: z.string(),
  nationality: z.string(),
  passportNumber: z.string(),
  passportIssueDate: isoDateSchema.nullable(),
  passportExpiry: isoDateSchema.nullable(),
  /** The authority that issued the passport, as printed ("HMPO", "公安部出入境管理局"). */
  passportAuthority: z.string(),
  /** The visa applied for or held: "M (business)", "F", "L". */
  visaType: z.string(),
  visaStatus: z.enum(VISA_STATUSES),
  emergencyContact: z.string(),
  notes: z.string(),
  sample: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

/** Persisted values: do not rename. Their words are the catalogue's (`people:role.<role>`). */
export const MEMBER_ROLES = ['head', 'delegate', 'organiser', 'interpreter', 'press', 'other'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** One event as a person's calendar was last sent it: persisted, do not rename. */
const sentEventSchema = z.object({
  /** SEQUENCE and STATUS: "2 CONFIRMED". */
  entry: z.string(),
  /** SUMMARY, without "Cancelled: ". */
  title: z.string().optional(),
  /** DTSTART and DTEND: UTC instants, or dates for an all-day item. */
  start: z.string().optional(),
  end: z.string().optional(),
});

export const membershipSchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  personId: z.string().min(1),
  role: z.enum(MEMBER_ROLES),
  /** The stops this person is present for. */
  stopIds: z.array(z.string()),
  notes: z.string(),
  /** When this person's calendar was last exported, ISO instant; null if never. */
  calendarExportedAt: z.string().nullable(),
  /**
   * What that export held (schema version 4): each event's UID with its SEQUENCE and STATUS, to tell the
   * updates they have not yet received. Null when never exported or exported before it was kept. Optional, so
   * that code which adds people to a trip need not know about calendars: absent means the same as null.
   *
   * Since, each event also keeps the title and times it was sent with, so that one deleted from the trip can
   * still be sent as cancelled (see SentEvent in calendar-digest.ts). Records from before hold the bare entry
   * string and stay valid. Nothing indexed changed, so this needed no new schema version.
   */
  calendarExportedEvents: z.record(z.string(), z.union([z.string(), sentEventSchema])).nullable().optional(),
  /**
   * The reminders that export carried, in short (see reminderDigest in calendar-reminders.ts), so that reminders
   * changed since tell that their next file would differ. Absent or null when not known: never a change.
   * Not indexed, so no new schema version.
   */
  calendarExportedReminders: z.string().nullable().optional(),
});
export type Membership = z.infer<typeof membershipSchema>;

/**
 * The delegation in the order it is listed and named in messages: the head of delegation first, then by role
 * (delegates, organisers, interpreters, press, others), then by family name (see name-order.ts), so "who"
 * reads the same every time.
 */
export function inDelegationOrder<T extends Pick<Membership, 'personId' | 'role'>>(
  memberships: readonly T[],
  nameOf: (personId: string) => string,
): T[] {
  const rank = (role: MemberRole) => MEMBER_ROLES.indexOf(role);
  return [...memberships].sort(
    (a, b) =>
      rank(a.role) - rank(b.role) ||
      compareByFamilyName(nameOf(a.personId), nameOf(b.personId)) ||
      (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
  );
}
