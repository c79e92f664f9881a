import { describe, expect, it } from 'vitest';
import { emptyAssignmentDraft } from '../../src/domain/logistics/assignment-rules';
import { emptyResourceDraft } from '../../src/domain/logistics/resource-rules';
import { allInEnglish } from '../builders/words';
import { databaseHash } from './database-hash';
import { freshRepositories } from './test-database';

async function withSample() {
  const context = freshRepositories();
  const { tripId } = await context.repos.sample.load();
  const records = (await context.repos.trips.getRecords(tripId))!;
  const meeting = records.engagements.find((engagement) => engagement.title.includes('Qingdao Municipal'))!;
  return { ...context, tripId, records, meeting };
}

const minibusDraft = { ...emptyResourceDraft('minibus'), name: 'Qingdao minibus', capacity: '16', driverName: '刘洋', driverPhone: '+86 532 6555 0160' };

describe('the logistics repository', () => {
  it('keeps a trip’s vehicles, interpreter and guide, and where each is booked, as the sample has them', async () => {
    const { repos, tripId } = await withSample();
    const resources = await repos.logistics.resourcesOf(tripId);
    expect(resources.map((resource) => resource.kind).sort()).toEqual(['car', 'car', 'coach', 'coach', 'coach', 'coach', 'coach', 'coach', 'guide', 'interpreter', 'minibus']);
    expect(await repos.logistics.assignmentsOf(tripId)).toHaveLength(32);
  });

  it('saves a vehicle, and changes it in place', async () => {
    const { repos, tripId } = await withSample();
    const saved = await repos.logistics.saveResource(tripId, null, minibusDraft);
    if (!saved.ok) throw new Error('not saved');
    expect(saved.value).toMatchObject({ tripId, kind: 'minibus', name: 'Qingdao minibus', capacity: 16 });
    const changed = await repos.logistics.saveResource(tripId, saved.value.id, { ...minibusDraft, capacity: '19' });
    expect(changed.ok && changed.value).toEqual({ ...saved.value, capacity: 19 });
  });

  it('refuses a vehicle without a name, with seats that are not a whole number or a phone that is not one, and changes nothing', async () => {
    const { repos, db, tripId } = await withSample();
    const before = await databaseHash(db);
    const refused = await repos.logistics.saveResource(tripId, null, { ...minibusDraft, name: ' ', capacity: '16.5', driverPhone: 'ask Li' });
    expect(refused.ok || allInEnglish(refused.error)).toEqual({
      name: expect.stringContaining('Give it a name'),
      capacity: expect.stringContaining('“16.5” is not a number of seats'),
      driverPhone: expect.stringContaining('“ask Li” does not look like a phone number'),
    });
    expect(await databaseHash(db)).toBe(before);
  });

  it('books a vehicle for an engagement with its pick-up typed as people type times, and takes the booking back', async () => {
    const { repos, db, tripId, meeting } = await withSample();
    const minibus = await repos.logistics.saveResource(tripId, null, minibusDraft);
    if (!minibus.ok) throw new Error('not saved');
    const booked = await repos.logistics.assign(tripId, null, {
      ...emptyAssignmentDraft({ kind: 'engagement', engagementId: meeting.id }, minibus.value.id),
      pickUpTime: '0920',
      pickUpPlaceLocal: '五四广场海景酒店 大堂',
    });
    if (!booked.ok) throw new Error('not booked');
    expect(booked.value).toMatchObject({ pickUpTime: '09:20', pickUpPlaceLocal: '五四广场海景酒店 大堂', personIds: null });

    const removed = await repos.logistics.unassign(booked.value.id);
    expect(await db.assignments.get(booked.value.id)).toBeUndefined();
    expect(await repos.logistics.restoreAssignment(removed!)).toEqual({ ok: true, value: undefined });
    expect(await db.assignments.get(booked.value.id)).toEqual(booked.value);
  });

  it('refuses a booking for nobody, for something gone, or twice for one thing, and changes nothing', async () => {
    const { repos, db, tripId, meeting, records } = await withSample();
    const interpreter = records.resources.find((resource) => resource.kind === 'interpreter')!;
    const already = records.assignments.find((assignment) => assignment.resourceId === interpreter.id)!;
    const before = await databaseHash(db);
    const nobody = await repos.logistics.assign(tripId, null, {
      ...emptyAssignmentDraft({ kind: 'engagement', engagementId: meeting.id }, interpreter.id),
      everyone: false,
    });
    expect(nobody.ok || allInEnglish(nobody.error)).toEqual({ personIds: 'Choose who rides, or tick everyone.' });
    const gone = await repos.logistics.assign(tripId, null, emptyAssignmentDraft({ kind: 'engagement', engagementId: 'not-there' }, interpreter.id));
    expect(gone.ok || allInEnglish(gone.error)).toEqual({ target: 'That engagement or journey is no longer in the plan. Choose another.' });
    const twice = await repos.logistics.assign(tripId, null, emptyAssignmentDraft(already.target, interpreter.id));
    expect(twice.ok || allInEnglish(twice.error)).toEqual({ target: 'Meilin Zhang 张美琳 is already booked for this.' });
    expect(await databaseHash(db)).toBe(before);
  });

  it('removes a resource with its bookings, and undo brings both back', async () => {
    const { repos, db, tripId, records } = await withSample();
    const coach = records.resources.find((resource) => resource.name === 'Beijing coach')!;
    const before = await databaseHash(db);
    const removed = await repos.logistics.removeResource(coach.id);
    expect(removed?.assignments).toHaveLength(3);
    expect(await db.resources.get(coach.id)).toBeUndefined();
    expect(await db.assignments.where('resourceId').equals(coach.id).count()).toBe(0);
    await repos.logistics.restoreResource(removed!);
    expect(await repos.logistics.resourcesOf(tripId)).toContainEqual(coach);
    expect((await repos.logistics.assignmentsOf(tripId)).filter((assignment) => assignment.resourceId === coach.id)).toEqual(
      records.assignments.filter((assignment) => assignment.resourceId === coach.id),
    );
    // Everything as it was but the trip's time of change.
    const trip = await db.trips.get(tripId);
    await db.trips.put({ ...trip!, updatedAt: records.trip.updatedAt });
    expect(await databaseHash(db)).toBe(before);
  });

  it('refuses to put back a booking whose resource has gone since, leaving no booking without its resource', async () => {
    const { repos, db, records } = await withSample();
    const car = records.resources.find((resource) => resource.name === 'Qingdao airport car')!;
    const booking = records.assignments.find((assignment) => assignment.resourceId === car.id)!;
    const unbooked = await repos.logistics.unassign(booking.id);
    await repos.logistics.removeResource(car.id);
    const restored = await repos.logistics.restoreAssignment(unbooked!);
    expect(restored.ok || allInEnglish({ reason: restored.error })).toEqual({
      reason: 'This vehicle, interpreter or guide has been removed in the meantime.',
    });
    expect(await db.assignments.get(booking.id)).toBeUndefined();
  });

  it('goes with its trip, and comes back with it', async () => {
    const { repos, db, tripId } = await withSample();
    const removed = await repos.trips.remove(tripId);
    expect(await db.resources.count()).toBe(0);
    expect(await db.assignments.count()).toBe(0);
    await repos.trips.restore(removed!);
    expect(await db.resources.count()).toBe(11);
    expect(await db.assignments.count()).toBe(32);
  });
});
