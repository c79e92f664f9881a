/**
 * The team space in a local folder that a sync client (OneDrive, Dropbox, Syncthing) keeps in step between the
 * organisers' computers. Each file is written whole under a temporary name and renamed into place, so the sync
 * client never sends half a file; the folder itself is never made, so a drive that is unplugged or a folder
 * that was moved reads as a space that cannot be reached, not as an empty one to start again in.
 *
 * Paths are checked as for WebDAV (space-paths.ts) before the disk is touched.
 */
import { lstat, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import nodePath from 'node:path';
import { fileSegments, folderSegments, refusedPath } from '../../src/platform/space-paths';
import type { SpaceEntry, SpaceFailure, SpaceFiles, SpaceResult } from '../../src/platform/team-space';
import { isTemporaryFileName, writeFileAtomically } from './ipc/save-file';

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** The failure a file system error stands for. */
export function failureOfFileError(error: unknown, what: string): SpaceFailure {
  const code = codeOf(error);
  const detail = `${what}: ${error instanceof Error ? error.message : String(error)}`;
  if (code === 'ENOSPC' || code === 'EDQUOT') return { problem: 'full', status: null, detail };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { problem: 'forbidden', status: null, detail };
  if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'unreachable', status: null, detail };
  return { problem: 'server', status: null, detail };
}

const failed = <T>(failure: SpaceFailure): SpaceResult<T> => ({ ok: false, failure });
const done: SpaceResult<void> = { ok: true, value: undefined };

/** The files of the space in the folder at `root` (an absolute path). */
export function createFolderFiles(root: string): SpaceFiles {
  const at = (segments: readonly string[]) => nodePath.join(root, ...segments);

  /** Runs `work` once the space's own folder is there; its failures become the problem they stand for. */
  const inFolder = async <T>(what: string, work: () => Promise<SpaceResult<T>>): Promise<SpaceResult<T>> => {
    try {
      if (!(await stat(root)).isDirectory()) return failed({ problem: 'unreachable', status: null, detail: `${root} is not a folder` });
    } catch (error) {
      return failed(failureOfFileError(error, root));
    }
    try {
      return await work();
    } catch (error) {
      return failed(failureOfFileError(error, what));
    }
  };

  return {
    list(folder) {
      const segments = folderSegments(folder);
      if (segments === null) return Promise.resolve(failed(refusedPath(folder)));
      const path = at(segments);
      return inFolder(path, async () => {
        let names: string[];
        try {
          names = await readdir(path);
        } catch (error) {
          // A folder not made yet holds nothing.
          if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return { ok: true, value: [] };
          throw error;
        }
        const entries: SpaceEntry[] = [];
        for (const name of names) {
          // A write cut short leaves its temporary file: not a file of the space.
          if (isTemporaryFileName(name)) continue;
          try {
            const found = await lstat(nodePath.join(path, name));
            if (found.isDirectory()) entries.push({ name: `${name}/`, size: 0 });
            else if (found.isFile()) entries.push({ name, size: found.size });
          } catch {
            // Gone since the folder was read (the sync client removed it): not there.
          }
        }
        return { ok: true, value: entries };
      });
    },

    read(path) {
      const segments = fileSegments(path);
      if (segments === null) return Promise.resolve(failed(refusedPath(path)));
      const file = at(segments);
      return inFolder(file, async () => {
        try {
          return { ok: true, value: new Uint8Array(await readFile(file)) };
        } catch (error) {
          if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return { ok: true, value: null };
          throw error;
        }
      });
    },

    write(path, content) {
      const segments = fileSegments(path);
      if (segments === null) return Promise.resolve(failed(refusedPath(path)));
      const file = at(segments);
      return inFolder(file, async () => {
        await mkdir(nodePath.dirname(file), { recursive: true });
        await writeFileAtomically(file, content);
        return done;
      });
    },

    remove(path) {
      const segments = fileSegments(path);
      if (segments === null) return Promise.resolve(failed(refusedPath(path)));
      const file = at(segments);
      return inFolder(file, async () => {
        // force: a file that is not there is removed already.
        await rm(file, { force: true });
        return done;
      });
    },
  };
}
