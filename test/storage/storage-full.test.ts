/**
 * A save refused because storage is full says so, and changes nothing already saved: each repository write is
 * one transaction, aborted whole.
 */
import { describe, expect, it } from 'vitest';
import { inChinese, inEnglish } from '../builders/words';
import { isStorageFull, saveFailureMessage } from '../../src/storage/storage-errors';
import { aTripDraft } from '../builders/trip-draft';
import { freshRepositories } from './test-database';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function snapshot(db: ReturnType<typeof freshRepositories>['db']) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])));
}

describe('a save when storage is full', () => {
  it('is refused with a message saying so, and the trip saved before is untouched', async () => {
    const { db, repos } = freshRepositories();
    const { tripId } = await repos.sample.load();
    const before = await snapshot(db);

    // The next write fails as a full disk makes it fail.
    db.trips.hook('updating', () => {
      throw quotaError();
    });
    const saving = repos.trips.update(tripId, aTripDraft({ name: 'Renamed while the disk is full' }).build());
    const error: unknown = await saving.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).not.toBeNull();
    expect(isStorageFull(error)).toBe(true);
    expect(inEnglish(saveFailureMessage(error).title)).toBe('Not saved: this computer’s storage is full');
    expect(inChinese(saveFailureMessage(error).title)).toBe('未保存：本机存储空间已满');
    expect(await snapshot(db)).toEqual(before);
  });

  it('tells a full disk from other failures, however the database wraps it', () => {
    expect(isStorageFull(quotaError())).toBe(true);
    expect(isStorageFull({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isStorageFull({ name: 'BulkError', failures: [new Error('x'), quotaError()] })).toBe(true);
    expect(isStorageFull(new Error('Constraint failed'))).toBe(false);
    expect(isStorageFull(undefined)).toBe(false);
    expect(inEnglish(saveFailureMessage(new Error('Constraint failed')).message)).toContain('Nothing already saved was changed');
  });
});
