/**
 * The team sync: organisers on several computers plan one mission through a folder they share (a WebDAV
 * server or a synced local folder), with no server of their own. It exchanges the change log's field-level
 * changes (change-log.ts), never whole files, and merges them by the latest hybrid clock per field
 * (change-exchange.ts): every computer that has read the same changes holds the same data, whatever order it
 * read them in. What the space holds, file by file, is in domain/sync/sync-log.ts; everything in it is sealed
 * with the team key (domain/sync/team-key.ts).
 *
 * A sync, started by a timer, by coming back online or by hand, never while another runs:
 * 1. reads this computer's own summary, in case a sync that wrote it was cut short before it was recorded here;
 * 2. reads every colleague's summary and the segments it has not read, or the latest snapshot where what it
 *    lacks was compacted away (or at its first sync); a log that does not open, is not what it should be, or
 *    would make a record invalid is skipped whole and named, and the rest syncs;
 * 3. applies what it read in one transaction, listing the clashes it settled (domain/sync/sync-merge.ts);
 * 4. sends this computer's changes to what is shared as one new segment, then its summary;
 * 5. every SNAPSHOT_EVERY segments, writes a snapshot and removes the segments the snapshot before it covers.
 *
 * Nothing here waits for the network before the data is changed: edits are made and logged locally as ever,
 * and wait for the next sync. A failure of the space leaves the data and this state as they were.
 */
import { changeId, type FieldChange, type RecordValue } from '../domain/history/field-changes';
import { formatTimestamp, MAX_DRIFT_MS, parseTimestamp } from '../domain/history/hybrid-logical-clock';
import { recordProblem } from '../domain/files/record-checks';
import type { StoredTableName } from '../domain/schema/schema-history';
import {
  COMPUTERS_FOLDER,
  DIRECTORY_SCOPE,
  firstSegmentHeld,
  isShared,
  LogFileError,
  parseSegment,
  parseSnapshot,
  parseSummary,
  segmentPath,
  SHARED_FIELD,
  snapshotPath,
  SPACE_TABLE,
  summaryPath,
  SYNC_LOG_VERSION,
  type LogPositions,
  type LogSummary,
  type Segment,
  type SnapshotEntry,
} from '../domain/sync/sync-log';
import { findClashes, type ChangeOrigin, type SyncClash } from '../domain/sync/sync-merge';
import { open, seal, SealedFileError } from '../domain/sync/team-key';
import type { SpaceFailure, SpaceFiles, SpaceResult } from '../domain/sync/space-files';
import { LATE_COMMIT_MS, scopesOf, unsentChanges, wholeScope, withoutPrevious } from './team-sync-scope';
import { applyReceivedChanges, RefusedMergeError } from './change-exchange';
import type { ChangeAuthor } from './change-log';
import type { PlannerDatabase } from './database';
import { noteSent, readSyncState, saveSyncState, type LogProblem, type LogProblemKind, type StoredClash, type SyncState } from './team-sync-state';

/** A snapshot after this many segments of this computer's own. */
export const SNAPSHOT_EVERY = 50;

/** What a sync needs of the space: its files, the team key and who this computer is. */
export interface TeamConnection {
  files: SpaceFiles;
  /** The team key, imported (team-key.ts importTeamKey). */
  key: CryptoKey;
  /** The space's identity: its key's salt. */
  spaceId: string;
  author: () => ChangeAuthor;
  now?: () => Date;
  /** For tests: snapshots sooner than SNAPSHOT_EVERY. */
  snapshotEvery?: number;
}

export interface TeamSyncContext extends TeamConnection {
  db: PlannerDatabase;
}

export type SyncStage = 'reading' | 'applying' | 'sending';

export interface SyncReport {
  status: 'synced' | 'failed';
  /** Why the space could not be reached or written; null when it was. */
  failure: SpaceFailure | null;
  /** Changes received and applied. */
  received: number;
  /** Changes sent. */
  sent: number;
  /** Clashes found at this sync. */
  clashes: number;
  /** Colleagues' logs skipped, and why. */
  problems: LogProblem[];
}

