/**
 * Chromium deletes a database whose files it finds damaged, and says so once, on the next open, with
 * `dataLoss: 'total'` on the upgrade event. The app then opens on an empty database and must say why.
 */
import { IDBFactory, IDBKeyRange, IDBVersionChangeEvent } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlannerDatabase } from '../../src/storage/database-open';

afterEach(() => {
  delete (IDBVersionChangeEvent.prototype as { dataLoss?: unknown }).dataLoss;
});

describe('data the browser discarded', () => {
  it('is told apart from a first start: the database opens, empty, saying the data was discarded', async () => {
    Object.defineProperty(IDBVersionChangeEvent.prototype, 'dataLoss', { value: 'total', configurable: true });
    const opened = await openPlannerDatabase({ name: 'discarded', indexedDB: new IDBFactory(), IDBKeyRange });
    expect(opened.status).toBe('open');
    if (opened.status !== 'open') return;
    expect(opened.discarded).toBe(true);
    expect(await opened.db.trips.count()).toBe(0);
    opened.db.close();
  });

  it('is not said on a first start, nor on an ordinary one', async () => {
    const indexedDB = new IDBFactory();
    for (const start of ['first', 'second']) {
      const opened = await openPlannerDatabase({ name: 'ordinary', indexedDB, IDBKeyRange });
      expect(opened.status === 'open' && opened.discarded, start).toBe(false);
      if (opened.status === 'open') opened.db.close();
    }
  });
});
