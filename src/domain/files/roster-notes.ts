/**
 * What the roster import says about rows that match people already stored, and how emails are compared: the
 * part of reading a roster that the storage layer needs, apart from the CSV reader (and papaparse), which is
 * fetched only when a roster is imported.
 */
import { message, type Message } from '../shared/message';

/** Emails compare without case or surrounding space. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** Something to know about a row that is imported, such as a person already in the directory. */
export interface RowNote {
  row: number;
  message: Message;
}

export type DirectoryMatch = 'in-directory' | 'on-trip';

/** The note for a row whose email matches a person already stored; `done` after the import, else before. */
export function directoryMatchNote(row: number, name: string, match: DirectoryMatch, done: boolean): RowNote {
  const facts = { row, name };
  const said =
    match === 'on-trip'
      ? done
        ? message('people:import.note.onTripDone', facts)
        : message('people:import.note.onTrip', facts)
      : done
        ? message('people:import.note.inDirectoryDone', facts)
        : message('people:import.note.inDirectory', facts);
  return { row, message: said };
}
