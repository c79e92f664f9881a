import { describe, expect, it } from 'vitest';
import { emptyEmergencyContacts, emptyMissionDraft } from '../../src/domain/trip/emergency-contacts';
import { saveEmergencyContacts } from '../../src/usecases/emergency-contacts';
import { aTripDraft } from '../builders/trip-draft';
import { inEnglish } from '../builders/words';
import { freshRepositories } from '../storage/test-database';

async function aNewTrip() {
  const { repos } = freshRepositories();
  const created = await repos.trips.create(aTripDraft().named('Chongqing mission').build());
  if (!created.ok) throw new Error('The trip was not created.');
  return { repos, trip: created.value };
}

describe('saving a trip’s contacts in emergencies', () => {
  it('starts a new trip with none, and saves a coordinator and a consulate, giving the consulate an id', async () => {
    const { repos, trip } = await aNewTrip();
    expect(trip).toMatchObject(emptyEmergencyContacts());

    const saved = await saveEmergencyContacts({ repositories: repos }, trip.id, {
      ...emptyEmergencyContacts(),
      localCoordinator: { name: ' Wang Fang ', phone: '+86 23 6555 0990', email: 'wang.fang@mission-desk.example' },
      diplomaticMissions: [{ ...emptyMissionDraft('cn'), city: 'Chongqing', name: 'British Consulate-General Chongqing' }],
    });

    if (!saved.ok) throw new Error('refused');
    const stored = await repos.trips.get(trip.id);
    expect(stored?.localCoordinator.name).toBe('Wang Fang');
    expect(stored?.diplomaticMissions).toHaveLength(1);
    expect(stored?.diplomaticMissions[0]).toMatchObject({ country: 'CN', city: 'Chongqing' });
    expect(stored?.diplomaticMissions[0]?.id).not.toBe('');
  });

  it('writes nothing when an e-mail is wrong, and says whose e-mail it is', async () => {
    const { repos, trip } = await aNewTrip();
    const saved = await saveEmergencyContacts({ repositories: repos }, trip.id, {
      ...emptyEmergencyContacts(),
      organiserContact: { name: 'Ellen Cutler', phone: '', email: 'ellen at invest liverpool' },
    });
    if (saved.ok) throw new Error('accepted');
    expect(inEnglish(saved.error['organiserContact.email']!)).toMatch(/^Organiser’s e-mail: /);
    expect(await repos.trips.get(trip.id)).toEqual(trip);
  });

  it('can be undone, putting back the trip as it was', async () => {
    const { repos, trip } = await aNewTrip();
    const saved = await saveEmergencyContacts({ repositories: repos }, trip.id, {
      ...emptyEmergencyContacts(),
      organiserContact: { name: 'Ellen Cutler', phone: '+44 7700 900110', email: '' },
    });
    if (!saved.ok) throw new Error('refused');
    expect((await saved.value.change.revert()).ok).toBe(true);
    expect(await repos.trips.get(trip.id)).toEqual(trip);
  });
});
