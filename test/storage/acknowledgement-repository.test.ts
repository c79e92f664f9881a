import { describe, expect, it } from 'vitest';
import { reviewFindings } from '../../src/domain/checks/acknowledgements';
import { runChecks } from '../../src/domain/checks/run-checks';
import { aTripDraft } from '../builders/trip-draft';
import { freshRepositories } from './test-database';
import { inEnglish } from '../builders/words';

async function sampleWithAConflict() {
  const context = freshRepositories();
  const { tripId } = await context.repos.sample.load();
  const bundle = (await context.repos.trips.getBundle(tripId))!;
  // Take away the Shanghai hotel: its nights become warnings.
  const shanghai = bundle.stops.find((stop) => stop.name === 'Shanghai')!;
  await context.db.accommodations.where('stopId').equals(shanghai.id).delete();
  const analyse = async () => {
    const current = (await context.repos.trips.getBundle(tripId))!;
    return {
      current,
      review: reviewFindings(runChecks(current, { today: '2016-10-01' }), current.acknowledgements),
    };
  };
  const { review } = await analyse();
  const night = review.items.find((item) => item.finding.rule === 'night-without-hotel')!.finding;
  return { ...context, tripId, analyse, night };
}

describe('conflict acknowledgements', () => {
  it('acknowledges a warning with a note, which the review then lists as acknowledged', async () => {
    const { repos, tripId, analyse, night } = await sampleWithAConflict();
    const before = (await analyse()).review;
    const saved = await repos.acknowledgements.acknowledge(tripId, night, '  Staying with the consul that night.  ');
    expect(saved.ok && saved.value.note).toBe('Staying with the consul that night.');

    const { review } = await analyse();
    const item = review.items.find((candidate) => candidate.finding.id === night.id)!;
    expect(item.status).toBe('acknowledged');
    expect(item.acknowledgement?.note).toBe('Staying with the consul that night.');
    expect(review.openWarnings).toBe(before.openWarnings - 1);
    expect(review.acknowledged).toBe(1);
  });

  it('refuses an acknowledgement without a note, and stores nothing', async () => {
    const { db, repos, tripId, night } = await sampleWithAConflict();
    const saved = await repos.acknowledgements.acknowledge(tripId, night, '   ');
    expect(saved.ok).toBe(false);
    expect(saved.ok ? '' : inEnglish(saved.error)).toMatch(/say why/i);
    expect(await db.acknowledgements.count()).toBe(0);
  });

  it('brings the warning back, marked changed, when the situation behind it changes', async () => {
    const { db, repos, tripId, analyse, night } = await sampleWithAConflict();
    await repos.acknowledgements.acknowledge(tripId, night, 'Staying with the consul.');
    // Someone else joins the trip's Shanghai part: the people without a hotel that night change.
    const { current } = await analyse();
    const shanghai = current.stops.find((stop) => stop.name === 'Shanghai')!;
    const outsider = current.memberships.find((membership) => !membership.stopIds.includes(shanghai.id))!;
    await db.memberships.update(outsider.id, { stopIds: [...outsider.stopIds, shanghai.id] });

    const item = (await analyse()).review.items.find((candidate) => candidate.finding.id === night.id)!;
    expect(item.status).toBe('changed');
    expect(item.acknowledgement?.note).toBe('Staying with the consul.');
  });

  it('acknowledging the same conflict again replaces the note, and withdrawing it can be undone', async () => {
    const { db, repos, tripId, analyse, night } = await sampleWithAConflict();
    await repos.acknowledgements.acknowledge(tripId, night, 'First note');
    await repos.acknowledgements.acknowledge(tripId, night, 'Second note');
    expect((await db.acknowledgements.toArray()).map((row) => row.note)).toEqual(['Second note']);

    const withdrawn = await repos.acknowledgements.withdraw(tripId, night.id);
    expect(withdrawn?.note).toBe('Second note');
    expect((await analyse()).review.acknowledged).toBe(0);
    await repos.acknowledgements.restore(withdrawn!);
    expect((await analyse()).review.acknowledged).toBe(1);
  });

  it('goes with its trip when the trip is deleted, and comes back with undo', async () => {
    const { db, repos, tripId, night } = await sampleWithAConflict();
    await repos.acknowledgements.acknowledge(tripId, night, 'Fine');
    const removed = await repos.trips.remove(tripId);
    expect(await db.acknowledgements.count()).toBe(0);
    await repos.trips.restore(removed!);
    expect((await db.acknowledgements.toArray()).map((row) => row.note)).toEqual(['Fine']);
  });

  it('is not carried to a duplicate, whose records are new', async () => {
    const { db, repos, tripId, night } = await sampleWithAConflict();
    await repos.acknowledgements.acknowledge(tripId, night, 'Fine');
    const copy = await repos.trips.duplicate(tripId);
    expect(await db.acknowledgements.where('tripId').equals(copy!.id).count()).toBe(0);
  });

  it('refuses to acknowledge for a trip that no longer exists', async () => {
    const { db, repos } = freshRepositories();
    const saved = await repos.acknowledgements.acknowledge('gone', { id: 'x', fingerprint: 'y' }, 'Note');
    expect(saved.ok).toBe(false);
    expect(await db.acknowledgements.count()).toBe(0);
  });
});

describe('the trip’s buffer between engagements', () => {
  it('is 45 minutes for a new trip, and can be changed, but not to nonsense', async () => {
    const { repos } = freshRepositories();
    const created = await repos.trips.create(aTripDraft().build());
    expect(created.ok && created.value.conflictBufferMinutes).toBe(45);
    if (!created.ok) return;
    const changed = await repos.trips.update(created.value.id, aTripDraft({ conflictBufferMinutes: 30 }).build());
    expect(changed.ok && changed.value.conflictBufferMinutes).toBe(30);
    const refused = await repos.trips.update(created.value.id, aTripDraft({ conflictBufferMinutes: -5 }).build());
    expect(refused.ok ? '' : inEnglish(refused.error.conflictBufferMinutes ?? '')).toMatch(/whole number of minutes from 0 to 240/);
    expect((await repos.trips.get(created.value.id))?.conflictBufferMinutes).toBe(30);
  });
});
