import { describe, expect, it } from 'vitest';
import { emptyContactDraft, emptyOrganisationDraft, type OrganisationDraft } from '../../src/domain/directory/organisation';
import { aTripDraft } from '../builders/trip-draft';
import { inEnglish } from '../builders/words';
import { freshRepositories } from './test-database';

const anOrganisation = (overrides: Partial<OrganisationDraft> = {}): OrganisationDraft => ({
  ...emptyOrganisationDraft(),
  name: 'Kunming Tea Exporters',
  nameLocal: '昆明茶叶出口公司',
  type: 'company',
  city: 'Kunming',
  country: 'CN',
  ...overrides,
});

async function withSample() {
  const context = freshRepositories();
  const { tripId } = await context.repos.sample.load();
  const named = async (name: string) => {
    const found = (await context.db.organisations.toArray()).find((organisation) => organisation.name === name);
    if (!found) throw new Error(`${name} is not in the sample`);
    return found;
  };
  return { ...context, tripId, named };
}

describe('directory repository', () => {
  it('lists every organisation by name with its contact and engagement counts', async () => {
    const { repos } = await withSample();
    const list = await repos.directory.listOrganisations();
    expect(list).toHaveLength(19);
    const names = list.map((summary) => summary.organisation.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const zhengxin = list.find((summary) => summary.organisation.name === 'Zhengxin Group');
    expect(zhengxin).toMatchObject({ contactCount: 2, engagementCount: 2 });
    expect(zhengxin?.contactNames).toEqual(expect.arrayContaining(['Zhihua Feng', 'Wang Lei', '王磊']));
  });

  it('creates an organisation from a draft, and names the fields that are wrong', async () => {
    const { repos } = freshRepositories();
    const refused = await repos.directory.createOrganisation(anOrganisation({ name: '', website: 'ftp://x.example' }));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && Object.keys(refused.error).sort()).toEqual(['name', 'website']);

    const created = await repos.directory.createOrganisation(anOrganisation({ website: 'kmtea.example', tags: ['tea', 'Tea'] }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value).toMatchObject({ website: 'https://kmtea.example', tags: ['tea'], archived: false, sample: false });
    expect((await repos.directory.getOrganisation(created.value.id))?.organisation.name).toBe('Kunming Tea Exporters');
  });

  describe('duplicates', () => {
    it('refuses a second Zhengxin Group, by either name, until told it is a separate organisation', async () => {
      const { repos, db } = await withSample();
      const before = await db.organisations.count();
      const byEnglish = await repos.directory.createOrganisation(anOrganisation({ name: 'zhengxin group ltd', nameLocal: '' }));
      expect(!byEnglish.ok && inEnglish(byEnglish.error.name!)).toMatch(/^Zhengxin Group is already in the directory/);
      const byChinese = await repos.directory.createOrganisation(anOrganisation({ name: 'Zheng Xin', nameLocal: '正信集团' }));
      expect(byChinese.ok).toBe(false);
      expect(await db.organisations.count()).toBe(before);

      const separate = await repos.directory.createOrganisation(anOrganisation({ name: 'Zhengxin Group', nameLocal: '' }), {
        allowSimilar: true,
      });
      expect(separate.ok).toBe(true);
      expect(await db.organisations.count()).toBe(before + 1);
    });

    it('refuses a rename onto another organisation’s name, but not an edit of one already kept separate', async () => {
      const { repos, named } = await withSample();
      const sensorCity = await named('Sensor City');
      const renamed = await repos.directory.updateOrganisation(sensorCity.id, {
        ...anOrganisation(),
        name: 'Zhengxin Group Co., Ltd.',
        nameLocal: '',
      });
      expect(!renamed.ok && inEnglish(renamed.error.name!)).toMatch(/Zhengxin Group is already in the directory/);

      const copy = await repos.directory.createOrganisation(anOrganisation({ name: 'Zhengxin Group', nameLocal: '' }), {
        allowSimilar: true,
      });
      if (!copy.ok) throw new Error('not created');
      const edited = await repos.directory.updateOrganisation(copy.value.id, {
        ...anOrganisation({ name: 'Zhengxin Group', nameLocal: '' }),
        notes: 'The Beijing subsidiary',
      });
      expect(edited.ok && edited.value.notes).toBe('The Beijing subsidiary');
    });
  });

  describe('deleting an organisation', () => {
    it('is refused while engagements list it, and the engagements still point at a real organisation', async () => {
      const { repos, db, named } = await withSample();
      const zhengxin = await named('Zhengxin Group');
      const check = await repos.directory.checkRemoval(zhengxin.id);
      expect(check).toMatchObject({ status: 'refused', engagementCount: 2, tripCount: 1 });

      const result = await repos.directory.remove(zhengxin.id);
      expect(result).toMatchObject({ status: 'refused', engagementCount: 2, tripCount: 1, peopleCount: 0 });
      expect(result.status === 'refused' && inEnglish(result.message)).toBe(
        'Zhengxin Group has 2 engagements in 1 trip, so it cannot be deleted. Archive it instead to hide it from pickers while keeping its history.',
      );
      const listing = await db.engagements.where('organisationIds').equals(zhengxin.id).toArray();
      expect(listing).toHaveLength(2);
      expect(await db.organisations.get(zhengxin.id)).toBeDefined();
      expect(await db.contacts.where('organisationId').equals(zhengxin.id).count()).toBe(2);
    });

    it('counts engagements in every trip', async () => {
      const { repos, named, tripId } = await withSample();
      const zhengxin = await named('Zhengxin Group');
      await repos.trips.duplicate(tripId);
      const result = await repos.directory.remove(zhengxin.id);
      expect(result).toMatchObject({ status: 'refused', engagementCount: 4, tripCount: 2 });
      expect(result.status === 'refused' && inEnglish(result.message)).toMatch(/^Zhengxin Group has 4 engagements in 2 trips/);
    });

    it('is refused while an engagement names one of its contacts, even without the organisation', async () => {
      const { repos, db, named } = await withSample();
      const zhengxin = await named('Zhengxin Group');
      const engagements = await db.engagements.where('organisationIds').equals(zhengxin.id).toArray();
      await db.engagements.bulkPut(
        engagements.map((engagement) => ({
          ...engagement,
          organisationIds: engagement.organisationIds.filter((id) => id !== zhengxin.id),
        })),
      );
      expect(await repos.directory.remove(zhengxin.id)).toMatchObject({ status: 'refused', engagementCount: 2 });
    });

    it('is refused while a person represents it', async () => {
      const { repos, db } = await withSample();
      const person = (await db.people.filter((candidate) => candidate.organisationId !== null).first())!;
      const result = await repos.directory.remove(person.organisationId!);
      expect(result.status).toBe('refused');
      expect(result.status === 'refused' && result.peopleCount).toBeGreaterThan(0);
      expect(result.status === 'refused' && inEnglish(result.message)).toMatch(/is the organisation of \d+ (person|people)/);
      expect(await db.organisations.get(person.organisationId!)).toBeDefined();
    });

    it('is allowed when nothing refers to it, takes its contacts along, and can be undone', async () => {
      const { repos, db } = freshRepositories();
      const created = await repos.directory.createOrganisation(anOrganisation());
      if (!created.ok) throw new Error('not created');
      const id = created.value.id;
      const contact = await repos.directory.saveContact(id, null, { ...emptyContactDraft(), name: 'Li Na' });
      expect(contact.ok).toBe(true);
      expect(await repos.directory.checkRemoval(id)).toEqual({ status: 'allowed', contactCount: 1 });

      const result = await repos.directory.remove(id);
      expect(result.status).toBe('removed');
      if (result.status !== 'removed') return;
      expect(result.removed.contacts.map((removed) => removed.name)).toEqual(['Li Na']);
      expect(await db.organisations.count()).toBe(0);
      expect(await db.contacts.count()).toBe(0);

      await repos.directory.restore(result.removed);
      const back = await repos.directory.getOrganisation(id);
      expect(back?.organisation).toEqual(result.removed.organisation);
      expect(back?.contacts.map((restored) => restored.name)).toEqual(['Li Na']);
    });

    it('says so when the organisation is already gone', async () => {
      const { repos } = freshRepositories();
      expect((await repos.directory.remove('nowhere')).status).toBe('not-found');
    });
  });

  describe('contacts', () => {
    it('adds and edits a contact, and refuses a bad e-mail address', async () => {
      const { repos } = freshRepositories();
      const created = await repos.directory.createOrganisation(anOrganisation());
      if (!created.ok) throw new Error('not created');
      const draft = { ...emptyContactDraft(), name: 'Li Na', nameLocal: '李娜', languages: ['Mandarin', 'mandarin'] };
      const added = await repos.directory.saveContact(created.value.id, null, draft);
      expect(added.ok && added.value.languages).toEqual(['Mandarin']);
      if (!added.ok) return;
      const bad = await repos.directory.saveContact(created.value.id, added.value.id, { ...draft, email: 'li.na' });
      expect(!bad.ok && inEnglish(bad.error.email!)).toMatch(/not an e-mail address/);
      const edited = await repos.directory.saveContact(created.value.id, added.value.id, { ...draft, title: 'Director' });
      expect(edited.ok && edited.value).toMatchObject({ id: added.value.id, title: 'Director' });
      expect((await repos.directory.getOrganisation(created.value.id))?.contacts).toHaveLength(1);
    });

    it('refuses to remove a contact an engagement lists', async () => {
      const { repos, db } = await withSample();
      const feng = (await db.contacts.where('name').equals('Zhihua Feng').first())!;
      const result = await repos.directory.removeContact(feng.id);
      expect(result).toMatchObject({ status: 'refused', engagementCount: 1 });
      expect(result.status === 'refused' && inEnglish(result.message)).toBe(
        'Zhihua Feng is listed in 1 engagement, so they cannot be removed. Take them off that engagement first, or edit their details instead.',
      );
      expect(await db.contacts.get(feng.id)).toBeDefined();
    });

    it('removes a contact no engagement lists, and puts it back on undo', async () => {
      const { repos, db, named } = await withSample();
      const embassy = await named('British Embassy Beijing');
      const added = await repos.directory.saveContact(embassy.id, null, { ...emptyContactDraft(), name: 'Tom Hughes' });
      if (!added.ok) throw new Error('not added');
      const result = await repos.directory.removeContact(added.value.id);
      expect(result.status).toBe('removed');
      if (result.status !== 'removed') return;
      expect(await db.contacts.get(added.value.id)).toBeUndefined();
      expect(await repos.directory.restoreContact(result.removed)).toEqual({ ok: true, value: added.value });
      expect(await db.contacts.get(added.value.id)).toEqual(added.value);
    });

    it('does not put a contact back into an organisation that has gone', async () => {
      const { repos } = freshRepositories();
      const created = await repos.directory.createOrganisation(anOrganisation());
      if (!created.ok) throw new Error('not created');
      const added = await repos.directory.saveContact(created.value.id, null, { ...emptyContactDraft(), name: 'Li Na' });
      if (!added.ok) throw new Error('not added');
      await repos.directory.removeContact(added.value.id);
      await repos.directory.remove(created.value.id);
      const restored = await repos.directory.restoreContact(added.value);
      expect(!restored.ok && inEnglish(restored.error)).toBe('Li Na’s organisation is no longer in the directory.');
    });
  });

  it('shows an organisation’s engagements across trips, newest first, with trip and city', async () => {
    const { repos, db, named, tripId } = await withSample();
    const zhengxin = await named('Zhengxin Group');
    const later = await repos.trips.create(
      aTripDraft().named('Tianjin follow-up visit').from('2017-05-08').to('2017-05-12').build(),
    );
    if (!later.ok) throw new Error('trip not created');
    const binhai = await repos.route.addCity(later.value.id, {
      name: 'Binhai',
      nameLocal: '滨海',
      country: 'CN',
      timeZone: 'Asia/Shanghai',
      latitude: null,
      longitude: null,
      arrivalDate: '2017-05-08',
      departureDate: '2017-05-12',
      notes: '',
    });
    if (!binhai.ok) throw new Error('stop not added');
    const template = (await db.engagements.where('organisationIds').equals(zhengxin.id).first())!;
    await db.engagements.put({
      ...template,
      id: 'ratification',
      tripId: later.value.id,
      stopId: binhai.value.id,
      title: 'MoU ratification',
      start: { local: '2017-05-09T10:00', zone: 'Asia/Shanghai', utc: '2017-05-09T02:00:00Z' },
      end: { local: '2017-05-09T11:00', zone: 'Asia/Shanghai', utc: '2017-05-09T03:00:00Z' },
    });

    const history = await repos.directory.engagementHistory(zhengxin.id);
    expect(history.map((entry) => [entry.tripName, entry.stopName])).toEqual([
      ['Tianjin follow-up visit', 'Binhai'],
      ['Liverpool City Region trade mission to China', 'Tianjin'],
      ['Liverpool City Region trade mission to China', 'Tianjin'],
    ]);
    expect(history.map((entry) => entry.tripId)).toEqual([later.value.id, tripId, tripId]);
    const starts = history.map((entry) => entry.engagement.start.utc);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(await repos.directory.engagementHistory('nowhere')).toEqual([]);
  });

  it('archives and unarchives, keeping the organisation’s history', async () => {
    const { repos, named } = await withSample();
    const zhengxin = await named('Zhengxin Group');
    expect((await repos.directory.archive(zhengxin.id, true))?.archived).toBe(true);
    const listed = (await repos.directory.listOrganisations()).find((summary) => summary.organisation.id === zhengxin.id);
    expect(listed).toMatchObject({ organisation: { archived: true }, engagementCount: 2 });
    expect(await repos.directory.engagementHistory(zhengxin.id)).toHaveLength(2);
    const refused = await repos.directory.remove(zhengxin.id);
    expect(refused.status === 'refused' && inEnglish(refused.message)).toMatch(/It is archived already/);
    expect((await repos.directory.archive(zhengxin.id, false))?.archived).toBe(false);
    expect(await repos.directory.archive('nowhere', true)).toBeUndefined();
  });
});
