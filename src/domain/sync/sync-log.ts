/**
 * What a team space holds, file by file, and how a computer's log in it is read. Each computer writes only
 * under its own folder, `computers/<node>/`, so no two computers ever write one file and a sync client's
 * conflict copies cannot arise:
 *
 * - `summary.dps`: its log's table of contents (the segments and snapshots there are, the organiser's name);
 *   read first, so a sync reads only the segments it has not read before;
 * - `00000001.dps`, `00000002.dps`, …: segments, the changes it sent at one sync, oldest first;
 * - `snapshot-00000040.dps`: the merged state of everything shared, as it knew it after sending segment 40,
 *   with how far it had read every other log: a new member starts from one instead of replaying every change.
 *
 * All are sealed with the team key (team-key.ts). Their shapes are checked when read: a log that is not what it
 * should be is skipped whole, never half applied.
 */
import { z } from 'zod';
import { changeId, CREATED, DELETED, type FieldChange } from '../history/field-changes';
import { NODE_PATTERN, parseTimestamp } from '../history/hybrid-logical-clock';
import { TRACKED_TABLES } from '../schema/schema-history';

export const COMPUTERS_FOLDER = 'computers';
/** The version of the shapes below; a log of a later one is skipped as written by a newer version. */
export const SYNC_LOG_VERSION = 1;

export function computerFolder(node: string): string {
  return `${COMPUTERS_FOLDER}/${node}`;
}

export function summaryPath(node: string): string {
  return `${computerFolder(node)}/summary.dps`;
}

export function segmentPath(node: string, seq: number): string {
  return `${computerFolder(node)}/${String(seq).padStart(8, '0')}.dps`;
}

export function snapshotPath(node: string, seq: number): string {
  return `${computerFolder(node)}/snapshot-${String(seq).padStart(8, '0')}.dps`;
}

/**
 * The team's choices of what is shared travel in the logs as changes of a table of their own: record `directory`
 * or a trip's id, field `shared`, true or false; the latest wins, as for any field.
 */
export const SPACE_TABLE = '~space';
export const DIRECTORY_SCOPE = 'directory';
export const SHARED_FIELD = 'shared';

/** Whether a scope is shared by the team's latest choices; the directory is whenever any trip is. */
export function isShared(shares: Readonly<Record<string, { shared: boolean }>>, scope: string): boolean {
  if (scope === DIRECTORY_SCOPE) return Object.values(shares).some((choice) => choice.shared);
  return shares[scope]?.shared ?? false;
}

/** How far a computer had read each other computer's log: the last segment, by node. */
export type LogPositions = Record<string, number>;

const positionsSchema = z.record(z.string().regex(NODE_PATTERN), z.number().int().nonnegative());

const trackedTables: readonly string[] = [...TRACKED_TABLES, SPACE_TABLE];

const changeSchema = z
  .object({
    id: z.string(),
    hlc: z.string(),
    table: z.string(),
    recordId: z.string().min(1),
    field: z.string().min(1),
    value: z.unknown(),
    organiser: z.string().max(200),
  })
  .strict()
  .refine((change) => parseTimestamp(change.hlc) !== null, 'hlc')
  .refine((change) => trackedTables.includes(change.table), 'table')
  .refine((change) => change.id === changeId(change.hlc, change.table, change.recordId, change.field), 'id')
  .refine((change) => change.field !== CREATED || (typeof change.value === 'object' && change.value !== null && !Array.isArray(change.value)), 'value')
  .refine((change) => change.field !== DELETED || change.value === null, 'value')
  .refine((change) => change.table !== SPACE_TABLE || (change.field === SHARED_FIELD && typeof change.value === 'boolean'), 'value');

const segmentEntrySchema = z.object({
  seq: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  /** The latest change in it. */
  lastHlc: z.string(),
  /** How far the writer had read the others' logs before it made these changes: what they could have known. */
  seen: positionsSchema,
});

const snapshotEntrySchema = z.object({
  seq: z.number().int().positive(),
  /** When it was made, as a hybrid timestamp: the latest is the one to start from. */
  at: z.string(),
  /** Every log's last segment it includes, its writer's own among them. */
  upTo: positionsSchema,
});

const summarySchema = z.object({
  version: z.number().int().positive(),
  node: z.string().regex(NODE_PATTERN),
  organiser: z.string().max(200),
  segments: z.array(segmentEntrySchema),
  snapshots: z.array(snapshotEntrySchema),
});

const segmentSchema = z.object({
  version: z.number().int().positive(),
  node: z.string().regex(NODE_PATTERN),
  seq: z.number().int().positive(),
  changes: z.array(changeSchema),
});

const snapshotSchema = z.object({
  version: z.number().int().positive(),
  node: z.string().regex(NODE_PATTERN),
  seq: z.number().int().positive(),
  upTo: positionsSchema,
  changes: z.array(changeSchema),
});

export type SegmentEntry = z.infer<typeof segmentEntrySchema>;
export type SnapshotEntry = z.infer<typeof snapshotEntrySchema>;
export type LogSummary = z.infer<typeof summarySchema>;
export type Segment = Omit<z.infer<typeof segmentSchema>, 'changes'> & { changes: FieldChange[] };
export type Snapshot = Omit<z.infer<typeof snapshotSchema>, 'changes'> & { changes: FieldChange[] };

/** Why a file of another computer's log was not used. */
export type LogFault = 'newer-version' | 'damaged' | 'not-its-own';

export class LogFileError extends Error {
  constructor(readonly fault: LogFault) {
    super(fault);
    this.name = 'LogFileError';
  }
}

function parsed<T extends { version: number; node: string }>(schema: z.ZodType<T>, value: unknown, node: string): T {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SYNC_LOG_VERSION) throw new LogFileError('newer-version');
  const result = schema.safeParse(value);
  if (!result.success) throw new LogFileError('damaged');
  // A file claiming another computer's place is not trusted, even sealed with the team's key.
  if (result.data.node !== node) throw new LogFileError('not-its-own');
  return result.data;
}


export function parseSummary(value: unknown, node: string): LogSummary {
  return parsed(summarySchema, value, node);
}

export function parseSegment(value: unknown, node: string, seq: number): Segment {
  const segment = parsed(segmentSchema, value, node) as Segment;
  if (segment.seq !== seq) throw new LogFileError('damaged');
  return segment;
}

export function parseSnapshot(value: unknown, node: string, seq: number): Snapshot {
  const snapshot = parsed(snapshotSchema, value, node) as Snapshot;
  if (snapshot.seq !== seq) throw new LogFileError('damaged');
  return snapshot;
}

/** The first segment a log still holds (older ones compacted away); after the last one when it holds none. */
export function firstSegmentHeld(summary: LogSummary): number {
  return summary.segments[0]?.seq ?? lastSegment(summary) + 1;
}

/** The last segment a log has written, whether still held or compacted into a snapshot. */
export function lastSegment(summary: LogSummary): number {
  const fromSegments = summary.segments.at(-1)?.seq ?? 0;
  const fromSnapshots = Math.max(0, ...summary.snapshots.map((snapshot) => snapshot.upTo[summary.node] ?? 0));
  return Math.max(fromSegments, fromSnapshots);
}
