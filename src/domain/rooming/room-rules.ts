/**
 * The rules of a room: how many its type sleeps, which nights each occupant has in it, and what the room form
 * may save. Nights are calendar dates (the night of 13 Nov runs into the morning of the 14th), so nothing here
 * depends on a clock or a zone: a room booked across the night the clocks change has as many nights as any other.
 */
import { message, day, type Message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';
import { isIsoDate } from '../shared/time';
import { addDays, daysBetween, type IsoDate } from '../shared/date-arithmetic';
import type { Hotel } from '../route/hotel';
import { ROOM_TYPES, type Room, type RoomOccupant, type RoomType } from './room';

/**
 * How many people a room of each type sleeps; null where the type says nothing about it (a suite may have a
 * sofa bed or a second bedroom), so no check counts its occupants.
 */
export const ROOM_SLEEPS: Readonly<Record<RoomType, number | null>> = {
  single: 1,
  twin: 2,
  double: 2,
  triple: 3,
  suite: null,
};

/** The nights a stay is booked for: from its check-in date to the night before its check-out date. */
export function stayNights(stay: Pick<Hotel, 'checkInDate' | 'checkOutDate'>): IsoDate[] {
  return datesFrom(stay.checkInDate, stay.checkOutDate);
}

/** Each night from `first` up to the night before `until`; none when `until` is not later. */
export function datesFrom(first: IsoDate, until: IsoDate): IsoDate[] {
  const count = daysBetween(first, until);
  if (!(count > 0)) return [];
  return Array.from({ length: count }, (_, index) => addDays(first, index));
}

/**
 * The nights an occupant sleeps in the room: from their check-in date to the night before they check out,
 * within the stay's own dates (a stay shortened since the room was made keeps its occupants to its nights).
 */
export function occupantNights(occupant: Pick<RoomOccupant, 'checkInDate' | 'checkOutDate'>, stay?: Pick<Hotel, 'checkInDate' | 'checkOutDate'>): IsoDate[] {
  const first = stay && stay.checkInDate > occupant.checkInDate ? stay.checkInDate : occupant.checkInDate;
  const until = stay && stay.checkOutDate < occupant.checkOutDate ? stay.checkOutDate : occupant.checkOutDate;
  return datesFrom(first, until);
}

/**
 * The nights a room is booked for, as a hotel bills it: every night someone sleeps in it; for a room held for
 * someone not yet named, every night of the stay.
 */
export function roomNights(room: Pick<Room, 'occupants'>, stay: Pick<Hotel, 'checkInDate' | 'checkOutDate'>): IsoDate[] {
  if (room.occupants.length === 0) return stayNights(stay);
  const nights = new Set<IsoDate>();
  for (const occupant of room.occupants) for (const night of occupantNights(occupant, stay)) nights.add(night);
  return [...nights].sort();
}

// ---------------------------------------------------------------------------------------------------------------
// The room form

/** One occupant as the form edits them: dates as typed. */
export interface RoomOccupantDraft {
  personId: string;
  checkInDate: string;
  checkOutDate: string;
}

/** What the room form edits. */
export interface RoomDraft {
  accommodationId: string;
  type: RoomType;
  occupants: RoomOccupantDraft[];
  requests: string;
  confirmation: string;
}

/** A field of the form, as the form library names it: `occupants.1.checkOutDate` is the second occupant's. */
export type RoomDraftField =
  | 'accommodationId'
  | 'type'
  | 'occupants'
  | `occupants.${number}.${keyof RoomOccupantDraft}`;

/** One message per field that is wrong. */
export type RoomDraftErrors = Partial<Record<RoomDraftField, Message>>;

/** What the form's rules read besides the draft: the stay the room is at, and the trip's members by id with their names. */
export interface RoomDraftContext {
  stay: Pick<Hotel, 'id' | 'checkInDate' | 'checkOutDate'> | null;
  memberNames: ReadonlyMap<string, string>;
}

export function roomToDraft(room: Room): RoomDraft {
  const { accommodationId, type, requests, confirmation } = room;
  return { accommodationId, type, requests, confirmation, occupants: room.occupants.map((occupant) => ({ ...occupant })) };
}

/** A new room at a stay: a single, with a line for its guest, for the whole stay until someone is chosen. */
export function emptyRoomDraft(stay: Pick<Hotel, 'id' | 'checkInDate' | 'checkOutDate'>): RoomDraft {
  return {
    accommodationId: stay.id,
    type: 'single',
    occupants: [{ personId: '', checkInDate: stay.checkInDate, checkOutDate: stay.checkOutDate }],
    requests: '',
    confirmation: '',
  };
}

function dateProblem(value: string, missing: Message): Message | null {
  if (!value.trim()) return missing;
  if (!isIsoDate(value.trim())) return message('rooming:errors.occupant.notADate', { value });
  return null;
}

/** Every rule the form holds a room to, with a message for each field that breaks one. */
export function validateRoomDraft(draft: RoomDraft, context: RoomDraftContext): RoomDraftErrors {
  const errors: RoomDraftErrors = {};
  const { stay } = context;
  if (!stay || stay.id !== draft.accommodationId) errors.accommodationId = message('rooming:errors.stayGone');
  if (!(ROOM_TYPES as readonly string[]).includes(draft.type)) errors.type = message('rooming:errors.type');
  const taken = new Map<string, IsoDate[]>();
  draft.occupants.forEach((occupant, index) => {
    const at = (field: keyof RoomOccupantDraft) => `occupants.${index}.${field}` as const;
    const name = context.memberNames.get(occupant.personId);
    if (!occupant.personId) errors[at('personId')] = message('rooming:errors.occupant.person');
    else if (name === undefined) errors[at('personId')] = message('rooming:errors.occupant.notOnTrip');
    const checkIn = dateProblem(occupant.checkInDate, message('rooming:errors.occupant.checkInMissing'));
    const checkOut = dateProblem(occupant.checkOutDate, message('rooming:errors.occupant.checkOutMissing'));
    if (checkIn) errors[at('checkInDate')] = checkIn;
    if (checkOut) errors[at('checkOutDate')] = checkOut;
    if (checkIn || checkOut) return;
    const first = occupant.checkInDate.trim();
    const until = occupant.checkOutDate.trim();
    if (until <= first) {
      errors[at('checkOutDate')] = message('rooming:errors.occupant.checkOutBeforeCheckIn');
      return;
    }
    if (stay && (first < stay.checkInDate || until > stay.checkOutDate)) {
      const facts = { from: day(stay.checkInDate), to: day(stay.checkOutDate) };
      errors[at(first < stay.checkInDate ? 'checkInDate' : 'checkOutDate')] = message('rooming:errors.occupant.outsideStay', facts);
      return;
    }
    if (name === undefined) return;
    // The same person twice in one room is a mistake when their nights meet: one bed each night.
    const nights = datesFrom(first, until);
    const before = taken.get(occupant.personId);
    if (before && nights.some((night) => before.includes(night))) {
      errors[at('personId')] = message('rooming:errors.occupant.twice', { name });
    }
    taken.set(occupant.personId, [...(before ?? []), ...nights]);
  });
  return errors;
}

/** The draft as it is saved (dates and words trimmed), or the message for each field that is wrong. */
export function parseRoomDraft(draft: RoomDraft, context: RoomDraftContext): Result<RoomDraft, RoomDraftErrors> {
  const errors = validateRoomDraft(draft, context);
  if (Object.keys(errors).length > 0) return err(errors);
  return ok({
    accommodationId: draft.accommodationId,
    type: draft.type,
    occupants: draft.occupants.map((occupant) => ({
      personId: occupant.personId,
      checkInDate: occupant.checkInDate.trim(),
      checkOutDate: occupant.checkOutDate.trim(),
    })),
    requests: draft.requests.trim(),
    confirmation: draft.confirmation.trim(),
  });
}