/** Thrown inside a sync when the space fails: the sync stops, and what it had not recorded is not recorded. */
class SpaceFailureError extends Error {
  constructor(readonly failure: SpaceFailure) {
    super(`The team space did not answer: ${failure.problem}.`);
  }
}

async function must<T>(result: Promise<SpaceResult<T>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new SpaceFailureError(answer.failure);
  return answer.value;
}


interface ReadLog {
  node: string;
  summary: LogSummary;
  segments: Segment[];
}

class ClockAheadError extends Error {}
/** Changes timed later than this come from a clock too far ahead to trust. */
function driftLimit(context: TeamSyncContext): number {
  return (context.now ?? (() => new Date()))().getTime() + MAX_DRIFT_MS;
}

function problemOf(error: unknown): LogProblemKind | null {
  if (error instanceof ClockAheadError) return 'clock-ahead';
  if (error instanceof SealedFileError) return error.fault === 'newer-version' ? 'newer-version' : 'unreadable';
  if (error instanceof LogFileError) return error.fault === 'newer-version' ? 'newer-version' : 'damaged';
  return null;
}

/** Runs one sync at a time per database (and per browser, where it can tell windows apart). */
const running = new WeakMap<PlannerDatabase, Promise<SyncReport>>();

export function syncTeamSpace(context: TeamSyncContext, onStage?: (stage: SyncStage) => void): Promise<SyncReport> {
  const ongoing = running.get(context.db);
  if (ongoing) return ongoing;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // Two windows of the app share the database and the log in the space: one writes at a time.
  const run = locks
    ? new Promise<SyncReport>((resolve, reject) => {
        locks.request(`team-sync:${context.db.name}`, () => syncOnce(context, onStage).then(resolve, reject)).catch(reject);
      })
    : syncOnce(context, onStage);
  const tracked = run.finally(() => running.delete(context.db));
  running.set(context.db, tracked);
  return tracked;
}

async function syncOnce(context: TeamSyncContext, onStage?: (stage: SyncStage) => void): Promise<SyncReport> {
  const { db } = context;
  const now = context.now ?? (() => new Date());
  const me = context.author();
  const state = await readSyncState(db, context.spaceId);
  state.lastAttemptAt = now().toISOString();
  const report: SyncReport = { status: 'synced', failure: null, received: 0, sent: 0, clashes: 0, problems: [] };
  try {
    onStage?.('reading');
    await catchUpWithOwnLog(context, state, me.node);
    const seenBefore = { ...state.positions };
    const logs = await readColleagues(context, state, me.node, report);
    onStage?.('applying');
    await applyLogs(context, state, logs, me.node, report);
    onStage?.('sending');
    await sendOwnChanges(context, state, me, seenBefore, report);
    state.lastSuccessAt = now().toISOString();
    state.failure = null;
    state.problems = report.problems;
  } catch (error) {
    if (!(error instanceof SpaceFailureError)) throw error;
    report.status = 'failed';
    report.failure = error.failure;
    // What was applied before the failure is recorded (its positions are in `state`); the rest waits.
    state.failure = { problem: error.failure.problem, status: error.failure.status };
  }
  await saveSyncState(db, state);
  return report;
}

/** Takes over what this computer's summary in the space says it wrote beyond what this state records. */
async function catchUpWithOwnLog(context: TeamSyncContext, state: SyncState, node: string): Promise<void> {
  const path = summaryPath(node);
  const sealed = await must(context.files.read(path));
  if (sealed === null) return;
  let summary: LogSummary;
  try {
    summary = parseSummary(await open(context.key, path, sealed), node);
  } catch {
    // Our own summary is ours to rewrite: a damaged one is replaced at the end of this sync.
    return;
  }
  const written = Math.max(summary.segments.at(-1)?.seq ?? 0, ...summary.snapshots.map((snapshot) => snapshot.upTo[node] ?? 0));
  if (written <= state.lastSeq) return;
  if (state.lastSeq === 0) await recoverOwnChoices(context, state, node, summary);
  state.lastSeq = written;
  state.ownSegments = summary.segments;
  state.ownSnapshots = summary.snapshots;
  const lastSent = summary.segments.reduce((max, segment) => (segment.lastHlc > max ? segment.lastHlc : max), state.sentUpTo);
  state.sentUpTo = lastSent;
}

