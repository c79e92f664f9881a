import { describe, expect, it } from 'vitest';
import { compareByFamilyName } from '../../src/domain/people/name-order';
import { emptyPersonDraft, personToDraft, type PersonDraft } from '../../src/domain/people/person-rules';
import { aTripDraft } from '../builders/trip-draft';
import { freshRepositories } from './test-database';
import { worded } from '../unit/domain/files/roster-test-files';
import { inEnglish } from '../builders/words';
import { message } from '../../src/domain/shared/message';

const aPersonDraft = (overrides: Partial<PersonDraft> = {}): PersonDraft => ({
  ...emptyPersonDraft(),
  name: 'Amira Haddad',
  email: 'amira@example.com',
  dietary: 'Halal',
  ...overrides,
});

async function withSample() {
  const context = freshRepositories();
  const { tripId } = await context.repos.sample.load();
  const stops = await context.db.stops.where('tripId').equals(tripId).sortBy('position');
  const memberNamed = async (name: string) => {
    const entry = (await context.repos.people.roster(tripId)).find((candidate) => candidate.person.name === name);
    if (!entry) throw new Error(`${name} is not on the sample trip`);
    return entry;
  };
  return { ...context, tripId, stops, memberNamed };
}

async function created(result: Promise<{ ok: true; value: { id: string } } | { ok: false; error: unknown }>) {
  const settled = await result;
  if (!settled.ok) throw new Error(`not saved: ${JSON.stringify(settled.error)}`);
  return settled.value;
}

