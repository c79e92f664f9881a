/** Where the delegation sleeps at a stop. The local-script address is the one shown to a taxi driver. */
import { z } from 'zod';
import { err, hasErrors, ok, type FieldMessages, type Result } from '../shared/result';
import { message } from '../shared/message';
import { isIsoDate, isoDateSchema } from '../shared/time';
import { calendarIdentitySchema } from '../shared/calendar-identity';

export const hotelSchema = z.object({
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
export type Hotel = z.infer<typeof hotelSchema>;

/** What the hotel form edits. */
export interface HotelDraft {
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

export function hotelToDraft(stay: Hotel): HotelDraft {
  const { stopId, name, nameLocal, address, addressLocal, phone, checkInDate, checkOutDate, notes } = stay;
  return { stopId, name, nameLocal, address, addressLocal, phone, checkInDate, checkOutDate, notes };
}

export function validateHotelDraft(draft: HotelDraft): FieldMessages<HotelDraft> {
  const errors: FieldMessages<HotelDraft> = {};
  if (!draft.stopId) errors.stopId = message('route:errors.hotel.city');
  if (!draft.name.trim()) errors.name = message('route:errors.hotel.name');
  if (!isIsoDate(draft.checkInDate)) {
    errors.checkInDate = draft.checkInDate.trim()
      ? message('route:errors.hotel.notADate', { value: draft.checkInDate })
      : message('route:errors.hotel.checkInMissing');
  }
  if (!isIsoDate(draft.checkOutDate)) {
    errors.checkOutDate = draft.checkOutDate.trim()
      ? message('route:errors.hotel.notADate', { value: draft.checkOutDate })
      : message('route:errors.hotel.checkOutMissing');
  }
  if (!errors.checkInDate && !errors.checkOutDate && draft.checkOutDate <= draft.checkInDate) {
    errors.checkOutDate = message('route:errors.hotel.checkOutBeforeCheckIn');
  }
  return errors;
}

export function parseHotelDraft(
  draft: HotelDraft,
): Result<HotelDraft, FieldMessages<HotelDraft>> {
  const errors = validateHotelDraft(draft);
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
