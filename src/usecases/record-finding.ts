/**
 * Finding people and engagements across every trip as the organiser types in the command palette. The records
 * are many (2,000 people and 20,000 engagements at full size): they are read once, as the organiser starts to
 * type, and each key after that searches them in memory. Reading them all and lower-casing their names takes a
 * second or more, so this runs in a worker (record-finding.worker.ts; record-finder.ts is the page's side), and
 * the page's thread stays free for the typing.
 *
 * A change to what can be found (a save in this window or another) makes the next search read them again.
 */
import { findRecords, type FindableRecord, type FoundRecord } from '../storage/trip-repository';

export interface RecordFinding {
  /** Reads the records now, unless they are held, for the search about to come. */
  prepare(): void;
  /** What can be found has changed: the next search reads every record again. */
  changed(): void;
  /** The people (at most `limit`), then the engagements (as many), whose names hold `text`, ignoring case. */
  find(text: string, limit: number): Promise<FoundRecord[]>;
}

/** `read` gives every findable record, as the trip repository's `findableRecords` does. */
export function createRecordFinding(read: () => Promise<FindableRecord[]>): RecordFinding {
  let records: Promise<FindableRecord[]> | null = null;
  const held = () => {
    const reading = (records ??= read());
    // A failed read is not kept: the next search tries again.
    reading.catch(() => {
      if (records === reading) records = null;
    });
    return reading;
  };
  return {
    prepare() {
      held();
    },
    changed() {
      records = null;
    },
    async find(text, limit) {
      if (!text.trim()) return [];
      // Without their lower-cased words: the page needs only what it shows.
      return findRecords(await held(), text, limit).map(({ words: _words, ...found }) => found);
    },
  };
}

/** The worker's functions (record-finding.worker.ts), each for the database it names. */
export interface RecordFindingWorker {
  prepare(databaseName: string): void;
  changed(databaseName: string): void;
  find(databaseName: string, text: string, limit: number): Promise<FoundRecord[]>;
}