/**
 * Connected again after a disconnection (which forgets what this computer knew of the space): the team's choices
 * this computer made itself are in its own log, which it never reads back otherwise.
 */
async function recoverOwnChoices(context: TeamSyncContext, state: SyncState, node: string, summary: LogSummary): Promise<void> {
  const paths = [
    ...summary.snapshots.slice(-1).map((snapshot) => ({ path: snapshotPath(node, snapshot.seq), seq: snapshot.seq, snapshot: true })),
    ...summary.segments.map((segment) => ({ path: segmentPath(node, segment.seq), seq: segment.seq, snapshot: false })),
  ];
  for (const { path, seq, snapshot } of paths) {
    const sealed = await must(context.files.read(path));
    if (sealed === null) continue;
    try {
      const value = await open(context.key, path, sealed);
      receiveChoices(state, (snapshot ? parseSnapshot(value, node, seq) : parseSegment(value, node, seq)).changes);
    } catch (error) {
      if (problemOf(error) === null) throw error;
    }
  }
}

async function readColleagues(context: TeamSyncContext, state: SyncState, me: string, report: SyncReport): Promise<ReadLog[]> {
  const { files, key } = context;
  const entries = await must(files.list(COMPUTERS_FOLDER));
  const nodes = entries.map((entry) => entry.name.replace(/\/$/, '')).filter((name) => /^[0-9a-f]{16}$/.test(name) && name !== me).sort();
  const summaries: { node: string; summary: LogSummary }[] = [];
  const skip = (node: string, kind: LogProblemKind, path: string) =>
    report.problems.push({ node, organiser: state.organisers[node] ?? '', kind, path });
  for (const node of nodes) {
    const path = summaryPath(node);
    const sealed = await must(files.read(path));
    if (sealed === null) continue;
    try {
      const summary = parseSummary(await open(key, path, sealed), node);
      state.organisers[node] = summary.organiser;
      summaries.push({ node, summary });
    } catch (error) {
      const kind = problemOf(error);
      if (kind === null) throw error;
      skip(node, kind, path);
    }
  }
  await startFromSnapshot(context, state, summaries, me, report);
  const logs: ReadLog[] = [];
  const limit = driftLimit(context);
  for (const { node, summary } of summaries) {
    const from = state.positions[node] ?? 0;
    if (from < firstSegmentHeld(summary) - 1) {
      skip(node, 'gap', segmentPath(node, from + 1));
      continue;
    }
    const segments: Segment[] = [];
    for (const entry of summary.segments.filter((segment) => segment.seq > from)) {
      const path = segmentPath(node, entry.seq);
      const sealed = await must(files.read(path));
      let segment: Segment;
      try {
        if (sealed === null) throw new LogFileError('damaged');
        segment = parseSegment(await open(key, path, sealed), node, entry.seq);
      } catch (error) {
        const kind = problemOf(error);
        if (kind === null) throw error;
        skip(node, sealed === null ? 'gap' : kind, path);
        break;
      }
      if (segment.changes.some((change) => (parseTimestamp(change.hlc)?.millis ?? 0) > limit)) {
        skip(node, 'clock-ahead', path);
        break;
      }
      segments.push(segment);
    }
    logs.push({ node, summary, segments });
  }
  return logs;
}

/**
 * At a first sync, or where what this computer lacks of a log was compacted away, starts from the latest
 * snapshot any colleague (or this computer, before it was disconnected) wrote.
 */
