/**
 * Personal data that others must not read over the organiser's shoulder: passport numbers and dates of birth.
 * Screens show them masked until the organiser reveals them one field at a time, and what others receive
 * (delegates' books, calendars, a roster CSV) leaves them out unless the organiser asks for them. Masking
 * keeps enough to tell people apart on screen (the last three characters, the year of birth) and no more.
 */
import type { IsoDate } from '../shared/date-arithmetic';

/** The character that stands for a hidden one. */
export const MASK = '•';

/** How many characters of a passport number stay visible at its end. */
const VISIBLE_PASSPORT_CHARACTERS = 3;

/**
 * A passport number with all but its last three characters hidden: "123456789" → "••••••789". A number of
 * three characters or fewer is hidden whole; an empty one stays empty (there is nothing to hide).
 */
export function maskPassportNumber(passportNumber: string): string {
  const number = passportNumber.trim();
  if (number === '') return '';
  if (number.length <= VISIBLE_PASSPORT_CHARACTERS) return MASK.repeat(number.length);
  return MASK.repeat(number.length - VISIBLE_PASSPORT_CHARACTERS) + number.slice(-VISIBLE_PASSPORT_CHARACTERS);
}

/** A date of birth with only its year shown: "1980-12-31" → "•••• 1980"; null stays empty. */
export function maskDateOfBirth(dateOfBirth: IsoDate | null): string {
  if (dateOfBirth === null) return '';
  return `${MASK.repeat(4)} ${dateOfBirth.slice(0, 4)}`;
}

/** The person's fields that are personal data of this kind, left out of what others see. */
export const SENSITIVE_PERSON_FIELDS = ['passportNumber', 'dateOfBirth'] as const;
