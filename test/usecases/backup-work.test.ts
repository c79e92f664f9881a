/**
 * Reading a backup in parts and off the page's thread: the backup the page puts together from the worker's
 * parts is the one the file holds, the stages are told in order, a refusal is the same as on the page, and a
 * cancelled reading gives nothing to restore. (Workers do not run here: the worker's functions are tested
 * directly, and the page's side with the work on the page, as where no worker can start.)
 */
import { describe, expect, it } from 'vitest';
import { parseBackup, type ReadingStage } from '../../src/domain/files/backup';
import { STORED_TABLES } from '../../src/domain/schema/schema-history';
import { addPart, createBackupWork, emptyTables, partsOf } from '../../src/usecases/backup-work';
import { createBackupWorker } from '../../src/usecases/backup-worker';
import { fullSizeBackup } from '../bench-browser/dataset';
import { aDatabaseWithTheSampleTrip } from './sample-data';

/** A backup of 3 trips of 60 engagements each, 50 people: enough records for several parts. */
const small = fullSizeBackup({ trips: 3, people: 50, engagementsPerTrip: 60, membersPerTrip: 10 });

describe('a backup read by the worker and taken in parts', () => {
  it('splits every table into parts that hold each record once, in the stored order', () => {
    const parsed = parseBackup(small.text);
    if (!parsed.ok) throw new Error('the backup was refused');
    const parts = partsOf(parsed.value.tables, 50);
    expect(parts.every((part) => part.end - part.start <= 50 && part.end > part.start)).toBe(true);
    for (const table of STORED_TABLES) {
      const covered = parts.filter((part) => part.table === table).reduce((sum, part) => sum + part.end - part.start, 0);
      expect(covered, table).toBe(parsed.value.tables[table].length);
    }
    expect(parts.map((part) => STORED_TABLES.indexOf(part.table))).toEqual([...parts.map((part) => STORED_TABLES.indexOf(part.table))].sort((a, b) => a - b));
  });

  it('is put back together by the page exactly as the file holds it, after telling its stages: reading, then checking every record', async () => {
    const work = createBackupWork();
    const stages: ReadingStage[] = [];
    const outcome = await work.read(new Blob([small.text]), (stage) => stages.push(stage));
    if (!outcome.ok) throw new Error('the backup was refused');
    const tables = emptyTables();
    for (let index = 0; index < outcome.parts; index += 1) addPart(tables, work.part(index));

    const direct = parseBackup(small.text);
    expect(direct.ok && { ...outcome.header, tables }).toEqual(direct.ok && direct.value);
    expect(outcome.records).toBe(small.records);
    expect(stages[0]).toEqual({ stage: 'reading' });
    const last = stages.at(-1);
    expect(last).toMatchObject({ stage: 'checking', checked: small.records, records: small.records });
    // Each engagement's start and end, and the journeys' times.
    expect(last?.stage === 'checking' && last.times).toBeGreaterThanOrEqual(3 * 60 * 2);
    // Nothing is held once the last part is taken.
    expect(() => work.part(0)).toThrow();
  });

  it('refuses a broken backup with the same words as reading it on the page', async () => {
    const broken = JSON.parse(small.text) as { tables: { engagements: { start: { local: string } }[] } };
    broken.tables.engagements[3]!.start.local = '2027-02-30T09:00';
    const text = JSON.stringify(broken);
    const outcome = await createBackupWork().read(text);
    const direct = parseBackup(text);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem).toEqual(!direct.ok && direct.error);
    expect(!outcome.ok && outcome.problem.table).toBe('engagements');
  });
});

describe('the page’s side of the backup worker, where no worker can start', () => {
  it('reads a backup on the page, with its stages', async () => {
    const stages: string[] = [];
    const read = await createBackupWorker(null).readBackup(small.text, { onProgress: (stage) => stages.push(stage.stage) });
    const direct = parseBackup(small.text);
    expect(read.ok && read.value).toEqual(direct.ok && direct.value);
    expect(stages[0]).toBe('reading');
    expect(stages.at(-1)).toBe('checking');
  });

  it('gives nothing to restore once the reading is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await createBackupWorker(null).readBackup(small.text, { signal: controller.signal })).toEqual({ ok: false, error: 'cancelled' });
  });

  it('reads on the page when the worker cannot be started', async () => {
    const read = await createBackupWorker(() => {
      throw new Error('no module workers here');
    }).readBackup(small.text);
    expect(read.ok).toBe(true);
  });

  it('makes the text of a backup with the repository when there is no worker to read the database', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const content = await createBackupWorker(null).exportAll(repos.backups);
    expect(typeof content).toBe('string');
    const parsed = parseBackup(content as string);
    expect(parsed.ok && parsed.value.tables.trips.map((trip) => trip.name)).toEqual(['Liverpool City Region trade mission to China']);
  });
});
