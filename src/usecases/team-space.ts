/**
 * Joining a team space, and what a sync needs from it. Connecting takes two steps: the folder (its address
 * and account, tested by the platform), then the team passphrase. A folder without a space yet gets one, with
 * the passphrase typed twice; a folder with one is opened with its passphrase, which must open the space's
 * check before anything is kept. The key derived from it is kept by the platform, so it is asked once per
 * computer.
 */
import { TEAM_FILE, importTeamKey, keyOpensTeamFile, MIN_PASSPHRASE_LENGTH, newTeamFile, parseTeamFile, teamFileBytes, TeamFileError, unlockTeamFile, type TeamFile } from '../domain/sync/team-key';
import type { SpaceFailure } from '../domain/sync/space-files';
import type { TeamSpaceAccess } from '../platform/team-space';
import type { ChangeAuthor } from '../storage/change-log';
import type { TeamConnection } from '../storage/team-sync';

/** What the folder holds: a space to open with its passphrase, or none yet (one is made). */
export type SpaceFound = { status: 'found'; exists: boolean } | { status: 'failed'; failure: SpaceFailure } | { status: 'refused'; reason: TeamFileError['fault'] };

export type UnlockResult =
  | { status: 'unlocked'; created: boolean }
  | { status: 'failed'; failure: SpaceFailure }
  | { status: 'refused'; reason: TeamFileError['fault'] | 'passphrase-too-short' | 'passphrases-differ' };

async function readTeamFile(access: TeamSpaceAccess): Promise<{ ok: true; file: TeamFile | null } | { ok: false; result: SpaceFound }> {
  const read = await access.files.read(TEAM_FILE);
  if (!read.ok) return { ok: false, result: { status: 'failed', failure: read.failure } };
  if (read.value === null) return { ok: true, file: null };
  try {
    return { ok: true, file: parseTeamFile(read.value) };
  } catch (error) {
    if (error instanceof TeamFileError) return { ok: false, result: { status: 'refused', reason: error.fault } };
    throw error;
  }
}

/** Whether the connected folder holds a team space already. */
export async function findSpace(access: TeamSpaceAccess): Promise<SpaceFound> {
  const read = await readTeamFile(access);
  return read.ok ? { status: 'found', exists: read.file !== null } : read.result;
}

/**
 * Opens the connected folder's space with its passphrase, or makes one there with it (`repeated` must then be
 * the same), and keeps the key. Nothing is kept, and nothing written, unless the key is right.
 */
export async function unlockSpace(access: TeamSpaceAccess, passphrase: string, repeated: string | null, iterations?: number): Promise<UnlockResult> {
  const read = await readTeamFile(access);
  if (!read.ok) return read.result.status === 'found' ? { status: 'refused', reason: 'not-a-team-file' } : read.result;
  if (read.file !== null) {
    try {
      await access.keepTeamKey(await unlockTeamFile(passphrase, read.file));
      return { status: 'unlocked', created: false };
    } catch (error) {
      if (error instanceof TeamFileError) return { status: 'refused', reason: error.fault };
      throw error;
    }
  }
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { status: 'refused', reason: 'passphrase-too-short' };
  if (repeated !== passphrase) return { status: 'refused', reason: 'passphrases-differ' };
  const { file, key } = await newTeamFile(passphrase, iterations);
  const written = await access.files.write(TEAM_FILE, teamFileBytes(file));
  if (!written.ok) return { status: 'failed', failure: written.failure };
  await access.keepTeamKey(key);
  return { status: 'unlocked', created: true };
}

/** Why a sync cannot start: no space, its key not kept (or no longer the space's), or the space not answering. */
export type SyncReadiness =
  | { status: 'ready'; connection: TeamConnection }
  | { status: 'no-space' }
  | { status: 'needs-passphrase' }
  | { status: 'failed'; failure: SpaceFailure }
  | { status: 'refused'; reason: TeamFileError['fault'] };

/** What a sync needs: the space's files, its key (checked against the space, which may have been made anew) and its id. */
export async function connectionOf(access: TeamSpaceAccess, author: () => ChangeAuthor): Promise<SyncReadiness> {
  if ((await access.space()) === null) return { status: 'no-space' };
  const key = await access.teamKey();
  if (key === null) return { status: 'needs-passphrase' };
  const read = await readTeamFile(access);
  if (!read.ok) return read.result.status === 'found' ? { status: 'no-space' } : read.result;
  if (read.file === null || !(await keyOpensTeamFile(key, read.file))) return { status: 'needs-passphrase' };
  return { status: 'ready', connection: { files: access.files, key: await importTeamKey(key), spaceId: read.file.kdf.salt, author } };
}
