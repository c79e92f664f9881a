/**
 * What this computer knows of the team space between syncs, kept in its own tables (never in a backup): how far
 * it has read each colleague's log, what it has sent, the team's choices of what is shared, and the clashes
 * found for review. The password and the team key are not here: the platform keeps them (platform/team-space.ts).
 */
import type { FieldChange } from '../domain/history/field-changes';
import type { SpaceFailure } from '../domain/sync/space-files';
import type { PlannerDatabase } from './database';
import type { SyncClash } from '../domain/sync/sync-merge';
import type { LogPositions, SegmentEntry, SnapshotEntry } from '../domain/sync/sync-log';

/** Why a colleague's log, or part of it, was not used at a sync. */
export type LogProblemKind =
  /** It did not open with the team key: written with another key, or damaged, or cut off. */
  | 'unreadable'
  /** Written by a newer version of the app. */
  | 'newer-version'
  /** It opened, but what it holds is not a log of that computer (or a change in it would make a record invalid). */
  | 'damaged'
  /** Its changes are timed more than five minutes ahead of this computer's clock. */
  | 'clock-ahead'
  /** Segments it lists are gone, and no snapshot covers them yet. */
  | 'gap';

export interface LogProblem {
  node: string;
  /** The organiser's name as last read from that log; empty when it never was. */
  organiser: string;
  kind: LogProblemKind;
  /** The file that was not used. */
  path: string;
}

/** A team choice of what is shared: the latest wins, as for any field. */
export interface ShareChoice {
  hlc: string;
  shared: boolean;
  organiser: string;
}

export interface SyncState {
  /** The space this state belongs to (its key's salt): connecting another space starts afresh. */
  spaceId: string;
  /** How far each colleague's log has been read and applied. */
  positions: LogPositions;
  /** Colleagues' names, by computer, from their logs. */
  organisers: Record<string, string>;
  /** This computer's segments still in the space, and its snapshots. */
  ownSegments: SegmentEntry[];
  ownSnapshots: SnapshotEntry[];
  /** The last segment this computer wrote (compacted or not): the next is one more. */
  lastSeq: number;
  /** The latest of this computer's changes sent. */
  sentUpTo: string;
  /** Ids of changes sent within the last minute before `sentUpTo`: another window may commit one late. */
  recentlySent: string[];
  /** The team's choices, by scope (`directory` or a trip's id). */
  shares: Record<string, ShareChoice>;
  /** Choices made here, not yet sent. */
  unsentChoices: FieldChange[];
  /** Scopes shared here whose records have not all been sent yet. */
  toSendWhole: string[];
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Why the last sync did not reach the space; null when it did. */
  failure: Pick<SpaceFailure, 'problem' | 'status'> | null;
  /** Logs skipped at the last sync. */
  problems: LogProblem[];
}

export interface SyncStateRow {
  key: string;
  value: SyncState;
}

export const SYNC_STATE_KEY = 'team';

export function initialSyncState(spaceId: string): SyncState {
  return {
    spaceId,
    positions: {},
    organisers: {},
    ownSegments: [],
    ownSnapshots: [],
    lastSeq: 0,
    sentUpTo: '',
    recentlySent: [],
    shares: {},
    unsentChoices: [],
    toSendWhole: [],
    lastAttemptAt: null,
    lastSuccessAt: null,
    failure: null,
    problems: [],
  };
}

/** A clash as kept for review. */
export interface StoredClash extends SyncClash {
  /** The trip of the record, or null for the directory. */
  tripId: string | null;
  detectedAt: string;
  /** When an organiser looked at it and kept the result (or put the lost value back); null until then. */
  reviewedAt: string | null;
}

export async function readSyncState(db: PlannerDatabase, spaceId: string): Promise<SyncState> {
  const row = await db.syncState.get(SYNC_STATE_KEY);
  return row && row.value.spaceId === spaceId ? row.value : initialSyncState(spaceId);
}

export async function writeSyncState(db: PlannerDatabase, state: SyncState): Promise<void> {
  await db.syncState.put({ key: SYNC_STATE_KEY, value: state });
}

/** Forgets the space: how far its logs were read, the choices and the clashes. The data stays as it is. */
export async function forgetTeamSpace(db: PlannerDatabase): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncClashes, async () => {
    await db.syncState.clear();
    await db.syncClashes.clear();
  });
}

/** The choices and whole scopes a sync has sent, by the state it runs with. */
const sentByRun = new WeakMap<SyncState, { choices: Set<string>; whole: Set<string> }>();

/**
 * Stores the state a sync has made, keeping what the organiser chose meanwhile: a trip shared while the sync
 * ran is in the stored state, not in the sync's copy, and is neither lost nor taken as sent.
 */
export async function saveSyncState(db: PlannerDatabase, state: SyncState): Promise<void> {
  const sent = sentByRun.get(state);
  await db.transaction('rw', db.syncState, async () => {
    const stored = await readSyncState(db, state.spaceId);
    for (const [scope, choice] of Object.entries(stored.shares)) {
      const known = state.shares[scope];
      if (!known || known.hlc < choice.hlc) state.shares[scope] = choice;
    }
    const kept = new Set(state.unsentChoices.map((choice) => choice.id));
    state.unsentChoices.push(...stored.unsentChoices.filter((choice) => !kept.has(choice.id) && !sent?.choices.has(choice.id)));
    state.toSendWhole = [...new Set([...state.toSendWhole, ...stored.toSendWhole.filter((scope) => !sent?.whole.has(scope))])];
    await writeSyncState(db, state);
  });
}

/** Notes that the state's unsent choices and whole scopes have gone into a segment (saveSyncState then drops them). */
export function noteSent(state: SyncState): void {
  const sent = sentByRun.get(state) ?? { choices: new Set<string>(), whole: new Set<string>() };
  for (const choice of state.unsentChoices) sent.choices.add(choice.id);
  for (const scope of state.toSendWhole) sent.whole.add(scope);
  sentByRun.set(state, sent);
}

/** The clashes to review, newest first. */
export function clashesToReview(db: PlannerDatabase): Promise<StoredClash[]> {
  return db.syncClashes
    .orderBy('detectedAt')
    .reverse()
    .filter((clash) => clash.reviewedAt === null)
    .toArray();
}
