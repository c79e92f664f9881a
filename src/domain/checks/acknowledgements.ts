/**
 * The organiser's review of a trip's findings: a warning they have looked at and accepted is acknowledged
 * with a note, and stays listed as such until the situation behind it changes (its fingerprint differs), when
 * it is open again and says so. Errors can be acknowledged too: an organiser may know the clash is intended.
 */
import { z } from 'zod';
import type { Finding } from './finding';
import { findingsIndex, type FindingsIndex } from './findings-index';
import { err, ok, type Result } from '../shared/result';
import { message, type Message } from '../shared/message';

/** Longest note kept with an acknowledgement. */
export const MAX_NOTE_LENGTH = 1000;

export const acknowledgementSchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  /** The finding's stable id, unique within its trip. */
  conflictId: z.string().min(1),
  /** The situation that was accepted: when the finding's fingerprint differs, the acknowledgement lapses. */
  fingerprint: z.string().min(1),
  note: z.string().trim().min(1).max(MAX_NOTE_LENGTH),
  acknowledgedAt: z.string(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/** open: needs attention; acknowledged: accepted as it is; changed: was accepted, but the situation changed. */
export type FindingStatus = 'open' | 'acknowledged' | 'changed';

export interface ReviewedFinding {
  finding: Finding;
  status: FindingStatus;
  /** The acknowledgement on record for this finding, current or lapsed. */
  acknowledgement: Acknowledgement | null;
}

export interface ChecksReview {
  /** Open and changed findings (errors first), then acknowledged ones, each in the engine's order. */
  items: ReviewedFinding[];
  /** Findings needing attention: open or changed. */
  openErrors: number;
  openWarnings: number;
  acknowledged: number;
}

/** Whether a finding still needs the organiser's attention. */
export const needsAttention = (item: ReviewedFinding) => item.status !== 'acknowledged';

/** Each finding with its standing, given the trip's acknowledgements. */
export function reviewFindings(
  findings: readonly Finding[],
  acknowledgements: readonly Acknowledgement[],
): ChecksReview {
  const byFinding = new Map(acknowledgements.map((acknowledgement) => [acknowledgement.conflictId, acknowledgement]));
  const open: ReviewedFinding[] = [];
  const accepted: ReviewedFinding[] = [];
  let openErrors = 0;
  let openWarnings = 0;
  for (const finding of findings) {
    const acknowledgement = byFinding.get(finding.id) ?? null;
    if (acknowledgement && acknowledgement.fingerprint === finding.fingerprint) {
      accepted.push({ finding, status: 'acknowledged', acknowledgement });
      continue;
    }
    open.push({ finding, status: acknowledgement ? 'changed' : 'open', acknowledgement });
    if (finding.severity === 'error') openErrors += 1;
    else openWarnings += 1;
  }
  return { items: [...open, ...accepted], openErrors, openWarnings, acknowledged: accepted.length };
}

/** The organiser's note, checked: why the finding is acceptable. */
export function parseAcknowledgementNote(note: string): Result<string, Message> {
  const trimmed = note.trim();
  if (!trimmed) return err(message('checks:acknowledgement.noteRequired'));
  if (trimmed.length > MAX_NOTE_LENGTH) return err(message('checks:acknowledgement.noteTooLong', { max: MAX_NOTE_LENGTH }));
  return ok(trimmed);
}


/** Findings needing attention, by the records they involve, for marking those records where they show. */
export interface FindingMarks {
  byEngagement: ReadonlyMap<string, readonly ReviewedFinding[]>;
  byJourney: ReadonlyMap<string, readonly ReviewedFinding[]>;
  /** Everything involving one person: found on demand, as a large trip's findings can name thousands. */
  forPerson(personId: string): ReviewedFinding[];
}

export function findingMarks(review: ChecksReview): FindingMarks {
  const attention = review.items.filter(needsAttention);
  const byEngagement = new Map<string, ReviewedFinding[]>();
  const byJourney = new Map<string, ReviewedFinding[]>();
  const add = (map: Map<string, ReviewedFinding[]>, id: string, item: ReviewedFinding) => {
    const list = map.get(id);
    if (list) list.push(item);
    else map.set(id, [item]);
  };
  for (const item of attention) {
    for (const id of item.finding.engagementIds) add(byEngagement, id, item);
    for (const id of item.finding.journeyIds) add(byJourney, id, item);
  }
  // Who each finding concerns is worked out only when a person's page asks, through the engine's index,
  // which never lists thousands of people per finding.
  let people: { index: FindingsIndex; reviewed: Map<Finding, ReviewedFinding> } | null = null;
  return {
    byEngagement,
    byJourney,
    forPerson(personId) {
      people ??= {
        index: findingsIndex(review.items.map((item) => item.finding)),
        reviewed: new Map(review.items.map((item) => [item.finding, item])),
      };
      const { index, reviewed } = people;
      return (index.byPerson.get(personId) ?? []).map((finding) => reviewed.get(finding)!);
    },
  };
}
