import { describe, expect, it } from 'vitest';
import { emptyEngagementDraft, engagementToDraft } from '../../src/domain/engagements/engagement-rules';
import { aTripDraft } from '../builders/trip-draft';
import { freshRepositories } from './test-database';

async function withSample() {
  const context = freshRepositories();
  const { tripId } = await context.repos.sample.load();
  const records = await context.repos.trips.getRecords(tripId);
  const tianjin = records!.stops.find((stop) => stop.name === 'Tianjin')!;
  return { ...context, tripId, tianjin };
}

describe('engagement repository', () => {
  it('books an engagement at 10:00 Tianjin time with a new calendar identity', async () => {
    const { repos, tripId, tianjin } = await withSample();
    const saved = await repos.engagements.save(tripId, null, {
      ...emptyEngagementDraft(tianjin.id, '2016-11-12'),
      title: 'Sensor City MoU signing',
      kind: 'signing',
      endTime: '11:00',
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.start.utc).toBe('2016-11-12T02:00:00Z');
    expect(saved.value.calendar.sequence).toBe(0);

    const again = await repos.engagements.save(tripId, saved.value.id, {
      ...emptyEngagementDraft(tianjin.id, '2016-11-12', '10:30'),
      title: 'Sensor City MoU signing',
      endTime: '11:30',
    });
    expect(again.ok && again.value.calendar).toEqual({ uid: saved.value.calendar.uid, sequence: 1 });
  });

  it('refuses an engagement at a city of another trip, and saves nothing', async () => {
    const { repos, db, tianjin } = await withSample();
    const other = await repos.trips.create(aTripDraft().named('Other').from('2027-01-01').to('2027-01-05').build());
    if (!other.ok) throw new Error('not created');
    const before = await db.engagements.count();
    const result = await repos.engagements.save(other.value.id, null, {
      ...emptyEngagementDraft(tianjin.id, '2016-11-12'),
      title: 'Lost',
    });
    expect(result.ok).toBe(false);
    expect(await db.engagements.count()).toBe(before);
  });

  it('deletes an engagement with its follow-ups, and undo brings both back', async () => {
    const { repos, db, tripId, tianjin } = await withSample();
    const saved = await repos.engagements.save(tripId, null, { ...emptyEngagementDraft(tianjin.id, '2016-11-12'), title: 'Visit' });
    if (!saved.ok) throw new Error('not saved');
    await repos.engagements.addFollowUp(saved.value.id, { description: 'Send the draft MoU', owner: 'Ellen', dueDate: '2016-11-30' });
    const removed = await repos.engagements.remove(saved.value.id);
    expect(removed?.followUps).toHaveLength(1);
    expect(await db.followUps.where('engagementId').equals(saved.value.id).count()).toBe(0);
    await repos.engagements.restore(removed!);
    expect(await repos.engagements.followUpsOf(saved.value.id)).toEqual(removed!.followUps);
  });

  it('lists follow-ups across trips, open ones first by due date, with their engagement and trip', async () => {
    const { repos, tripId, tianjin } = await withSample();
    const saved = await repos.engagements.save(tripId, null, { ...emptyEngagementDraft(tianjin.id, '2016-11-12'), title: 'Visit' });
    if (!saved.ok) throw new Error('not saved');
    const early = await repos.engagements.addFollowUp(saved.value.id, { description: 'Early', owner: '', dueDate: '2016-11-14' });
    if (!early.ok) throw new Error('not added');
    await repos.engagements.setFollowUpDone(early.value.id, true);
    await repos.engagements.addFollowUp(saved.value.id, { description: 'Undated', owner: '', dueDate: '' });
    const rows = await repos.engagements.listFollowUps();
    const descriptions = rows.map((row) => row.followUp.description);
    expect(descriptions.indexOf('Undated')).toBeLessThan(descriptions.indexOf('Early'));
    expect(rows.every((row) => row.tripName === 'Liverpool City Region trade mission to China')).toBe(true);
    expect(rows.find((row) => row.followUp.description === 'Undated')?.engagementTitle).toBe('Visit');
    const openDue = rows.filter((row) => !row.followUp.done).map((row) => row.followUp.dueDate ?? '9999-99-99');
    expect(openDue).toEqual([...openDue].sort());
    expect(rows.at(-1)?.followUp.done).toBe(true);
  });
});

describe('two windows editing one engagement', () => {
  it('keeps a new time saved elsewhere when a venue is saved here, and offers the choice when both changed the venue', async () => {
    const { repos, tripId, tianjin } = await withSample();
    const booked = await repos.engagements.save(tripId, null, { ...emptyEngagementDraft(tianjin.id, '2016-11-12'), title: 'Banquet', kind: 'banquet', endTime: '12:00' });
    if (!booked.ok) throw new Error('not booked');
    const opened = engagementToDraft(booked.value);
    // Elsewhere: the banquet moves to 19:00.
    const moved = await repos.engagements.saveEdit(tripId, booked.value.id, opened, { ...opened, startTime: '19:00', endTime: '21:00' });
    expect(moved.ok).toBe(true);
    // Here, on the form opened before the move: a venue.
    const here = await repos.engagements.saveEdit(tripId, booked.value.id, opened, { ...opened, venueName: 'Astor Hotel' });
    expect(here.ok && engagementToDraft(here.value)).toMatchObject({ startTime: '19:00', venueName: 'Astor Hotel' });

    const now = engagementToDraft((await repos.engagements.get(booked.value.id))!);
    await repos.engagements.saveEdit(tripId, booked.value.id, now, { ...now, venueName: 'Haihe Bund Hotel' });
    const clash = await repos.engagements.saveEdit(tripId, booked.value.id, now, { ...now, venueName: 'Tianjin Guest House' });
    expect(!clash.ok && 'clash' in clash && clash.clash.clashes).toEqual([
      { field: 'venueName', base: 'Astor Hotel', theirs: 'Haihe Bund Hotel', mine: 'Tianjin Guest House' },
    ]);
    expect(engagementToDraft((await repos.engagements.get(booked.value.id))!).venueName).toBe('Haihe Bund Hotel');
  });
});
