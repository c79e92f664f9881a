/** Where the delegation sleeps at a stop. The local-script address is the one shown to a taxi driver. */
import { z } from 'zod';
import { err, hasErrors, ok, type FieldErrors, type Result } from './result';
import { isIsoDate, isoDateSchema } from './time';
import { calendarIdentitySchema } from './travel-segment';

export const accommodationSchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  stopId: z.string().min(1),
  name: z.string().trim().min(1),
  nameLocal: z.string(),
  address: z.string(),
  addressLocal: z.string(),
  phone: z.string(),
  checkInDate: isoDateSchema,
  checkOutDate: isoDateSchema,
  notes: z.string(),
  calendar: calendarIdentitySchema,
});
export type Accommodation = z.infer<typeof accommodationSchema>;

/** What the hotel form edits. */
export interface AccommodationDraft {
  stopId: string;
  name: string;
  nameLocal: string;
  address: string;
  addressLocal: string;
  phone: string;
  checkInDate: string;
  checkOutDate: string;
  notes: string;
}

export function accommodationToDraft(stay: Accommodation): AccommodationDraft {
  const { stopId, name, nameLocal, address, addressLocal, phone, checkInDate, checkOutDate, notes } = stay;
  return { stopId, name, nameLocal, address, addressLocal, phone, checkInDate, checkOutDate, notes };
}

export function validateAccommodationDraft(draft: AccommodationDraft): FieldErrors<AccommodationDraft> {
  const errors: FieldErrors<AccommodationDraft> = {};
  if (!draft.stopId) errors.stopId = 'Choose the city.';
  if (!draft.name.trim()) errors.name = 'Enter the hotel’s name.';
  if (!isIsoDate(draft.checkInDate)) {
    errors.checkInDate = draft.checkInDate.trim() ? `“${draft.checkInDate}” is not a date.` : 'Enter the check-in date.';
  }
  if (!isIsoDate(draft.checkOutDate)) {
    errors.checkOutDate = draft.checkOutDate.trim()
      ? `“${draft.checkOutDate}” is not a date.`
      : 'Enter the check-out date.';
  }
  if (!errors.checkInDate && !errors.checkOutDate && draft.checkOutDate <= draft.checkInDate) {
    errors.checkOutDate = 'Check-out comes at least a day after check-in.';
  }
  return errors;
}

export function parseAccommodationDraft(
  draft: AccommodationDraft,
): Result<AccommodationDraft, FieldErrors<AccommodationDraft>> {
  const errors = validateAccommodationDraft(draft);
  if (hasErrors(errors)) return err(errors);
  const trim = (text: string) => text.trim();
  return ok({
    ...draft,
    name: trim(draft.name),
    nameLocal: trim(draft.nameLocal),
    address: trim(draft.address),
    addressLocal: trim(draft.addressLocal),
    phone: trim(draft.phone),
    notes: trim(draft.notes),
  });
}