async function startFromSnapshot(
  context: TeamSyncContext,
  state: SyncState,
  summaries: readonly { node: string; summary: LogSummary }[],
  me: string,
  report: SyncReport,
): Promise<void> {
  const firstSync = Object.keys(state.positions).length === 0;
  const lacking = summaries.some(({ node, summary }) => (state.positions[node] ?? 0) < firstSegmentHeld(summary) - 1);
  if (!firstSync && !lacking) return;
  const snapshots: { node: string; entry: SnapshotEntry }[] = summaries.flatMap(({ node, summary }) => summary.snapshots.map((entry) => ({ node, entry })));
  const latest = snapshots.sort((a, b) => (a.entry.at < b.entry.at ? 1 : -1))[0];
  if (!latest) return;
  const path = snapshotPath(latest.node, latest.entry.seq);
  const sealed = await must(context.files.read(path));
  let changes: FieldChange[];
  try {
    if (sealed === null) throw new LogFileError('damaged');
    changes = parseSnapshot(await open(context.key, path, sealed), latest.node, latest.entry.seq).changes;
    if (changes.some((change) => (parseTimestamp(change.hlc)?.millis ?? 0) > driftLimit(context))) throw new ClockAheadError();
  } catch (error) {
    const kind = problemOf(error);
    if (kind === null) throw error;
    report.problems.push({ node: latest.node, organiser: state.organisers[latest.node] ?? '', kind: sealed === null ? 'gap' : kind, path });
    return;
  }
  const applied = await applyChecked(context, state, changes.filter((change) => change.table !== SPACE_TABLE), () => null);
  if (applied === null) {
    report.problems.push({ node: latest.node, organiser: state.organisers[latest.node] ?? '', kind: 'damaged', path });
    return;
  }
  receiveChoices(state, changes);
  report.received += applied;
  for (const [node, seq] of Object.entries(latest.entry.upTo)) {
    if (node !== me) state.positions[node] = Math.max(state.positions[node] ?? 0, seq);
  }
  await saveSyncState(context.db, state);
}

/** The team's choices of what is shared, merged by the latest. */
function receiveChoices(state: SyncState, changes: readonly FieldChange[]): void {
  const directoryWas = isShared(state.shares, DIRECTORY_SCOPE);
  for (const change of changes) {
    if (change.table !== SPACE_TABLE) continue;
    const known = state.shares[change.recordId];
    if (!known || known.hlc < change.hlc) state.shares[change.recordId] = { hlc: change.hlc, shared: change.value === true, organiser: change.organiser };
  }
  // The directory shared by a colleague: this computer's partners and people join it.
  if (!directoryWas && isShared(state.shares, DIRECTORY_SCOPE)) state.toSendWhole = [...new Set([...state.toSendWhole, DIRECTORY_SCOPE])];
}

/** Why a merged record may not be stored, in the words of the file checks; null when it may. */
function recordRefusal(table: string, record: RecordValue): string | null {
  const problem = recordProblem(table as StoredTableName, 0, record);
  return problem ? `${problem.field ?? ''} ${problem.kind}`.trim() : null;
}

/**
 * Applies changes with the record checks, finding clashes by `originOf`; the number applied, or null when a
 * change would make a record invalid (nothing is then applied).
 */
async function applyChecked(
  context: TeamSyncContext,
  state: SyncState,
  changes: readonly FieldChange[],
  originOf: (change: FieldChange) => ChangeOrigin | null,
  clashes?: SyncClash[],
): Promise<number | null> {
  try {
    await applyReceivedChanges(context.db, changes, {
      check: recordRefusal,
      ...(clashes ? { inspect: (here, fresh) => clashes.push(...findClashes(here, fresh, originOf)) } : {}),
    });
    return changes.length;
  } catch (error) {
    if (error instanceof RefusedMergeError) return null;
    throw error;
  }
}

