import { describe, expect, it } from 'vitest';
import { aTripDraft } from '../builders/trip-draft';
import { freshRepositories } from './test-database';

async function countAll(db: ReturnType<typeof freshRepositories>['db']): Promise<Record<string, number>> {
  // The data, not the change log, which records the removal and its undo as well.
  const entries = await Promise.all(db.tables.filter((table) => table.name !== 'changes').map(async (table) => [table.name, await table.count()] as const));
  return Object.fromEntries(entries);
}

describe('sample trip', () => {
  it('loads once: loading again points at the sample already there', async () => {
    const { db, repos } = freshRepositories();
    const first = await repos.sample.load();
    const counts = await countAll(db);
    const second = await repos.sample.load();
    expect(first.status).toBe('loaded');
    expect(second).toEqual({ status: 'already-loaded', tripId: first.tripId });
    expect(await countAll(db)).toEqual(counts);
  });

  it('loads the Shenzhen sample beside the Liverpool mission, each once', async () => {
    const { db, repos } = freshRepositories();
    const liverpool = await repos.sample.load('liverpool');
    const shenzhen = await repos.sample.load('shenzhen');
    expect(shenzhen.status).toBe('loaded');
    expect(shenzhen.tripId).not.toBe(liverpool.tripId);
    const counts = await countAll(db);
    expect(await repos.sample.load('shenzhen')).toEqual({ status: 'already-loaded', tripId: shenzhen.tripId });
    expect(await repos.sample.load()).toEqual({ status: 'already-loaded', tripId: liverpool.tripId });
    expect(await countAll(db)).toEqual(counts);
    const trip = await db.trips.get(shenzhen.tripId);
    expect(trip).toMatchObject({ sample: true, homeZone: 'Asia/Shanghai', name: '深圳市赴北美、欧洲和以色列科技创新交流团' });
  });

  it('removes both samples and everything they brought, and undo puts both back', async () => {
    const { db, repos } = freshRepositories();
    await repos.trips.create(aTripDraft().build());
    const empty = await countAll(db);
    await repos.sample.load('liverpool');
    await repos.sample.load('shenzhen');
    const loaded = await countAll(db);
    const removed = await repos.sample.remove();
    expect(removed.trips).toHaveLength(2);
    expect(await countAll(db)).toEqual(empty);
    expect(await repos.sample.isLoaded()).toBe(false);
    await repos.sample.restore(removed);
    expect(await countAll(db)).toEqual(loaded);
  });

  it('knows whether any sample data is here', async () => {
    const { repos } = freshRepositories();
    expect(await repos.sample.isLoaded()).toBe(false);
    await repos.sample.load();
    expect(await repos.sample.isLoaded()).toBe(true);
    await repos.sample.remove();
    expect(await repos.sample.isLoaded()).toBe(false);
  });

  it('is removed with the people and organisations it brought, and undo puts everything back', async () => {
    const { db, repos } = freshRepositories();
    await repos.trips.create(aTripDraft().build());
    const empty = await countAll(db);
    await repos.sample.load();
    const loaded = await countAll(db);
    const removed = await repos.sample.remove();
    expect(await countAll(db)).toEqual(empty);
    await repos.sample.restore(removed);
    expect(await countAll(db)).toEqual(loaded);
  });

  it('keeps a sample person whom the organiser has added to a trip of their own', async () => {
    const { db, repos } = freshRepositories();
    await repos.sample.load();
    const own = await repos.trips.create(aTripDraft().build());
    if (!own.ok) throw new Error('create failed');
    const mayor = await db.people.filter((person) => person.name.includes('Joe Anderson')).first();
    if (!mayor) throw new Error('the sample has no mayor');
    await db.memberships.add({
      id: 'own-membership',
      tripId: own.value.id,
      personId: mayor.id,
      role: 'head',
      stopIds: [],
      notes: '',
      calendarExportedAt: null,
    });
    await repos.sample.remove();
    expect(await db.people.get(mayor.id)).toBeDefined();
    expect(await db.trips.count()).toBe(1);
  });
});
