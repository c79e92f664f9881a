/**
 * The rules of the resource form: what an organiser types for a vehicle, an interpreter or a guide, and what is
 * kept of it. A vehicle keeps its seats, plate and driver; an interpreter or guide their languages and phone;
 * what belongs to the other kind is dropped on saving, so switching the kind in the form leaves nothing behind.
 * Each refusal names its field.
 */
import { message } from '../shared/message';
import { err, hasErrors, ok, type FieldMessages, type Result } from '../shared/result';
import { isVehicle, RESOURCE_KINDS, type Resource, type ResourceKind } from './resource';

/** What the resource form edits: the seats as typed. */
export interface ResourceDraft {
  kind: ResourceKind;
  name: string;
  company: string;
  /** Seats for passengers as typed; '' when not known. */
  capacity: string;
  plate: string;
  driverName: string;
  driverPhone: string;
  languages: string[];
  phone: string;
  notes: string;
}

/** A resource's own fields, as saved: everything but its id and trip. */
export type ResourceFields = Omit<Resource, 'id' | 'tripId'>;

export function emptyResourceDraft(kind: ResourceKind = 'coach'): ResourceDraft {
  return { kind, name: '', company: '', capacity: '', plate: '', driverName: '', driverPhone: '', languages: [], phone: '', notes: '' };
}

export function resourceToDraft(resource: Resource): ResourceDraft {
  const { kind, name, company, capacity, plate, driverName, driverPhone, languages, phone, notes } = resource;
  return { kind, name, company, capacity: capacity === null ? '' : String(capacity), plate, driverName, driverPhone, languages: [...languages], phone, notes };
}

/** Digits, spaces, brackets, dots, slashes and hyphens, an optional leading +, and at least five digits. */
const PHONE = /^\+?[\d\s().\-/]+$/;
const MIN_PHONE_DIGITS = 5;
const MAX_PHONE_DIGITS = 20;

/** Whether typed text reads as a telephone number ("+86 138 0013 8000", "(0151) 496 0100"); full-width digits count. */
export function isPhoneNumber(typed: string): boolean {
  const text = typed.normalize('NFKC').trim();
  const digits = text.replace(/\D/g, '').length;
  return PHONE.test(text) && digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
}

/** The seats as a whole number of 1 or more; null when the field is empty, undefined when it is not such a number. */
function seats(typed: string): number | null | undefined {
  const text = typed.normalize('NFKC').trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

/** A language tag as kept: trimmed, once each, in the order given. */
function languagesOf(typed: readonly string[]): string[] {
  return [...new Set(typed.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/** One message per field that is wrong. */
export function validateResourceDraft(draft: ResourceDraft): FieldMessages<ResourceDraft> {
  const errors: FieldMessages<ResourceDraft> = {};
  if (!RESOURCE_KINDS.includes(draft.kind)) errors.kind = message('logistics:errors.kind');
  if (!draft.name.trim()) errors.name = message('logistics:errors.nameRequired');
  if (isVehicle(draft.kind)) {
    if (seats(draft.capacity) === undefined) errors.capacity = message('logistics:errors.capacity', { value: draft.capacity.trim() });
    const phone = draft.driverPhone.trim();
    if (phone && !isPhoneNumber(phone)) errors.driverPhone = message('logistics:errors.phone', { value: phone, example: '+86 138 0013 8000' });
  } else {
    const phone = draft.phone.trim();
    if (phone && !isPhoneNumber(phone)) errors.phone = message('logistics:errors.phone', { value: phone, example: '+86 138 0013 8000' });
  }
  return errors;
}

/** The resource as saved, or why not: a vehicle drops languages and phone, anyone else the seats, plate and driver. */
export function parseResourceDraft(draft: ResourceDraft): Result<ResourceFields, FieldMessages<ResourceDraft>> {
  const errors = validateResourceDraft(draft);
  if (hasErrors(errors)) return err(errors);
  const vehicle = isVehicle(draft.kind);
  const trim = (text: string) => text.normalize('NFC').trim();
  return ok({
    kind: draft.kind,
    name: trim(draft.name),
    company: trim(draft.company),
    capacity: vehicle ? (seats(draft.capacity) ?? null) : null,
    plate: vehicle ? trim(draft.plate) : '',
    driverName: vehicle ? trim(draft.driverName) : '',
    driverPhone: vehicle ? trim(draft.driverPhone) : '',
    languages: vehicle ? [] : languagesOf(draft.languages),
    phone: vehicle ? '' : trim(draft.phone),
    notes: trim(draft.notes),
  });
}
