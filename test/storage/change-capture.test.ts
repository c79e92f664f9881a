import { describe, expect, it } from 'vitest';
import { inEnglish } from '../builders/words';
import { parseBackup } from '../../src/domain/files/backup';
import { aTripDraft } from '../builders/trip-draft';
import { databaseHash } from './database-hash';
import { freshRepositories } from './test-database';

async function withSample() {
  const { db, repos } = freshRepositories();
  await repos.sample.load();
  return { db, repos };
}

describe('undoing a change of many records', () => {
  it('puts back an import that added a trip and changed directory records, leaving the database as it was', async () => {
    const { db, repos } = await withSample();
    const before = await databaseHash(db);
    const people = await db.people.toArray();
    const captured = await repos.captureChanges(async () => {
      await repos.trips.create(aTripDraft().named('Return visit').from('2017-05-01').to('2017-05-05').build());
      await db.people.update(people[0]!.id, { name: 'Renamed by the change' });
      await db.organisations.clear();
    });
    expect(captured.touched).toBeGreaterThan(2);
    expect(await databaseHash(db)).not.toBe(before);

    expect(await captured.revert()).toEqual({ ok: true, value: undefined });
    expect(await databaseHash(db)).toBe(before);
  });

  it('puts a record written twice back as it was before the first write', async () => {
    const { db, repos } = await withSample();
    const [person] = await db.people.toArray();
    const captured = await repos.captureChanges(async () => {
      await db.people.update(person!.id, { name: 'First' });
      await db.people.update(person!.id, { name: 'Second' });
    });
    await captured.revert();
    expect((await db.people.get(person!.id))?.name).toBe(person!.name);
  });

  it('does not record writes made after the change finished', async () => {
    const { db, repos } = await withSample();
    const [first, second] = await db.people.toArray();
    const captured = await repos.captureChanges(() => db.people.update(first!.id, { name: 'Inside' }));
    await db.people.update(second!.id, { name: 'Outside' });
    await captured.revert();
    expect((await db.people.get(first!.id))?.name).toBe(first!.name);
    expect((await db.people.get(second!.id))?.name).toBe('Outside');
  });

  it('undoes a restore that merged a backup into the data', async () => {
    const { db, repos } = await withSample();
    const other = freshRepositories();
    await other.repos.trips.create(aTripDraft().named('Shenzhen fact-finding').from('2018-03-01').to('2018-03-04').build());
    const backup = parseBackup(await other.repos.backups.exportAll());
    if (!backup.ok) throw new Error(inEnglish(backup.error.message));
    const before = await databaseHash(db);

    const captured = await repos.captureChanges(() => repos.backups.restoreMerge(backup.value));
    expect((await db.trips.toArray()).map((trip) => trip.name)).toContain('Shenzhen fact-finding');
    await captured.revert();
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('erasing all data', () => {
  it('empties every table in one go, and the erase can be undone exactly', async () => {
    const { db, repos } = await withSample();
    const before = await databaseHash(db);
    expect(await repos.backups.hasData()).toBe(true);
    const captured = await repos.captureChanges(() => repos.backups.eraseAll());
    expect(captured.value.ok).toBe(true);
    expect(await repos.backups.hasData()).toBe(false);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    await captured.revert();
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('undoing an edit after others have changed the same records', () => {
  it('puts back only the fields the edit changed that nobody has changed since, and keeps records added and changed since', async () => {
    const { db, repos } = await withSample();
    const [trip] = await db.trips.toArray();
    const captured = await repos.captureChanges(async () => {
      await db.trips.update(trip!.id, { name: 'Renamed here', notes: 'Noted here' });
      await db.organisations.add({ ...(await db.organisations.toArray())[0]!, id: 'added-by-the-edit', name: 'Added here' });
    });
    // Meanwhile, in another window: the notes are changed again, and the added organisation is renamed.
    await db.trips.update(trip!.id, { notes: 'Noted since, elsewhere' });
    await db.organisations.update('added-by-the-edit', { name: 'Renamed since' });

    expect(await captured.revert()).toEqual({ ok: true, value: undefined });
    const after = await db.trips.get(trip!.id);
    expect(after?.name).toBe(trip!.name);
    expect(after?.notes).toBe('Noted since, elsewhere');
    expect((await db.organisations.get('added-by-the-edit'))?.name).toBe('Renamed since');
  });
});
