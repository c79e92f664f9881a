/**
 * The Web Worker that finds people and engagements across every trip for the command palette, off the page's
 * thread. A thin wrapper: the work is record-finding.ts's, and record-finder.ts is the page's side. The database
 * is opened for each reading and closed after it, so that no connection of the worker's is left to hold up the
 * page's upgrade or erasing of it.
 */
// First: before any module it imports makes a zod schema.
import '../zod-without-eval';
import { expose } from 'comlink';
import { withRepositories } from '../storage/repositories';
import { createRecordFinding, type RecordFinding, type RecordFindingWorker } from './record-finding';

const findings = new Map<string, RecordFinding>();

function findingIn(databaseName: string): RecordFinding {
  let finding = findings.get(databaseName);
  if (!finding) {
    finding = createRecordFinding(() => withRepositories(databaseName, ({ trips }) => trips.findableRecords()));
    findings.set(databaseName, finding);
  }
  return finding;
}

const worker: RecordFindingWorker = {
  prepare(databaseName) {
    findingIn(databaseName).prepare();
  },
  changed(databaseName) {
    findings.get(databaseName)?.changed();
  },
  find(databaseName, text, limit) {
    return findingIn(databaseName).find(text, limit);
  },
};

expose(worker);