describe('people repository', () => {
  it('lists a trip’s roster by family name, each member with their person and organisation', async () => {
    const { repos, tripId } = await withSample();
    const roster = await repos.people.roster(tripId);
    expect(roster.length).toBeGreaterThan(10);
    const names = roster.map((entry) => entry.person.name);
    expect(names).toEqual([...names].sort(compareByFamilyName));
    // Not by the first letters of the field: the doctors and professors are among the others.
    expect(names.slice(0, 4)).toEqual(['Joe Anderson', 'Mark Brennan', 'Ellen Cutler', 'Councillor Phil Davies']);
    expect(names.indexOf('Chris Ng')).toBe(names.indexOf('Dr Joanne Phoenix') - 1);
    const mayor = roster.find((entry) => entry.person.name === 'Joe Anderson')!;
    expect(mayor.membership.role).toBe('head');
    expect(mayor.organisationName).toMatch(/Liverpool/);
  });

  it('finds people by name, e-mail or organisation, at most as many as asked', async () => {
    const { repos } = await withSample();
    expect((await repos.people.searchPeople('anderson', 10)).map((hit) => hit.person.name)).toEqual(['Joe Anderson']);
    expect((await repos.people.searchPeople('leader@wirral', 10)).map((hit) => hit.person.name)).toEqual([
      'Councillor Phil Davies',
    ]);
    const fromWirral = await repos.people.searchPeople('wirral council', 10);
    expect(fromWirral.map((hit) => hit.person.name)).toContain('Councillor Phil Davies');
    expect(await repos.people.searchPeople('', 3)).toHaveLength(3);
    expect(await repos.people.searchPeople('nobody-by-this-name', 10)).toEqual([]);
  });

  it('creates a person and reads them back', async () => {
    const { repos } = freshRepositories();
    const person = await created(repos.people.savePerson(null, aPersonDraft({ passportExpiry: '2030-05-01' })));
    expect(await repos.people.getPerson(person.id)).toMatchObject({
      name: 'Amira Haddad',
      dietary: 'Halal',
      passportExpiry: '2030-05-01',
      visaStatus: 'not-started',
      sample: false,
    });
  });

  it('saves an edit over a change made meanwhile elsewhere, keeping both, and returns a field both changed', async () => {
    const { repos } = freshRepositories();
    const person = await created(repos.people.savePerson(null, aPersonDraft()));
    const opened = personToDraft((await repos.people.getPerson(person.id))!);
    expect((await repos.people.savePersonEdit(person.id, opened, { ...opened, dietary: 'Severe peanut allergy' })).ok).toBe(true);
    expect((await repos.people.savePersonEdit(person.id, opened, { ...opened, phone: '+44 151 496 0199' })).ok).toBe(true);
    expect(await repos.people.getPerson(person.id)).toMatchObject({ dietary: 'Severe peanut allergy', phone: '+44 151 496 0199' });

    const clashing = await repos.people.savePersonEdit(person.id, opened, { ...opened, dietary: 'Vegetarian' });
    expect(!clashing.ok && 'clash' in clashing && clashing.clash.clashes.map((clash) => [clash.field, clash.theirs, clash.mine])).toEqual([
      ['dietary', 'Severe peanut allergy', 'Vegetarian'],
    ]);
    expect(await repos.people.getPerson(person.id)).toMatchObject({ dietary: 'Severe peanut allergy' });
  });

  it('keeps a visa that is not required, as it keeps any other status', async () => {
    const { repos } = freshRepositories();
    const person = await created(repos.people.savePerson(null, aPersonDraft({ visaStatus: 'not-required' })));
    expect((await repos.people.getPerson(person.id))?.visaStatus).toBe('not-required');
  });

  it('refuses a new person with an e-mail address another person has, naming them on the e-mail field', async () => {
    const { repos } = await withSample();
    const result = await repos.people.savePerson(null, aPersonDraft({ email: 'MAYOR@liverpool-council.example' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && inEnglish(result.error.email!)).toMatch(/Joe Anderson already has this e-mail address/);
  });

  it('lets a person keep their own e-mail address when edited', async () => {
    const { repos } = freshRepositories();
    const person = await created(repos.people.savePerson(null, aPersonDraft()));
    const saved = await repos.people.savePerson(person.id, aPersonDraft({ jobTitle: 'Trade envoy' }));
    expect(saved.ok && saved.value).toMatchObject({ id: person.id, jobTitle: 'Trade envoy', email: 'amira@example.com' });
  });

  it('returns the form’s messages without saving an invalid person', async () => {
    const { repos, db } = freshRepositories();
    const result = await repos.people.savePerson(null, aPersonDraft({ name: '', passportExpiry: '31/02/2030' }));
    expect(!result.ok && Object.keys(result.error).sort()).toEqual(['name', 'passportExpiry']);
    expect(await db.people.count()).toBe(0);
  });

  it('adds a person to a trip for the stops given, in route order, and refuses them twice', async () => {
    const { repos, tripId, stops } = await withSample();
    const person = await created(repos.people.savePerson(null, aPersonDraft()));
    const [first, second] = [stops[0]!.id, stops[1]!.id];
    const added = await repos.people.addMember(tripId, person.id, { role: 'press', stopIds: [second, 'elsewhere', first] });
    expect(added.ok && added.value).toMatchObject({ role: 'press', stopIds: [first, second], notes: '' });
    const again = await repos.people.addMember(tripId, person.id, { role: 'delegate', stopIds: [] });
    expect(worded(again)).toEqual({ ok: false, error: 'Amira Haddad is already on this trip.' });
  });

  it('refuses to add a person who is not in the directory', async () => {
    const { repos } = freshRepositories();
    const trip = await created(repos.trips.create(aTripDraft().build()));
    const result = await repos.people.addMember(trip.id, 'nobody', { role: 'delegate', stopIds: [] });
    expect(result.ok).toBe(false);
  });

  it('adds a new person to a trip with their membership, in one step', async () => {
    const { repos, tripId, stops } = await withSample();
    const added = await repos.people.addNewMember(tripId, aPersonDraft(), { role: 'press', stopIds: [stops[1]!.id] });
    if (!added.ok) throw new Error(JSON.stringify(added.error));
    expect(added.value.membership).toMatchObject({ tripId, personId: added.value.person.id, role: 'press', stopIds: [stops[1]!.id] });
    expect((await repos.people.roster(tripId)).map((entry) => entry.person.name)).toContain('Amira Haddad');
  });

  it('leaves no new person in the directory when their membership cannot be written', async () => {
    const { db, repos, tripId } = await withSample();
    const before = await db.people.count();
    db.memberships.hook('creating', () => {
      throw new Error('The disk is full');
    });
    await expect(repos.people.addNewMember(tripId, aPersonDraft(), { role: 'delegate', stopIds: [] })).rejects.toThrow();
    expect(await db.people.count()).toBe(before);
    expect(await repos.people.searchPeople('Amira Haddad', 10)).toEqual([]);
  });

  it('adds no new person when their trip has gone, and says so', async () => {
    const { db, repos } = freshRepositories();
    const added = await repos.people.addNewMember('a-deleted-trip', aPersonDraft(), { role: 'delegate', stopIds: [] });
    expect(added).toEqual({ ok: false, error: { kind: 'membership', message: message('people:errors.tripGone') } });
    expect(await db.people.count()).toBe(0);
  });

  it('refuses a new member whose e-mail another person has, on the e-mail field, adding no one', async () => {
    const { db, repos, tripId } = await withSample();
    const before = await db.people.count();
    const added = await repos.people.addNewMember(tripId, aPersonDraft({ email: 'MAYOR@liverpool-council.example' }), { role: 'delegate', stopIds: [] });
    expect(added).toEqual({ ok: false, error: { kind: 'person', errors: { email: message('people:errors.emailTaken', { name: 'Joe Anderson' }) } } });
    expect(await db.people.count()).toBe(before);
  });

  it('changes a member’s role, part of the route and notes', async () => {
    const { repos, stops, memberNamed } = await withSample();
    const { membership } = await memberNamed('Joe Anderson');
    const last = stops[stops.length - 1]!.id;
    const updated = await repos.people.updateMembership(membership.id, { role: 'delegate', stopIds: [last], notes: ' Flies home early ' });
    expect(updated.ok && updated.value).toMatchObject({ role: 'delegate', stopIds: [last], notes: 'Flies home early' });
  });

  it('removing a member takes them off the trip’s engagements and journeys, and undo puts them back', async () => {
    const { repos, db, tripId, memberNamed } = await withSample();
    const { membership, person } = await memberNamed('Joe Anderson');
    const [engagement, other] = await db.engagements.where('tripId').equals(tripId).limit(2).toArray();
    const segment = (await db.segments.where('tripId').equals(tripId).first())!;
    await db.engagements.update(engagement!.id, { addedAttendeeIds: [person.id, 'someone-else'] });
    await db.engagements.update(other!.id, { removedAttendeeIds: [person.id] });
    await db.segments.update(segment.id, { travellerIds: [person.id, 'someone-else'] });

    const removed = await repos.people.removeMember(membership.id);
    expect(removed?.membership).toEqual(membership);
    expect(removed?.engagements.map((taken) => taken.id).sort()).toEqual([engagement!.id, other!.id].sort());
    expect(removed?.segments.map((taken) => taken.id)).toEqual([segment.id]);
    expect((await db.engagements.get(engagement!.id))!.addedAttendeeIds).toEqual(['someone-else']);
    expect((await db.engagements.get(other!.id))!.removedAttendeeIds).toEqual([]);
    expect((await db.segments.get(segment.id))!.travellerIds).toEqual(['someone-else']);
    expect((await repos.people.roster(tripId)).some((entry) => entry.person.id === person.id)).toBe(false);
    expect(await repos.people.getPerson(person.id)).toBeDefined();

    // A change made meanwhile survives the undo.
    await db.segments.update(segment.id, { travellerIds: ['someone-else', 'a-newcomer'] });
    const restored = await repos.people.restoreMember(removed!);
    expect(restored).toEqual({ ok: true, value: membership });
    expect((await db.engagements.get(engagement!.id))!.addedAttendeeIds).toEqual(['someone-else', person.id]);
    expect((await db.engagements.get(other!.id))!.removedAttendeeIds).toEqual([person.id]);
    expect((await db.segments.get(segment.id))!.travellerIds).toEqual(['someone-else', 'a-newcomer', person.id]);
  });

  it('does not put a member back twice', async () => {
    const { repos, memberNamed } = await withSample();
    const { membership } = await memberNamed('Joe Anderson');
    const removed = (await repos.people.removeMember(membership.id))!;
    expect((await repos.people.restoreMember(removed)).ok).toBe(true);
    expect(worded(await repos.people.restoreMember(removed))).toEqual({ ok: false, error: 'Joe Anderson is on the trip again already.' });
    expect(await repos.people.removeMember('no-such-membership')).toBeUndefined();
  });

  it('searches 2,000 people quickly', async () => {
    const { repos, db } = freshRepositories();
    await db.people.bulkAdd(
      Array.from({ length: 2000 }, (_, index) => ({
        ...aPersonDraft({ name: `Person ${index}`, email: `person${index}@example.com` }),
        id: `p${index}`,
        nameAsEntered: null,
        passportExpiry: null,
        dateOfBirth: null,
        passportIssueDate: null,
        sample: false,
        createdAt: '',
        updatedAt: '',
      })),
    );
    const started = performance.now();
    const hits = await repos.people.searchPeople('person 1999', 20);
    expect(hits.map((hit) => hit.person.name)).toEqual(['Person 1999']);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
