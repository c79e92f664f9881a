/**
 * The rules of the booking form: a resource booked for an engagement or a journey's transfer, for everyone who
 * attends or travels or for people chosen by name, with where and when a vehicle picks them up. The pick-up
 * time is typed as the app's time fields read times (`0915`, `9.15`, `9:15am`) and kept as `HH:mm` on the clock
 * of the city (see booking-times.ts). Each refusal names its field.
 */
import { clockTimeProblem, parseClockTime } from '../shared/clock-time';
import { message } from '../shared/message';
import { err, hasErrors, ok, type FieldMessages, type Result } from '../shared/result';
import { isVehicle, type Assignment, type AssignmentTarget, type Resource } from './resource';
import type { BookingTargets } from './booking-times';

/** What the booking form edits. */
export interface AssignmentDraft {
  resourceId: string;
  /** What it is booked for, as `targetKey` writes it; '' when not chosen yet. */
  target: string;
  /** Everyone who attends or travels; otherwise the people in `personIds`. */
  everyone: boolean;
  personIds: string[];
  /** As typed; '' for none. */
  pickUpTime: string;
  pickUpPlace: string;
  pickUpPlaceLocal: string;
  notes: string;
}

/** A booking's own fields, as saved: everything but its id and trip. */
export type AssignmentFields = Omit<Assignment, 'id' | 'tripId'>;

/** A target as one text, for the form's choice: `engagement:<id>`, `departure:<journey id>`, `arrival:<journey id>`. */
export function targetKey(target: AssignmentTarget): string {
  return target.kind === 'engagement' ? `engagement:${target.engagementId}` : `${target.end}:${target.journeyId}`;
}

/** The target a key names; null when it names none. */
export function targetOfKey(key: string): AssignmentTarget | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  if (at < 0 || id === '') return null;
  if (kind === 'engagement') return { kind: 'engagement', engagementId: id };
  if (kind === 'departure' || kind === 'arrival') return { kind: 'transfer', journeyId: id, end: kind };
  return null;
}

export function emptyAssignmentDraft(target: AssignmentTarget | null = null, resourceId = ''): AssignmentDraft {
  return {
    resourceId,
    target: target ? targetKey(target) : '',
    everyone: true,
    personIds: [],
    pickUpTime: '',
    pickUpPlace: '',
    pickUpPlaceLocal: '',
    notes: '',
  };
}

export function assignmentToDraft(assignment: Assignment): AssignmentDraft {
  return {
    resourceId: assignment.resourceId,
    target: targetKey(assignment.target),
    everyone: assignment.personIds === null,
    personIds: assignment.personIds ?? [],
    pickUpTime: assignment.pickUpTime ?? '',
    pickUpPlace: assignment.pickUpPlace,
    pickUpPlaceLocal: assignment.pickUpPlaceLocal,
    notes: assignment.notes,
  };
}

/** What a booking is checked against: the trip's resources, engagements and journeys, its other bookings. */
export interface AssignmentContext extends BookingTargets {
  resources: readonly Resource[];
  assignments: readonly Assignment[];
  /** The booking being edited; null for a new one. */
  editing: string | null;
}

/**
 * The booking as saved, or why not. A vehicle keeps its pick-up; an interpreter or guide has none. The same
 * resource cannot be booked twice for one thing.
 */
export function parseAssignmentDraft(draft: AssignmentDraft, context: AssignmentContext): Result<AssignmentFields, FieldMessages<AssignmentDraft>> {
  const errors: FieldMessages<AssignmentDraft> = {};
  const resource = context.resources.find((candidate) => candidate.id === draft.resourceId);
  if (!resource) errors.resourceId = draft.resourceId ? message('logistics:errors.resourceGone') : message('logistics:errors.resourceRequired');
  const target = targetOfKey(draft.target);
  if (!target) errors.target = message('logistics:errors.targetRequired');
  else if (target.kind === 'engagement' ? !context.engagementById.has(target.engagementId) : !context.journeyById.has(target.journeyId)) {
    errors.target = message('logistics:errors.targetGone');
  }
  if (resource && target && !errors.target) {
    const key = targetKey(target);
    const twice = context.assignments.some(
      (other) => other.id !== context.editing && other.resourceId === resource.id && targetKey(other.target) === key,
    );
    if (twice) errors.target = message('logistics:errors.alreadyBooked', { name: resource.name });
  }
  const personIds = [...new Set(draft.personIds)];
  if (!draft.everyone && personIds.length === 0) errors.personIds = message('logistics:errors.nobodyChosen');
  const vehicle = resource ? isVehicle(resource.kind) : true;
  let pickUpTime: string | null = null;
  if (vehicle) {
    const parsed = parseClockTime(draft.pickUpTime);
    if (parsed.ok) pickUpTime = parsed.value;
    else if (parsed.error.code !== 'empty') errors.pickUpTime = clockTimeProblem(parsed.error, message('logistics:field.pickUpTime'));
  }
  if (hasErrors(errors) || !resource || !target) return err(errors);
  const trim = (text: string) => text.normalize('NFC').trim();
  return ok({
    resourceId: resource.id,
    target,
    personIds: draft.everyone ? null : personIds,
    pickUpTime,
    pickUpPlace: vehicle ? trim(draft.pickUpPlace) : '',
    pickUpPlaceLocal: vehicle ? trim(draft.pickUpPlaceLocal) : '',
    notes: trim(draft.notes),
  });
}
