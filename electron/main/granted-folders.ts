/**
 * The folders the person has chosen for saving many files at once, remembered in a small JSON file in the
 * user-data folder so a folder is chosen once, not on every export. The page knows each folder only by an
 * id; the path never comes from the page, so it can write only where the person pointed a folder dialog.
 * What is read back is untrusted (hand-edited, truncated by a crash), so it is parsed defensively.
 */
import { readFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { z } from 'zod';

export const GRANTED_FOLDERS_FILE_NAME = 'granted-folders.json';

/** The most folders remembered; choosing another forgets the one chosen longest ago. */
export const MAX_GRANTED_FOLDERS = 10;

export interface GrantedFolder {
  id: string;
  path: string;
}

/** The stored file. Field names are persisted in users' folders: do not rename. */
const storedGrantsSchema = z.object({
  folders: z.array(z.object({ id: z.string().min(1).max(100), path: z.string().min(1).max(4096) })),
});

/** The folders in the stored JSON, newest first; anything unreadable, or a path that is not absolute, is dropped. */
export function parseGrantedFolders(text: string | null): GrantedFolder[] {
  if (text === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = storedGrantsSchema.safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.folders
    .filter((folder) => nodePath.isAbsolute(folder.path))
    .slice(0, MAX_GRANTED_FOLDERS)
    .map(({ id, path }) => ({ id, path }));
}

export function serialiseGrantedFolders(folders: readonly GrantedFolder[]): string {
  return JSON.stringify({ folders });
}

/**
 * The folders once `path` is granted: it comes first, keeping its id if it was granted before, and the oldest
 * is forgotten beyond {@link MAX_GRANTED_FOLDERS}.
 */
export function grantFolder(
  folders: readonly GrantedFolder[],
  path: string,
  newId: () => string,
): { folders: GrantedFolder[]; folder: GrantedFolder } {
  const folder = folders.find((candidate) => candidate.path === path) ?? { id: newId(), path };
  return { folder, folders: [folder, ...folders.filter((other) => other.id !== folder.id)].slice(0, MAX_GRANTED_FOLDERS) };
}

export interface FolderGrants {
  grant(path: string): Promise<GrantedFolder>;
  pathOf(id: string): Promise<string | null>;
}

export interface FolderGrantsDeps {
  readText(): Promise<string | null>;
  writeText(text: string): Promise<void>;
  newId(): string;
}

/** Grants kept through `deps` (the JSON file, in the app); writes are queued so two never interleave. */
export function createFolderGrants(deps: FolderGrantsDeps): FolderGrants {
  let pending: Promise<unknown> = Promise.resolve();
  const load = async () => parseGrantedFolders(await deps.readText());
  return {
    grant(path) {
      const result = pending.then(async () => {
        const granted = grantFolder(await load(), path, deps.newId);
        await deps.writeText(serialiseGrantedFolders(granted.folders));
        return granted.folder;
      });
      pending = result.catch(() => undefined);
      return result;
    },
    async pathOf(id) {
      await pending;
      return (await load()).find((folder) => folder.id === id)?.path ?? null;
    },
  };
}

/** Reads a text file, or null when it is not there or cannot be read. */
export async function readTextOrNull(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, 'utf8');
  } catch {
    return null;
  }
}
