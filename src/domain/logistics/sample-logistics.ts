/**
 * The sample trip's ground logistics, from src/domain/trip/sample/logistics.json (its `about` says how the file is
 * written): its vehicles, interpreter and guide, and their bookings. Each record goes through the parse the app's
 * forms use, so the sample keeps the rules of anything an organiser types; a mistake in the file throws, naming
 * the row. Pure: ids come only from `newId`, resources first, then bookings, in the file's order.
 */
import { z } from 'zod';
import type { Engagement } from '../engagements/engagement';
import type { Journey } from '../route/journey';
import { wallDate } from '../shared/date-arithmetic';
import type { Id } from '../shared/ids';
import { emptyAssignmentDraft, parseAssignmentDraft } from './assignment-rules';
import { bookingTargets } from './booking-times';
import { RESOURCE_KINDS, TRANSFER_ENDS, type Assignment, type AssignmentTarget, type Resource } from './resource';
import { emptyResourceDraft, parseResourceDraft } from './resource-rules';

const text = z.string().optional();

const resourceRow = z.strictObject({
  key: z.string().min(1),
  kind: z.enum(RESOURCE_KINDS),
  name: z.string().min(1),
  company: text,
  capacity: z.number().int().positive().optional(),
  plate: text,
  driverName: text,
  driverPhone: text,
  languages: z.array(z.string()).optional(),
  phone: text,
  notes: text,
});

const bookingRow = z.strictObject({
  resource: z.string().min(1),
  engagement: text,
  transfer: z.strictObject({ number: z.string().min(1), date: z.string(), end: z.enum(TRANSFER_ENDS) }).optional(),
  people: z.array(z.string()).optional(),
  pickUpTime: text,
  pickUpPlace: text,
  pickUpPlaceLocal: text,
  notes: text,
});

const logisticsFile = z.object({ about: z.string(), resources: z.array(resourceRow), bookings: z.array(bookingRow) });

/** What the bookings name, as the sample's builder has them. */
export interface SampleLogisticsRefs {
  tripId: Id;
  /** Engagements and people by their key in the sample's files. */
  engagementIds: ReadonlyMap<string, Id>;
  personIds: ReadonlyMap<string, Id>;
  engagements: readonly Engagement[];
  segments: readonly Journey[];
}

/** The invalid fields of a parse, for a programmer's error: "capacity (logistics:errors.capacity)". */
const fieldsOf = (errors: object) =>
  Object.entries(errors)
    .map(([field, said]) => `${field} (${(said as { code?: string }).code ?? ''})`)
    .join(', ');

/** The sample's resources and bookings from its logistics file; none when there is no file. */
export function sampleLogistics(file: unknown, refs: SampleLogisticsRefs, newId: () => Id): { resources: Resource[]; assignments: Assignment[] } {
  if (file === undefined) return { resources: [], assignments: [] };
  const parsed = logisticsFile.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`logistics.json, ${issue.path.join('.')}: ${issue.message}`);
  }
  const resourceIds = new Map<string, Id>();
  const resources = parsed.data.resources.map((row, index): Resource => {
    const { key, capacity, ...fields } = row;
    const draft = { ...emptyResourceDraft(row.kind), ...fields, capacity: capacity === undefined ? '' : String(capacity) };
    const accepted = parseResourceDraft(draft);
    if (!accepted.ok) throw new Error(`logistics.json, resource ${index + 1} (${key}): ${fieldsOf(accepted.error)}`);
    if (resourceIds.has(key)) throw new Error(`logistics.json, resource ${index + 1}: the key ${key} is taken`);
    const id = newId();
    resourceIds.set(key, id);
    return { ...accepted.value, id, tripId: refs.tripId };
  });
  const targets = bookingTargets(refs);
  const assignments: Assignment[] = [];
  parsed.data.bookings.forEach((row, index) => {
    const lookUp = (ids: ReadonlyMap<string, Id>, key: string) => {
      const id = ids.get(key);
      if (id === undefined) throw new Error(`logistics.json, booking ${index + 1}: nothing has the key ${key}`);
      return id;
    };
    const resourceId = lookUp(resourceIds, row.resource);
    let target: AssignmentTarget;
    if (row.engagement !== undefined) {
      target = { kind: 'engagement', engagementId: lookUp(refs.engagementIds, row.engagement) };
    } else if (row.transfer) {
      const { number, date, end } = row.transfer;
      const journey = refs.segments.find((segment) => segment.number === number && wallDate(segment.departure.local) === date);
      if (!journey) throw new Error(`logistics.json, booking ${index + 1}: no journey ${number} leaves on ${date}`);
      target = { kind: 'transfer', journeyId: journey.id, end };
    } else {
      throw new Error(`logistics.json, booking ${index + 1}: names neither an engagement nor a transfer`);
    }
    const draft = {
      ...emptyAssignmentDraft(target, resourceId),
      everyone: row.people === undefined,
      personIds: (row.people ?? []).map((key) => lookUp(refs.personIds, key)),
      pickUpTime: row.pickUpTime ?? '',
      pickUpPlace: row.pickUpPlace ?? '',
      pickUpPlaceLocal: row.pickUpPlaceLocal ?? '',
      notes: row.notes ?? '',
    };
    const accepted = parseAssignmentDraft(draft, { ...targets, resources, assignments, editing: null });
    if (!accepted.ok) throw new Error(`logistics.json, booking ${index + 1}: ${fieldsOf(accepted.error)}`);
    assignments.push({ ...accepted.value, id: newId(), tripId: refs.tripId });
  });
  return { resources, assignments };
}
