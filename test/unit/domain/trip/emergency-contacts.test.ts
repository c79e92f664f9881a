import { describe, expect, it } from 'vitest';
import {
  emptyEmergencyContacts,
  emptyMissionDraft,
  hasNoEmergencyContacts,
  parseEmergencyContacts,
  validateEmergencyContacts,
  type EmergencyContactsDraft,
} from '../../../../src/domain/trip/emergency-contacts';
import { diplomaticMissionSchema, tripContactSchema } from '../../../../src/domain/trip/trip';
import { allInEnglish, inChinese } from '../../../builders/words';

/** The organiser's contact, a coordinator in Chongqing and the consulate there. */
function chongqingContacts(overrides: Partial<EmergencyContactsDraft> = {}): EmergencyContactsDraft {
  return {
    organiserContact: { name: 'Ellen Cutler', phone: '+44 7700 900110', email: 'ellen.cutler@investliverpool.example' },
    localCoordinator: { name: 'Wang Fang', phone: '+86 10 6555 0990', email: 'wang.fang@mission-desk.example' },
    diplomaticMissions: [
      {
        ...emptyMissionDraft('CN'),
        city: 'Chongqing',
        name: 'British Consulate-General Chongqing',
        addressLocal: '重庆市渝中区邹容路68号大都会东方广场28层',
        phone: '+86 23 6369 1500',
      },
    ],
    ...overrides,
  };
}

describe('the contacts in emergencies of a trip', () => {
  it('accepts an organiser, a coordinator and a consulate, and nothing at all', () => {
    expect(validateEmergencyContacts(chongqingContacts())).toEqual({});
    expect(validateEmergencyContacts(emptyEmergencyContacts())).toEqual({});
  });

  it('refuses an e-mail that is not one, saying whose e-mail it is', () => {
    const draft = chongqingContacts({
      organiserContact: { name: 'Ellen Cutler', phone: '', email: 'ellen.cutler' },
      localCoordinator: { name: 'Wang Fang', phone: '', email: 'wang fang@mission-desk' },
    });
    expect(allInEnglish(validateEmergencyContacts(draft))).toEqual({
      'organiserContact.email': 'Organiser’s e-mail: “ellen.cutler” is not an e-mail address. Type it like name@example.com.',
      'localCoordinator.email': 'Local coordinator’s e-mail: “wang fang@mission-desk” is not an e-mail address. Type it like name@example.com.',
    });
  });

  it('says the same in Chinese, naming the field', () => {
    const errors = validateEmergencyContacts(chongqingContacts({ localCoordinator: { name: '', phone: '', email: 'nobody' } }));
    expect(inChinese(errors['localCoordinator.email']!)).toBe('当地联络人邮箱：“nobody”不是有效的电子邮箱地址，请检查后重新填写。');
  });

  it('needs a mission’s name and a two-letter country, naming the mission by its place in the list', () => {
    const draft = chongqingContacts({
      diplomaticMissions: [chongqingContacts().diplomaticMissions[0]!, { ...emptyMissionDraft(), name: '  ' }, { ...emptyMissionDraft('China'), name: 'Embassy' }],
    });
    expect(allInEnglish(validateEmergencyContacts(draft))).toEqual({
      'diplomaticMissions.1.name': 'Mission 2: give its name, such as British Embassy Beijing.',
      'diplomaticMissions.1.country': 'Mission 2: choose the country it is in.',
      'diplomaticMissions.2.country': 'Mission 3: “China” is not a country. Choose one from the list.',
    });
    expect(inChinese(validateEmergencyContacts(draft)['diplomaticMissions.1.country']!)).toBe('使领馆2：请选择所在国家。');
  });

  it('trims what was typed and writes the country in capitals, keeping a new mission’s empty id for the repository', () => {
    const draft = chongqingContacts();
    draft.organiserContact.name = '  Ellen Cutler ';
    draft.diplomaticMissions[0]!.country = 'cn';
    const parsed = parseEmergencyContacts(draft);
    if (!parsed.ok) throw new Error('refused');
    expect(parsed.value.organiserContact.name).toBe('Ellen Cutler');
    expect(parsed.value.diplomaticMissions[0]).toMatchObject({ id: '', country: 'CN', city: 'Chongqing' });
    expect(tripContactSchema.safeParse(parsed.value.organiserContact).success).toBe(true);
    expect(diplomaticMissionSchema.safeParse({ ...parsed.value.diplomaticMissions[0], id: 'm-1' }).success).toBe(true);
  });

  it('knows a trip with none of them yet', () => {
    expect(hasNoEmergencyContacts(emptyEmergencyContacts())).toBe(true);
    expect(hasNoEmergencyContacts({ ...emptyEmergencyContacts(), localCoordinator: { name: '', phone: '+86 10 6555 0990', email: '' } })).toBe(false);
    expect(hasNoEmergencyContacts(chongqingContacts())).toBe(false);
  });
});
