/**
 * The organiser's acknowledgements of a trip's conflicts. One per finding: acknowledging again replaces the
 * note and the situation accepted. Removing one returns it so it can be undone.
 */
import { parseAcknowledgementNote, type Acknowledgement } from '../domain/checks/acknowledgements';
import type { Finding } from '../domain/checks/finding';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

export interface AcknowledgementRepository {
  /** Accepts the finding as it stands now; an error message when the note is missing or the trip is gone. */
  acknowledge(
    tripId: string,
    finding: Pick<Finding, 'id' | 'fingerprint'>,
    note: string,
  ): Promise<Result<Acknowledgement, Message>>;
  /** Withdraws an acknowledgement; returns it for undo, or undefined when there was none. */
  withdraw(tripId: string, conflictId: string): Promise<Acknowledgement | undefined>;
  restore(acknowledgement: Acknowledgement): Promise<void>;
}

export function createAcknowledgementRepository(db: PlannerDatabase, clock: Clock): AcknowledgementRepository {
  const find = (tripId: string, conflictId: string) =>
    db.acknowledgements.where('[tripId+conflictId]').equals([tripId, conflictId]).first();

  return {
    async acknowledge(tripId, finding, note) {
      const parsed = parseAcknowledgementNote(note);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', [db.trips, db.acknowledgements], async () => {
        if (!(await db.trips.get(tripId))) return err(message('checks:acknowledgement.tripGone'));
        const existing = await find(tripId, finding.id);
        const acknowledgement: Acknowledgement = {
          id: existing?.id ?? clock.newId(),
          tripId,
          conflictId: finding.id,
          fingerprint: finding.fingerprint,
          note: parsed.value,
          acknowledgedAt: clock.now(),
        };
        await db.acknowledgements.put(acknowledgement);
        return ok(acknowledgement);
      });
    },

    async withdraw(tripId, conflictId) {
      return db.transaction('rw', db.acknowledgements, async () => {
        const existing = await find(tripId, conflictId);
        if (existing) await db.acknowledgements.delete(existing.id);
        return existing;
      });
    },

    async restore(acknowledgement) {
      await db.transaction('rw', [db.trips, db.acknowledgements], async () => {
        // Put back only while the trip exists, and never beside a newer acknowledgement of the same finding.
        if (!(await db.trips.get(acknowledgement.tripId))) return;
        const existing = await find(acknowledgement.tripId, acknowledgement.conflictId);
        if (existing) await db.acknowledgements.delete(existing.id);
        await db.acknowledgements.put(acknowledgement);
      });
    },
  };
}
