/**
 * The team sync as the whole window knows it: whether a team space is connected and open, the last sync and
 * what waits, and the sync itself, run by itself (when the space opens, every minute, soon after a change, and
 * when the computer is back online) or by hand. Nothing the organiser does waits for it: edits are saved
 * locally as ever, and the sync sends them when it can.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { KeptTeamSpace } from '../../platform/team-space';
import type { SyncReport, SyncStage, TeamConnection } from '../../storage/team-sync';
import type { ClashForReview } from '../../storage/team-repository';
import type { SyncState } from '../../storage/team-sync-state';
import { connectionOf, type SyncReadiness } from '../../usecases/team-space';
import { changeAuthorOf } from '../shared/change-author';
import { usePlatform, useRepositories } from '../shared/context';

/** A sync every minute while the space is open: colleagues' changes arrive without asking. */
const SYNC_EVERY_MS = 60_000;
/** How often this computer's waiting changes are counted, and a sync started soon after there are some. */
const WAITING_EVERY_MS = 5_000;

export interface TeamSync {
  /** The connected space; null when none is, undefined while it is being read. */
  space: KeptTeamSpace | null | undefined;
  /** Whether a sync can run, and why not. */
  readiness: SyncReadiness | null;
  connection: TeamConnection | null;
  /** This computer's state in the space, live. */
  state: SyncState | null;
  /** The stage of the sync running now; null when none is. */
  running: SyncStage | null;
  /** What the last sync of this window did. */
  lastReport: SyncReport | null;
  /** This computer's changes waiting to be sent. */
  waiting: number;
  clashes: ClashForReview[];
  syncNow(): Promise<SyncReport | null>;
  /** Reads the space again: after connecting, entering the passphrase, or disconnecting. */
  refresh(): Promise<void>;
}

const TeamSyncContext = createContext<TeamSync | null>(null);

export function useTeamSync(): TeamSync {
  const value = use(TeamSyncContext);
  if (!value) throw new Error('useTeamSync needs a TeamSyncProvider above it.');
  return value;
}

export function TeamSyncProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const { team } = useRepositories();
  const author = useMemo(() => changeAuthorOf(), []);
  const [space, setSpace] = useState<KeptTeamSpace | null | undefined>(undefined);
  const [readiness, setReadiness] = useState<SyncReadiness | null>(null);
  const [running, setRunning] = useState<SyncStage | null>(null);
  const [lastReport, setLastReport] = useState<SyncReport | null>(null);
  const [waiting, setWaiting] = useState(0);

  const refresh = useCallback(async () => {
    const kept = await platform.teamSpace.space();
    setSpace(kept);
    setReadiness(kept === null ? { status: 'no-space' } : await connectionOf(platform.teamSpace, author));
  }, [platform, author]);

  // Read once the window is up (not while it renders): the space, and whether its key is here.
  useEffect(() => {
    const reading = setTimeout(() => void refresh(), 0);
    return () => clearTimeout(reading);
  }, [refresh]);

  // Started offline, or the server down: the space is read again every minute and on coming back online, so
  // that sync starts by itself once it can.
  const unreachable = readiness?.status === 'failed';
  useEffect(() => {
    if (!unreachable) return;
    const timer = setInterval(() => void refresh(), SYNC_EVERY_MS);
    const online = () => void refresh();
    window.addEventListener('online', online);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [unreachable, refresh]);

  const connection = readiness?.status === 'ready' ? readiness.connection : null;
  const state = useLiveQuery(() => (connection ? team.state(connection.spaceId) : null), [team, connection]) ?? null;
  const clashes = useLiveQuery(() => (connection ? team.clashes() : []), [team, connection]);

  const syncing = useRef(false);
  // After a failure the space is tried again by the minute's timer (or coming back online), not at every count.
  const failedAt = useRef(0);
  const syncNow = useCallback(async (): Promise<SyncReport | null> => {
    if (!connection || syncing.current) return null;
    syncing.current = true;
    setRunning('reading');
    try {
      const report = await team.sync(connection, setRunning);
      setLastReport(report);
      failedAt.current = report.status === 'failed' ? Date.now() : 0;
      setWaiting(await team.waiting(connection.spaceId, author().node));
      return report;
    } catch (error) {
      // A fault of this computer's own storage, not of the space: the data is as it was, and the next sync tries again.
      console.error('The team sync failed here:', error);
      return null;
    } finally {
      syncing.current = false;
      setRunning(null);
    }
  }, [connection, team, author]);

  // When the space opens, every minute, and when the computer is back online.
  useEffect(() => {
    if (!connection) return;
    const first = setTimeout(() => void syncNow(), 0);
    const timer = setInterval(() => void syncNow(), SYNC_EVERY_MS);
    const online = () => void syncNow();
    window.addEventListener('online', online);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [connection, syncNow]);

  // What waits is counted every few seconds; a change waiting is sent at the next count, not a minute later.
  useEffect(() => {
    if (!connection) return;
    let current = true;
    const count = async () => {
      const now = await team.waiting(connection.spaceId, author().node);
      if (!current) return;
      setWaiting(now);
      const resting = Date.now() - failedAt.current < SYNC_EVERY_MS;
      if (now > 0 && !syncing.current && !resting && navigator.onLine !== false) void syncNow();
    };
    void count();
    const timer = setInterval(() => void count(), WAITING_EVERY_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [connection, team, author, syncNow]);

  const value = useMemo<TeamSync>(
    () => ({ space, readiness, connection, state, running, lastReport, waiting, clashes: clashes ?? [], syncNow, refresh }),
    [space, readiness, connection, state, running, lastReport, waiting, clashes, syncNow, refresh],
  );
  return <TeamSyncContext value={value}>{children}</TeamSyncContext>;
}
