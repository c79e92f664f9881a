/** The fields of a person record that a test about something else leaves unknown: no passport details yet. */
import type { Person } from '../../src/domain/people/person';

export const PASSPORT_UNKNOWN = {
  title: '',
  givenNames: '',
  familyName: '',
  nameOrder: 'given-first',
  nameAsEntered: null,
  nameToConfirm: false,
  sex: null,
  dateOfBirth: null,
  placeOfBirth: '',
  passportNumber: '',
  passportIssueDate: null,
  passportAuthority: '',
  visaType: '',
} as const satisfies Partial<Person>;
