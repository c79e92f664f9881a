import { describe, expect, it } from 'vitest';
import { aTripDraft } from '../builders/trip-draft';
import { freshRepositories } from './test-database';
import { tripToDraft } from '../../src/domain/trip/trip';
import { findRecords } from '../../src/storage/trip-repository';
import { allInEnglish } from '../builders/words';

describe('trip repository', () => {
  it('reads back a created trip with what the organiser entered', async () => {
    const { repos } = freshRepositories();
    const created = await repos.trips.create(aTripDraft().named('  Tianjin mission  ').build());
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const stored = await repos.trips.get(created.value.id);
    expect(stored).toMatchObject({
      name: 'Tianjin mission',
      homeZone: 'Europe/London',
      startDate: '2027-03-01',
      endDate: '2027-03-10',
      status: 'planning',
      sample: false,
    });
  });

  it('refuses an invalid trip with a message per field and saves nothing', async () => {
    const { db, repos } = freshRepositories();
    const result = await repos.trips.create(
      aTripDraft({ name: ' ', homeZone: 'Mars/Olympus', startDate: '2027-03-10', endDate: '2027-03-01' }).build(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = allInEnglish(result.error);
    expect(errors.name).toMatch(/name/i);
    expect(errors.homeZone).toMatch(/not a time zone/);
    expect(errors.endDate).toMatch(/cannot end before it starts/);
    expect(await db.trips.count()).toBe(0);
  });

  it('updates a trip in place and keeps its id', async () => {
    const { repos } = freshRepositories();
    const created = await repos.trips.create(aTripDraft().build());
    if (!created.ok) throw new Error('create failed');
    const updated = await repos.trips.update(created.value.id, aTripDraft().named('Renamed').to('2027-03-12').build());
    expect(updated.ok && updated.value.id).toBe(created.value.id);
    expect(await repos.trips.get(created.value.id)).toMatchObject({ name: 'Renamed', endDate: '2027-03-12' });
    expect((await repos.trips.listSummaries()).length).toBe(1);
  });

  it('saves an edit over a change made meanwhile in another window, keeping both, and offers a field both changed', async () => {
    const { repos } = freshRepositories();
    const created = await repos.trips.create(aTripDraft().named('Tianjin mission').build());
    if (!created.ok) throw new Error('create failed');
    const id = created.value.id;
    const opened = tripToDraft(created.value);
    // Another window renames the trip while this one edits its notes.
    const renamed = await repos.trips.saveEdit(id, opened, { ...opened, name: 'Tianjin and Beijing mission' });
    expect(renamed.ok).toBe(true);
    const noted = await repos.trips.saveEdit(id, opened, { ...opened, notes: 'Bring gifts for the hosts' });
    expect(noted.ok).toBe(true);
    expect(await repos.trips.get(id)).toMatchObject({ name: 'Tianjin and Beijing mission', notes: 'Bring gifts for the hosts' });

    // Both rename it, from the same starting point: nothing is written, and the clash says what each typed.
    const current = tripToDraft((await repos.trips.get(id))!);
    await repos.trips.saveEdit(id, current, { ...current, name: 'Mission A' });
    const clashing = await repos.trips.saveEdit(id, current, { ...current, name: 'Mission B', purpose: 'Trade' });
    expect(clashing.ok).toBe(false);
    expect(!clashing.ok && 'clash' in clashing && clashing.clash.clashes).toEqual([
      { field: 'name', base: 'Tianjin and Beijing mission', theirs: 'Mission A', mine: 'Mission B' },
    ]);
    expect(await repos.trips.get(id)).toMatchObject({ name: 'Mission A', purpose: current.purpose });
  });

  it('lists trips with their cities in route order and their headcount, latest start first', async () => {
    const { repos } = freshRepositories();
    await repos.trips.create(aTripDraft().named('Chengdu fair').from('2025-01-01').to('2025-01-05').build());
    const { tripId } = await repos.sample.load();
    const summaries = await repos.trips.listSummaries();
    expect(summaries.map((summary) => summary.trip.name)).toEqual([
      'Chengdu fair',
      'Liverpool City Region trade mission to China',
    ]);
    const sample = summaries.find((summary) => summary.trip.id === tripId);
    expect(sample?.cities).toEqual(['Kunming', 'Chongqing', 'Tianjin', 'Beijing', 'Qingdao', 'Shanghai']);
    expect(sample?.participantCount).toBeGreaterThanOrEqual(18);
    expect(summaries[0]?.cities).toEqual([]);
    expect(summaries[0]?.participantCount).toBe(0);
  });

  it('finds people and engagements of every trip by part of a name, in any case, with the trip they are in', async () => {
    const { repos } = freshRepositories();
    const { tripId } = await repos.sample.load();
    const sample = 'Liverpool City Region trade mission to China';
    const records = await repos.trips.findableRecords();
    const find = (text: string, limit: number) => findRecords(records, text, limit);
    expect(find('ANDERSON', 5)).toEqual([
      expect.objectContaining({ kind: 'person', name: 'Joe Anderson', tripId, tripName: sample }),
    ]);
    const found = find('mou', 5);
    expect(found).toEqual([
      expect.objectContaining({ kind: 'engagement', title: 'Sensor City – Zhengxin Group MoU signing ceremony', tripId, tripName: sample }),
    ]);
    // By its venue's name in Chinese too, which comes with it for the palette to match.
    expect(find('春城会议中心', 5)).toEqual([
      expect.objectContaining({ kind: 'engagement', title: 'Yunnan – Liverpool City Region business forum', venue: ['Spring City Conference Centre', '春城会议中心'] }),
    ]);
    // At most `limit` of each; nothing for blank text.
    const meetings = find('meeting', 2);
    expect(meetings.filter((record) => record.kind === 'engagement')).toHaveLength(2);
    expect(find('   ', 5)).toEqual([]);
  });

  it('duplicates a trip as a new plan with new ids, a copy name, and no outcomes or follow-ups', async () => {
    const { repos } = freshRepositories();
    const { tripId } = await repos.sample.load();
    const copy = await repos.trips.duplicate(tripId);
    if (!copy) throw new Error('duplicate failed');
    expect(copy.name).toBe('Liverpool City Region trade mission to China (copy)');
    expect(copy.sample).toBe(false);
    const original = await repos.trips.getRecords(tripId);
    const copied = await repos.trips.getRecords(copy.id);
    if (!original || !copied) throw new Error('records missing');
    expect(copied.stops.map((stop) => stop.name)).toEqual(original.stops.map((stop) => stop.name));
    expect(copied.engagements).toHaveLength(original.engagements.length);
    expect(copied.followUps).toEqual([]);
    const originalIds = new Set([...original.stops, ...original.engagements].map((record) => record.id));
    expect([...copied.stops, ...copied.engagements].some((record) => originalIds.has(record.id))).toBe(false);
    const copiedStopIds = new Set(copied.stops.map((stop) => stop.id));
    expect(copied.engagements.every((engagement) => copiedStopIds.has(engagement.stopId))).toBe(true);
    const originalUids = new Set(original.engagements.map((engagement) => engagement.calendar.uid));
    expect(copied.engagements.some((engagement) => originalUids.has(engagement.calendar.uid))).toBe(false);
    const second = await repos.trips.duplicate(tripId);
    expect(second?.name).toBe('Liverpool City Region trade mission to China (copy 2)');
  });

  it('finds the other trips a trip’s people are on, with their cities and those people’s memberships only', async () => {
    const { repos } = freshRepositories();
    const { tripId } = await repos.sample.load();
    const copy = await repos.trips.duplicate(tripId);
    const unrelated = await repos.trips.create(aTripDraft().named('Nobody in common').build());
    if (!copy || !unrelated.ok) throw new Error('set-up failed');
    const original = (await repos.trips.getRecords(tripId))!;
    const [joe, ellen] = original.memberships.map((membership) => membership.personId);

    const others = await repos.trips.otherTripsOf(tripId, [joe!, ellen!]);
    expect(others.map((other) => other.trip.id)).toEqual([copy.id]);
    expect(others[0]!.stops).toHaveLength(original.stops.length);
    const copiedStopIds = (await repos.trips.getRecords(copy.id))!.stops.map((stop) => stop.id);
    expect(others[0]!.stops.map((stop) => stop.id).sort()).toEqual(copiedStopIds.sort());
    expect(others[0]!.memberships.map((membership) => membership.personId).sort()).toEqual([joe, ellen].sort());

    expect((await repos.trips.otherTripsOf(copy.id, [joe!])).map((other) => other.trip.id)).toEqual([tripId]);
    expect(await repos.trips.otherTripsOf(unrelated.value.id, [])).toEqual([]);
    expect(await repos.trips.otherTripsOf(tripId, ['someone on no trip'])).toEqual([]);
  });

  it('deletes a trip with all its records, and undo brings every record back unchanged', async () => {
    const { db, repos } = freshRepositories();
    const { tripId } = await repos.sample.load();
    const before = await repos.trips.getRecords(tripId);
    const removed = await repos.trips.remove(tripId);
    expect(removed).toEqual(before);
    expect(await repos.trips.get(tripId)).toBeUndefined();
    for (const table of ['stops', 'segments', 'accommodations', 'memberships', 'engagements', 'followUps']) {
      expect(await db.table(table).count()).toBe(0);
    }
    expect(await db.people.count()).toBeGreaterThan(0);
    if (!removed) throw new Error('nothing removed');
    await repos.trips.restore(removed);
    expect(await repos.trips.getRecords(tripId)).toEqual(before);
  });

  it('gathers a trip with the people and organisations it refers to', async () => {
    const { repos } = freshRepositories();
    const { tripId } = await repos.sample.load();
    const bundle = await repos.trips.getBundle(tripId);
    expect(bundle?.people.length).toBe(bundle?.memberships.length);
    expect(bundle?.organisations.map((organisation) => organisation.name)).toContain('Zhengxin Group');
  });
});
