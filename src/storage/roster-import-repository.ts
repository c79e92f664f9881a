/**
 * Importing a checked roster into a trip. The whole import is one transaction, and everything that could make
 * it fail is checked before the first write, so it either happens completely or not at all: a row naming a
 * stop of another trip, a trip that is no longer there, or two rows with one email refuse the import with a
 * message and leave every table as it was.
 *
 * A row whose email matches a person already in the directory (ignoring case) updates that person with the
 * fields the file fills, rather than adding a second record for them, and keeps what the file leaves empty; a
 * person already on the trip keeps their membership, with the role and stops the file gives. A name the file
 * gives in parts replaces the stored parts it fills (and confirms the split); a whole name alone changes the
 * stored name only when it differs, so a split the organiser confirmed is not replaced by a guess.
 */
import { composeName } from '../domain/people/name-split';
import type { Organisation } from '../domain/directory/organisation';
import type { Membership, Person } from '../domain/people/person';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import { directoryMatchNote, emailKey, type DirectoryMatch, type RowNote } from '../domain/files/roster-notes';
import type { ImportedPerson, ImportSummary } from '../domain/files/roster-rows';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

export interface RosterImportRepository {
  /** What the import would do to people already stored, without writing: one note per matching row. */
  previewMatches(tripId: string, people: readonly ImportedPerson[]): Promise<RowNote[]>;
  /** Adds the people to the trip in one transaction; refuses all of them, writing nothing, if any cannot go in. */
  importRoster(tripId: string, people: readonly ImportedPerson[]): Promise<Result<ImportSummary, Message>>;
}

/** Fields an update takes from the file when the file fills them. */
const TEXT_FIELDS = [
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
  'placeOfBirth',
  'passportNumber',
  'passportAuthority',
  'visaType',
] as const satisfies readonly (keyof Person & keyof ImportedPerson)[];

const NULLABLE_FIELDS = ['sex', 'dateOfBirth', 'passportIssueDate', 'passportExpiry', 'visaStatus'] as const satisfies readonly (keyof Person &
  keyof ImportedPerson)[];

/** The name fields of `existing` updated from an imported row (see the module's header). */
function updatedName(existing: Person, imported: ImportedPerson): Pick<Person, 'name' | 'title' | 'givenNames' | 'familyName' | 'nameOrder' | 'nameAsEntered' | 'nameToConfirm'> {
  const { name, title, givenNames, familyName, nameOrder, nameAsEntered, nameToConfirm } = existing;
  const stored = { name, title, givenNames, familyName, nameOrder, nameAsEntered, nameToConfirm };
  if (imported.nameAsEntered === null) {
    const parts = {
      title: imported.title || title,
      givenNames: imported.givenNames || givenNames,
      familyName: imported.familyName || familyName,
      nameOrder: imported.nameOrder,
    };
    // The file's whole-name column, when it had one; else the name the parts make.
    const composed = imported.name === composeName(imported);
    return { ...stored, ...parts, name: composed ? composeName(parts) : imported.name, nameToConfirm: false };
  }
  if (sameName(imported.name, existing.name)) return stored;
  const { title: newTitle, givenNames: newGiven, familyName: newFamily, nameOrder: newOrder } = imported;
  return {
    name: imported.name,
    title: newTitle,
    givenNames: newGiven,
    familyName: newFamily,
    nameOrder: newOrder,
    nameAsEntered: imported.nameAsEntered,
    nameToConfirm: imported.nameToConfirm,
  };
}

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
            person = { ...existing, ...updatedName(existing, imported), updatedAt: now };
            for (const field of TEXT_FIELDS) if (imported[field] !== '') person[field] = imported[field];
            for (const field of NULLABLE_FIELDS) if (imported[field] !== null) Object.assign(person, { [field]: imported[field] });
            if (imported.organisationName && !sameName(imported.organisationName, existing.organisationName)) {
              person.organisationId = organisationNamed(imported.organisationName)?.id ?? null;
            }
            summary.updated += 1;
            summary.notes.push(directoryMatchNote(imported.row, imported.name, matchOf(membershipOf, existing), true));
          } else {
            const { row: _row, role: _role, stopIds: _stopIds, ...fields } = imported;
            person = {
              ...fields,
              id: clock.newId(),
              organisationId: organisationNamed(imported.organisationName)?.id ?? null,
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
