/**
 * Two copies of the data, each edited on its own, exchange their change logs (src/storage/change-exchange.ts):
 * whatever the edits, and in whatever order, parts and repetitions the changes arrive, both end with the same
 * records.
 */
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyReceivedChanges, changesSince } from '../../src/storage/change-exchange';
import { openDatabase, type PlannerDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { aTripDraft } from '../builders/trip-draft';
import { canonical } from './database-hash';
import { sequentialClock } from './test-database';

let copies = 0;
function copyOf(node: string, now: () => number) {
  const db = openDatabase(`copy-${++copies}`, { indexedDB: new IDBFactory(), IDBKeyRange, changeLog: { author: () => ({ node, organiser: node }), now } });
  // Ids made on each copy are its own, as UUIDs are.
  const clock = sequentialClock();
  return { db, repos: createRepositories(db, { now: clock.now, newId: () => `${node}-${clock.newId()}` }) };
}

/** The data both copies must agree on: every trip, bookkeeping (updatedAt) left out. */
async function tripsOf(db: PlannerDatabase): Promise<string> {
  const trips = await db.trips.orderBy('id').toArray();
  return canonical(trips.map(({ updatedAt: _updatedAt, ...trip }) => trip));
}

type Edit =
  | { kind: 'rename'; trip: number; name: string }
  | { kind: 'notes'; trip: number; notes: string }
  | { kind: 'dates'; trip: number; days: number }
  | { kind: 'delete'; trip: number }
  | { kind: 'create'; name: string };

const anEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), trip: fc.nat(3), name: fc.constantFrom('Tianjin mission', 'Qingdao visit', '深圳代表团', 'Liverpool') }),
  fc.record({ kind: fc.constant('notes' as const), trip: fc.nat(3), notes: fc.constantFrom('', 'MoU in Beijing', 'Banquet moved', '签约仪式') }),
  fc.record({ kind: fc.constant('dates' as const), trip: fc.nat(3), days: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('delete' as const), trip: fc.nat(3) }),
  fc.record({ kind: fc.constant('create' as const), name: fc.constantFrom('Return visit', 'Chengdu delegation') }),
);

async function apply(db: PlannerDatabase, repos: ReturnType<typeof copyOf>['repos'], edit: Edit): Promise<void> {
  const trips = await db.trips.orderBy('id').toArray();
  if (edit.kind === 'create') {
    await repos.trips.create(aTripDraft().named(edit.name).from('2017-05-01').to('2017-05-05').build());
    return;
  }
  const trip = trips[edit.trip % Math.max(trips.length, 1)];
  if (!trip) return;
  if (edit.kind === 'rename') await db.trips.update(trip.id, { name: edit.name });
  else if (edit.kind === 'notes') await db.trips.update(trip.id, { notes: edit.notes });
  else if (edit.kind === 'dates') await db.trips.update(trip.id, { endDate: `2017-05-${String(10 + edit.days)}` });
  else await db.trips.delete(trip.id);
}

describe('two copies exchanging their changes', () => {
  it('converge to the same trips, whatever the edits on each and whatever order, parts and repeats the changes arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anEdit, { maxLength: 12 }),
        fc.array(anEdit, { maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
        fc.integer({ min: -5_000, max: 5_000 }),
        async (editsA, editsB, interleaving, skew) => {
          let tick = Date.parse('2026-12-04T09:00:00Z');
          const a = copyOf('aaaaaaaaaaaaaaaa', () => (tick += 7));
          const b = copyOf('bbbbbbbbbbbbbbbb', () => (tick += 7) + skew);
          // Both start from the same two trips, made on A and received by B.
          for (const name of ['Liverpool City Region trade mission to China', 'Shenzhen delegation']) {
            await a.repos.trips.create(aTripDraft().named(name).from('2016-11-07').to('2016-11-20').build());
          }
          await applyReceivedChanges(b.db, await changesSince(a.db));
          expect(await tripsOf(b.db)).toBe(await tripsOf(a.db));

          // Each edits its copy; now and then, one sends the other what it has so far.
          let [nextA, nextB] = [0, 0];
          for (const [index, sendNow] of interleaving.entries()) {
            if (index % 2 === 0 && nextA < editsA.length) await apply(a.db, a.repos, editsA[nextA++]!);
            if (index % 2 === 1 && nextB < editsB.length) await apply(b.db, b.repos, editsB[nextB++]!);
            if (sendNow) {
              const [from, to] = index % 2 === 0 ? [a, b] : [b, a];
              await applyReceivedChanges(to.db, await changesSince(from.db));
            }
          }
          while (nextA < editsA.length) await apply(a.db, a.repos, editsA[nextA++]!);
          while (nextB < editsB.length) await apply(b.db, b.repos, editsB[nextB++]!);

          // At last each receives everything the other has, B's first, then A's again (repeats change nothing).
          await applyReceivedChanges(a.db, await changesSince(b.db));
          await applyReceivedChanges(b.db, await changesSince(a.db));
          await applyReceivedChanges(a.db, await changesSince(b.db));
          expect(await tripsOf(a.db)).toBe(await tripsOf(b.db));
          a.db.close();
          b.db.close();
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('keeps both sides’ changes to different fields of one trip, and the later of two changes to the same field', async () => {
    let tick = Date.parse('2026-12-04T09:00:00Z');
    const a = copyOf('aaaaaaaaaaaaaaaa', () => (tick += 1000));
    const b = copyOf('bbbbbbbbbbbbbbbb', () => (tick += 1000));
    const created = await a.repos.trips.create(aTripDraft().named('Tianjin mission').from('2016-11-07').to('2016-11-20').build());
    if (!created.ok) throw new Error('not created');
    await applyReceivedChanges(b.db, await changesSince(a.db));
    const id = created.value.id;
    await a.db.trips.update(id, { name: 'Liverpool City Region trade mission to China' });
    await b.db.trips.update(id, { notes: 'MoU signing in Beijing' });
    await a.db.trips.update(id, { endDate: '2016-11-21' });
    await b.db.trips.update(id, { endDate: '2016-11-22' });
    await applyReceivedChanges(a.db, await changesSince(b.db));
    await applyReceivedChanges(b.db, await changesSince(a.db));
    for (const copy of [a, b]) {
      expect(await copy.db.trips.get(id)).toMatchObject({ name: 'Liverpool City Region trade mission to China', notes: 'MoU signing in Beijing', endDate: '2016-11-22' });
    }
    // A change made after receiving sorts after what was received, though A's clock is behind B's.
    tick -= 60_000;
    await a.db.trips.update(id, { endDate: '2016-11-23' });
    await applyReceivedChanges(b.db, await changesSince(a.db));
    expect(await b.db.trips.get(id)).toMatchObject({ endDate: '2016-11-23' });
  });
});
