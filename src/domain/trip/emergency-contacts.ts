/**
 * The contacts in emergencies of a trip, as the organiser enters them once: the organiser's own contact, the
 * local coordinator and the home country's missions on the route. They go into the briefing book; this module
 * holds their form's rules. A mission needs a name and a country; an e-mail, when given, must look like one.
 * Every message names the field it is about, since the same form holds three e-mail boxes.
 */
import { isEmailAddress } from '../directory/organisation';
import { message, type Message } from '../shared/message';
import { err, hasErrors, ok, type Result } from '../shared/result';
import { emptyTripContact, type DiplomaticMission, type Trip, type TripContact } from './trip';

/** A mission as the form edits it: `id` is '' for one not saved yet. */
export type DiplomaticMissionDraft = DiplomaticMission;

export interface EmergencyContactsDraft {
  organiserContact: TripContact;
  localCoordinator: TripContact;
  diplomaticMissions: DiplomaticMissionDraft[];
}

/** The two contacts of a trip, by their stored field name. */
export const TRIP_CONTACT_ROLES = ['organiserContact', 'localCoordinator'] as const;
export type TripContactRole = (typeof TRIP_CONTACT_ROLES)[number];

/** A field of the form: `organiserContact.email`, `diplomaticMissions.0.country`. */
export type EmergencyContactsField =
  | `${TripContactRole}.${keyof TripContact}`
  | `diplomaticMissions.${number}.${keyof DiplomaticMissionDraft}`;

export type EmergencyContactsErrors = Partial<Record<EmergencyContactsField, Message>>;

/** Longest text kept in one field: longer is a paste gone wrong. */
export const MAX_CONTACT_FIELD_LENGTH = 500;

export function emptyMissionDraft(country = ''): DiplomaticMissionDraft {
  return { id: '', country, city: '', name: '', address: '', addressLocal: '', phone: '', emergencyPhone: '' };
}

export function emergencyContactsOf(trip: Pick<Trip, 'organiserContact' | 'localCoordinator' | 'diplomaticMissions'>): EmergencyContactsDraft {
  return {
    organiserContact: { ...trip.organiserContact },
    localCoordinator: { ...trip.localCoordinator },
    diplomaticMissions: trip.diplomaticMissions.map((mission) => ({ ...mission })),
  };
}

export function emptyEmergencyContacts(): EmergencyContactsDraft {
  return { organiserContact: emptyTripContact(), localCoordinator: emptyTripContact(), diplomaticMissions: [] };
}

const EMAIL_INVALID: Record<TripContactRole, (email: string) => Message> = {
  organiserContact: (email) => message('trips:errors.contacts.organiserEmailInvalid', { email }),
  localCoordinator: (email) => message('trips:errors.contacts.coordinatorEmailInvalid', { email }),
};

/** One message per field that is wrong, each naming its field. */
export function validateEmergencyContacts(draft: EmergencyContactsDraft): EmergencyContactsErrors {
  const errors: EmergencyContactsErrors = {};
  for (const role of TRIP_CONTACT_ROLES) {
    const contact = draft[role];
    const email = contact.email.trim();
    if (email && !isEmailAddress(email)) errors[`${role}.email`] = EMAIL_INVALID[role](email);
    for (const field of ['name', 'phone', 'email'] as const) {
      if (contact[field].trim().length > MAX_CONTACT_FIELD_LENGTH) {
        errors[`${role}.${field}`] ??= message('trips:errors.contacts.tooLong', { count: MAX_CONTACT_FIELD_LENGTH });
      }
    }
  }
  draft.diplomaticMissions.forEach((mission, index) => {
    const at = (field: keyof DiplomaticMissionDraft) => `diplomaticMissions.${index}.${field}` as const;
    const position = index + 1;
    if (!mission.name.trim()) errors[at('name')] = message('trips:errors.contacts.missionNameMissing', { number: position });
    const country = mission.country.trim();
    if (!country) errors[at('country')] = message('trips:errors.contacts.missionCountryMissing', { number: position });
    else if (!/^[A-Za-z]{2}$/.test(country)) {
      errors[at('country')] = message('trips:errors.contacts.missionCountryInvalid', { number: position, text: country });
    }
    for (const field of ['city', 'name', 'address', 'addressLocal', 'phone', 'emergencyPhone'] as const) {
      if (mission[field].trim().length > MAX_CONTACT_FIELD_LENGTH) {
        errors[at(field)] ??= message('trips:errors.contacts.tooLong', { count: MAX_CONTACT_FIELD_LENGTH });
      }
    }
  });
  return errors;
}

const trimmedContact = (contact: TripContact): TripContact => ({
  name: contact.name.trim(),
  phone: contact.phone.trim(),
  email: contact.email.trim(),
});

/**
 * The draft, trimmed and with each country in capitals, if it is valid. A mission not saved yet keeps its
 * empty id: the repository gives it one.
 */
export function parseEmergencyContacts(draft: EmergencyContactsDraft): Result<EmergencyContactsDraft, EmergencyContactsErrors> {
  const errors = validateEmergencyContacts(draft);
  if (hasErrors(errors)) return err(errors);
  return ok({
    organiserContact: trimmedContact(draft.organiserContact),
    localCoordinator: trimmedContact(draft.localCoordinator),
    diplomaticMissions: draft.diplomaticMissions.map((mission) => ({
      id: mission.id,
      country: mission.country.trim().toUpperCase(),
      city: mission.city.trim(),
      name: mission.name.trim(),
      address: mission.address.trim(),
      addressLocal: mission.addressLocal.trim(),
      phone: mission.phone.trim(),
      emergencyPhone: mission.emergencyPhone.trim(),
    })),
  });
}

/** True when the trip has none of its contacts in emergencies yet. */
export function hasNoEmergencyContacts(trip: Pick<Trip, 'organiserContact' | 'localCoordinator' | 'diplomaticMissions'>): boolean {
  const blank = (contact: TripContact) => !contact.name && !contact.phone && !contact.email;
  return blank(trip.organiserContact) && blank(trip.localCoordinator) && trip.diplomaticMissions.length === 0;
}
