/**
 * Saving a trip's contacts in emergencies, captured so the organiser can take the save back from its
 * notification, as with other edits that replace what was there.
 */
import type { EmergencyContactsDraft, EmergencyContactsErrors } from '../domain/trip/emergency-contacts';
import type { Trip } from '../domain/trip/trip';
import { err, ok, type Result } from '../domain/shared/result';
import type { Repositories } from '../storage/repositories';
import type { UndoableChange } from './undoable-change';

export interface EmergencyContactsSaved {
  trip: Trip;
  change: UndoableChange;
}

/** Saves the contacts of trip `tripId` if they are valid; nothing is written otherwise. */
export async function saveEmergencyContacts(
  { repositories }: { repositories: Pick<Repositories, 'trips' | 'captureChanges'> },
  tripId: string,
  draft: EmergencyContactsDraft,
): Promise<Result<EmergencyContactsSaved, EmergencyContactsErrors>> {
  const captured = await repositories.captureChanges(() => repositories.trips.updateEmergencyContacts(tripId, draft));
  if (!captured.value.ok) return err(captured.value.error);
  return ok({ trip: captured.value.value, change: captured });
}
