/**
 * Importing a checked roster into a trip. The whole import is one transaction, and everything that could make
 * it fail is checked before the first write, so it either happens completely or not at all: a row naming a
 * stop of another trip, a trip that is no longer there, or two rows with one email refuse the import with a
 * message and leave every table as it was.
 *
 * A row whose email matches a person already in the directory (ignoring case) updates that person with the
 * fields the file fills, rather than adding a second record for them; a person already on the trip keeps their
 * membership, with the role and stops the file gives.
 */
import { splitName } from '../domain/people/name-split';
import type { Organisation } from '../domain/directory/organisation';
import type { Membership, Person } from '../domain/people/person';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import { directoryMatchNote, emailKey, type DirectoryMatch, type ImportedPerson, type ImportSummary, type RowNote } from '../domain/files/roster-rows';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

export interface RosterImportRepository {
  /** What the import would do to people already stored, without writing: one note per matching row. */
  previewMatches(tripId: string, people: readonly ImportedPerson[]): Promise<RowNote[]>;
  /** Adds the people to the trip in one transaction; refuses all of them, writing nothing, if any cannot go in. */
  importRoster(tripId: string, people: readonly ImportedPerson[]): Promise<Result<ImportSummary, Message>>;
}

const TEXT_FIELDS = [
  'name',
  'nameLocal',
  'email',
  'phone',
  'organisationName',
  'jobTitle',
  'dietary',
  'accessibility',
  'nationality',
  'emergencyContact',
  'notes',
] as const satisfies readonly (keyof Person & keyof ImportedPerson)[];

const sameName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

export function createRosterImportRepository(db: PlannerDatabase, clock: Clock): RosterImportRepository {
  /** Stored people by email key, and the ids of those on the trip. Call inside a transaction. */
  async function matches(tripId: string, people: readonly ImportedPerson[]) {
    const wanted = new Set(people.map((person) => emailKey(person.email)).filter((key) => key !== ''));
    const byEmail = new Map<string, Person>();
    if (wanted.size > 0) {
      // Emails are stored as typed, so the index cannot match them without case; the directory is small.
      await db.people.each((person) => {
        const key = emailKey(person.email);
        if (wanted.has(key) && !byEmail.has(key)) byEmail.set(key, person);
      });
    }
    const memberships = await db.memberships.where('tripId').equals(tripId).toArray();
    const membershipOf = new Map(memberships.map((membership) => [membership.personId, membership]));
    const existingFor = (person: ImportedPerson) => (person.email ? byEmail.get(emailKey(person.email)) : undefined);
    return { existingFor, membershipOf };
  }

  const matchOf = (membershipOf: Map<string, Membership>, existing: Person): DirectoryMatch =>
    membershipOf.has(existing.id) ? 'on-trip' : 'in-directory';

  return {
    async previewMatches(tripId, people) {
      return db.transaction('r', [db.people, db.memberships], async () => {
        const { existingFor, membershipOf } = await matches(tripId, people);
        return people.flatMap((person) => {
          const existing = existingFor(person);
          return existing ? [directoryMatchNote(person.row, person.name, matchOf(membershipOf, existing), false)] : [];
        });
      });
    },

    async importRoster(tripId, people) {
      return db.transaction('rw', [db.trips, db.stops, db.people, db.memberships, db.organisations], async () => {
        // Everything is checked before the first write: a refusal must leave every table as it was.
        if (!(await db.trips.get(tripId))) return err(message('people:import.refused.tripGone'));
        const stopIds = new Set(await db.stops.where('tripId').equals(tripId).primaryKeys());
        const stray = people.find((person) => person.stopIds.some((id) => !stopIds.has(id)));
        if (stray) {
          return err(message('people:import.refused.strayCity', { row: stray.row, name: stray.name }));
        }
        const seen = new Map<string, number>();
        for (const person of people) {
          const key = emailKey(person.email);
          if (!key) continue;
          const earlier = seen.get(key);
          if (earlier !== undefined) return err(message('people:import.refused.duplicateEmail', { row: person.row, earlier }));
          seen.set(key, person.row);
        }

        const { existingFor, membershipOf } = await matches(tripId, people);
        const organisations = await db.organisations.toArray();
        const organisationNamed = (name: string): Organisation | undefined =>
          name
            ? (organisations.find((o) => !o.archived && (sameName(o.name, name) || (o.nameLocal !== '' && sameName(o.nameLocal, name)))) ??
              organisations.find((o) => sameName(o.name, name)))
            : undefined;

        const now = clock.now();
        const summary: ImportSummary = { created: 0, updated: 0, addedToTrip: 0, alreadyOnTrip: 0, notes: [] };
        const peopleToPut: Person[] = [];
        const membershipsToPut: Membership[] = [];
        for (const imported of people) {
          const existing = existingFor(imported);
          let person: Person;
          if (existing) {
            person = { ...existing, updatedAt: now };
            for (const field of TEXT_FIELDS) if (imported[field] !== '') person[field] = imported[field];
            if (imported.passportExpiry) person.passportExpiry = imported.passportExpiry;
            if (imported.visaStatus) person.visaStatus = imported.visaStatus;
            if (imported.organisationName && !sameName(imported.organisationName, existing.organisationName)) {
              person.organisationId = organisationNamed(imported.organisationName)?.id ?? null;
            }
            summary.updated += 1;
            summary.notes.push(directoryMatchNote(imported.row, imported.name, matchOf(membershipOf, existing), true));
          } else {
            const { row: _row, role: _role, stopIds: _stopIds, ...fields } = imported;
            // A file with one name column gives the whole name: its parts are a guess until confirmed.
            const parts = splitName(imported.name, imported.nameLocal);
            person = {
              ...fields,
              title: parts.title,
              givenNames: parts.givenNames,
              familyName: parts.familyName,
              nameOrder: parts.nameOrder,
              nameAsEntered: imported.name,
              nameToConfirm: parts.uncertain,
              sex: null,
              dateOfBirth: null,
              placeOfBirth: '',
              passportNumber: '',
              passportIssueDate: null,
              passportAuthority: '',
              visaType: '',
              id: clock.newId(),
              organisationId: organisationNamed(imported.organisationName)?.id ?? null,
              passportExpiry: imported.passportExpiry,
              visaStatus: imported.visaStatus ?? 'not-started',
              sample: false,
              createdAt: now,
              updatedAt: now,
            };
            summary.created += 1;
          }
          peopleToPut.push(person);

          const membership = membershipOf.get(person.id);
          if (membership) {
            membershipsToPut.push({ ...membership, role: imported.role, stopIds: imported.stopIds });
            summary.alreadyOnTrip += 1;
          } else {
            membershipsToPut.push({
              id: clock.newId(),
              tripId,
              personId: person.id,
              role: imported.role,
              stopIds: imported.stopIds,
              notes: '',
              calendarExportedAt: null,
            });
            summary.addedToTrip += 1;
          }
        }

        await db.people.bulkPut(peopleToPut);
        await db.memberships.bulkPut(membershipsToPut);
        if (people.length > 0) await db.trips.update(tripId, { updatedAt: now });
        return ok(summary);
      });
    },
  };
}