async function applyLogs(context: TeamSyncContext, state: SyncState, logs: ReadLog[], me: string, report: SyncReport): Promise<void> {
  let pending = logs.filter((log) => log.segments.length > 0);
  const ownSegmentOf = (hlc: string) => state.ownSegments.find((segment) => segment.lastHlc >= hlc)?.seq ?? (hlc <= state.sentUpTo ? 0 : Infinity);
  while (pending.length > 0) {
    const origins = new Map<string, ChangeOrigin>();
    const changes: FieldChange[] = [];
    for (const log of pending) {
      for (const segment of log.segments) {
        const origin = { node: log.node, seq: segment.seq, seen: log.summary.segments.find((entry) => entry.seq === segment.seq)?.seen ?? {} };
        for (const change of segment.changes) {
          origins.set(change.id, origin);
          changes.push(change);
        }
      }
    }
    const originOf = (change: FieldChange): ChangeOrigin | null => {
      const received = origins.get(change.id);
      if (received) return received;
      // This computer's own: it had read the others as far as its positions before this sync.
      return change.hlc.endsWith(me) ? { node: me, seq: ownSegmentOf(change.hlc), seen: state.positions } : null;
    };
    const clashes: SyncClash[] = [];
    try {
      await applyReceivedChanges(
        context.db,
        changes.filter((change) => change.table !== SPACE_TABLE),
        { check: recordRefusal, inspect: (here, fresh) => clashes.push(...findClashes(here, fresh, originOf)), sourceOf: (change) => origins.get(change.id)?.node ?? '' },
      );
    } catch (error) {
      if (!(error instanceof RefusedMergeError)) throw error;
      // Whoever sent the record as it may not be is skipped whole; the others are applied without them.
      const blamed = new Set(error.changes.map((change) => origins.get(change.id)?.node));
      for (const log of pending.filter((candidate) => blamed.has(candidate.node))) {
        report.problems.push({ node: log.node, organiser: state.organisers[log.node] ?? '', kind: 'damaged', path: segmentPath(log.node, log.segments[0]!.seq) });
      }
      pending = pending.filter((log) => !blamed.has(log.node));
      continue;
    }
    receiveChoices(state, changes);
    await keepClashes(context.db, clashes, (context.now ?? (() => new Date()))());
    report.received += changes.length;
    report.clashes += clashes.length;
    for (const log of pending) state.positions[log.node] = log.segments.at(-1)!.seq;
    await saveSyncState(context.db, state);
    return;
  }
}

async function keepClashes(db: PlannerDatabase, clashes: readonly SyncClash[], now: Date): Promise<void> {
  if (clashes.length === 0) return;
  const scopes = await scopesOf(db, clashes.map((clash) => ({ id: clash.id, hlc: clash.lost.hlc, table: clash.table, recordId: clash.recordId, field: clash.field, value: null, organiser: '' })));
  await db.transaction('rw', db.syncClashes, async () => {
    const known = new Set((await db.syncClashes.bulkGet(clashes.map((clash) => clash.id))).map((clash) => clash?.id));
    const fresh: StoredClash[] = clashes
      .filter((clash) => !known.has(clash.id))
      .map((clash) => {
        const scope = scopes.get(clash.id) ?? null;
        return { ...clash, tripId: scope === DIRECTORY_SCOPE ? null : scope, detectedAt: now.toISOString(), reviewedAt: null };
      });
    await db.syncClashes.bulkPut(fresh);
  });
}

async function sendOwnChanges(context: TeamSyncContext, state: SyncState, me: ChangeAuthor, seenBefore: LogPositions, report: SyncReport): Promise<void> {
  const { db, files, key } = context;
  const unsent = await unsentChanges(db, state, me.node);
  const scopes = await scopesOf(db, unsent);
  const sharedNow = unsent.filter((change) => {
    const scope = scopes.get(change.id);
    return scope !== undefined && scope !== null && isShared(state.shares, scope) && !state.toSendWhole.includes(scope);
  });
  const whole: FieldChange[] = [];
  for (const scope of state.toSendWhole) if (isShared(state.shares, scope)) whole.push(...(await wholeScope(db, scope, me.node, me.organiser)));
  const changes = [...new Map([...state.unsentChoices, ...whole, ...sharedNow.map(withoutPrevious)].map((change) => [change.id, change])).values()];
  const latestOwn = unsent.reduce((max, change) => (change.hlc > max ? change.hlc : max), state.sentUpTo);
  if (changes.length > 0) {
    const seq = state.lastSeq + 1;
    const path = segmentPath(me.node, seq);
    await must(files.write(path, await seal(key, path, { version: SYNC_LOG_VERSION, node: me.node, seq, changes })));
    const lastHlc = changes.reduce((max, change) => (change.hlc > max ? change.hlc : max), '');
    const segments = [...state.ownSegments, { seq, count: changes.length, lastHlc, seen: seenBefore }];
    await writeSummary(context, me, segments, state.ownSnapshots);
    state.lastSeq = seq;
    state.ownSegments = segments;
    report.sent = changes.length;
  }
  const latest = parseTimestamp(latestOwn);
  state.recentlySent = latest
    ? [...state.recentlySent, ...unsent.map((change) => change.id)].filter((id) => id >= new Date(latest.millis - LATE_COMMIT_MS).toISOString())
    : [];
  state.sentUpTo = latestOwn;
  noteSent(state);
  state.unsentChoices = [];
  state.toSendWhole = [];
  if (state.ownSegments.length > 0 && state.lastSeq - (state.ownSnapshots.at(-1)?.upTo[me.node] ?? 0) >= (context.snapshotEvery ?? SNAPSHOT_EVERY)) {
    await writeSnapshot(context, state, me);
  }
}

async function writeSummary(context: TeamSyncContext, me: ChangeAuthor, segments: LogSummary['segments'], snapshots: SnapshotEntry[]): Promise<void> {
  const path = summaryPath(me.node);
  const summary: LogSummary = { version: SYNC_LOG_VERSION, node: me.node, organiser: me.organiser, segments, snapshots };
  await must(context.files.write(path, await seal(context.key, path, summary)));
}

/**
 * Writes the merged state of everything shared as this computer knows it, then forgets the segments the snapshot
 * before it covers: a colleague still behind them starts from a snapshot, as a new member does. Two snapshots are
 * kept, so one is whole while the next is written.
 */
async function writeSnapshot(context: TeamSyncContext, state: SyncState, me: ChangeAuthor): Promise<void> {
  const { db, files, key } = context;
  const scopes = Object.keys(state.shares).filter((scope) => isShared(state.shares, scope));
  if (!scopes.includes(DIRECTORY_SCOPE) && isShared(state.shares, DIRECTORY_SCOPE)) scopes.push(DIRECTORY_SCOPE);
  const changes: FieldChange[] = [];
  for (const scope of scopes) changes.push(...(await wholeScope(db, scope, me.node, me.organiser)));
  const choices = Object.entries(state.shares).map(([scope, choice]): FieldChange => ({
    id: changeId(choice.hlc, SPACE_TABLE, scope, SHARED_FIELD),
    hlc: choice.hlc,
    table: SPACE_TABLE,
    recordId: scope,
    field: SHARED_FIELD,
    value: choice.shared,
    organiser: choice.organiser,
  }));
  const seq = state.lastSeq;
  const upTo = { ...state.positions, [me.node]: seq };
  const path = snapshotPath(me.node, seq);
  await must(files.write(path, await seal(key, path, { version: SYNC_LOG_VERSION, node: me.node, seq, upTo, changes: [...choices, ...changes] })));
  const at = formatTimestamp({ millis: (context.now ?? (() => new Date()))().getTime(), counter: 0, node: me.node });
  const snapshots = [...state.ownSnapshots, { seq, at, upTo }].slice(-2);
  const coveredUpTo = snapshots.length === 2 ? snapshots[0]!.upTo[me.node]! : 0;
  const segments = state.ownSegments.filter((segment) => segment.seq > coveredUpTo);
  await writeSummary(context, me, segments, snapshots);
  const forgotten = [
    ...state.ownSegments.filter((segment) => segment.seq <= coveredUpTo).map((segment) => segmentPath(me.node, segment.seq)),
    ...state.ownSnapshots.filter((snapshot) => !snapshots.includes(snapshot)).map((snapshot) => snapshotPath(me.node, snapshot.seq)),
  ];
  state.ownSegments = segments;
  state.ownSnapshots = snapshots;
  // The summary no longer lists them: a failure to remove one leaves a file nobody reads.
  for (const forgottenPath of forgotten) await files.remove(forgottenPath);
}
