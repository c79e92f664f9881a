/**
 * The team space as main keeps it: where it is (a WebDAV folder's address and user name, or a local folder's
 * path) in a file in the app's data folder, and the WebDAV password and the team key encrypted with the OS
 * keychain (Electron's `safeStorage`), so that the page never holds the password and IndexedDB never sees
 * either. Where the keychain cannot encrypt (a Linux desktop without a secret service), both are kept in memory
 * for this run only, and the page is told so.
 *
 * Main makes the requests and touches the files, only inside the connected space: every path the page sends is
 * checked (space-paths.ts), and a local folder is one the person chose in a folder dialog (granted-folders.ts),
 * never a path from the page. Plain functions over what Electron gives, for tests to call without it.
 */
import { z } from 'zod';
import type { KeptTeamSpace, SpaceEntry, SpaceFailure, SpaceFiles, SpaceResult, TeamSpaceConnectResult } from '../../src/platform/team-space';
import type { WebDavFolder } from '../../src/platform/webdav-files';
import type { Keychain } from './caldav-accounts';
import { describeInvalidArgument } from './ipc/invalid-argument';

/** The file in the app's data folder: persisted, do not rename. */
export const TEAM_SPACE_FILE_NAME = 'team-space.json';

/** The team key's length in bytes (AES-256). */
export const TEAM_KEY_BYTES = 32;

/** The largest file the page may write: far above any the sync writes, far below what would hurt main. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface TeamSpaceOptions {
  readText: () => Promise<string | null>;
  writeText: (text: string) => Promise<void>;
  keychain: Keychain;
  /** The path of a folder the person chose (granted-folders.ts), or null when the id was never granted. */
  folderPath: (folderId: string) => Promise<string | null>;
  webdavFiles: (folder: WebDavFolder) => SpaceFiles;
  folderFiles: (path: string) => SpaceFiles;
}

const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an http or https address');

const connectRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('webdav'), url: httpUrl, username: z.string().min(1).max(512), password: z.string().max(4096).nullable(), remember: z.boolean() }),
  z.object({ kind: z.literal('folder'), folderId: z.string().min(1).max(100) }),
]);

const path = z.string().max(1024);
const teamKey = z.instanceof(Uint8Array).refine((key) => key.length === TEAM_KEY_BYTES, `must be ${TEAM_KEY_BYTES} bytes`);
const content = z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_FILE_BYTES, `must be at most ${MAX_FILE_BYTES} bytes`);

/** The stored file. Field names are persisted in users' data folders: do not rename. Secrets are keychain-encrypted, in base64. */
const storedSpace = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('webdav'), url: z.string(), username: z.string(), password: z.string().nullable(), teamKey: z.string().nullable() }),
  z.object({ kind: z.literal('folder'), path: z.string(), teamKey: z.string().nullable() }),
]);
type StoredSpace = z.infer<typeof storedSpace>;

const refused = (detail: string): SpaceFailure => ({ problem: 'refused', status: null, detail });
const noSpace: SpaceFailure = { problem: 'no-space', status: null, detail: 'no team space connected, or its password is not kept' };
const failed = <T>(failure: SpaceFailure): SpaceResult<T> => ({ ok: false, failure });

/** Which space a stored one is: the same address and user, or the same folder. */
const identityOf = (space: StoredSpace) => (space.kind === 'webdav' ? `webdav ${space.username}@${space.url}` : `folder ${space.path}`);

export function createTeamSpace(options: TeamSpaceOptions) {
  const { keychain } = options;
  // The secrets of this run when the keychain cannot keep them.
  let inMemory: { space: string; password: string | null; teamKey: Uint8Array | null } | null = null;
  // Main alone writes the file: once read, what it holds is known until main writes it again.
  let known: Promise<StoredSpace | null> | null = null;

  const read = (): Promise<StoredSpace | null> => {
    known ??= options.readText().then(
      (text) => {
        try {
          const parsed = storedSpace.safeParse(JSON.parse(text ?? 'null'));
          return parsed.success ? parsed.data : null;
        } catch {
          return null;
        }
      },
      () => null,
    );
    return known;
  };

  const write = async (space: StoredSpace | null) => {
    known = null;
    await options.writeText(`${JSON.stringify(space, null, 2)}\n`);
  };

  const canEncrypt = () => keychain.available();
  const encrypt = (text: string) => Buffer.from(keychain.encrypt(text)).toString('base64');
  const decrypt = (text: string | null): string | null => {
    if (text === null || !canEncrypt()) return null;
    try {
      return keychain.decrypt(Uint8Array.from(Buffer.from(text, 'base64')));
    } catch {
      return null; // encrypted by another keychain (the profile moved): ask again
    }
  };
  const ownMemory = (space: StoredSpace) => (inMemory?.space === identityOf(space) ? inMemory : null);

  const passwordOf = (space: StoredSpace & { kind: 'webdav' }): string | null => decrypt(space.password) ?? ownMemory(space)?.password ?? null;
  const teamKeyOf = (space: StoredSpace): Uint8Array | null => {
    const decrypted = decrypt(space.teamKey);
    const key = decrypted === null ? (ownMemory(space)?.teamKey ?? null) : Uint8Array.from(Buffer.from(decrypted, 'base64'));
    return key?.length === TEAM_KEY_BYTES ? key : null;
  };

  const kept = (space: StoredSpace): KeptTeamSpace =>
    space.kind === 'folder'
      ? { kind: 'folder', label: space.path }
      : {
          kind: 'webdav',
          url: space.url,
          username: space.username,
          passwordKept: decrypt(space.password) !== null ? 'keychain' : ownMemory(space)?.password ? 'session' : null,
        };

  const filesOf = (space: StoredSpace): SpaceFiles | null => {
    if (space.kind === 'folder') return options.folderFiles(space.path);
    const password = passwordOf(space);
    return password === null ? null : options.webdavFiles({ url: space.url, username: space.username, password });
  };

  /** Keeps `space` with its secrets: encrypted where the keychain can, in memory for this run where it cannot. */
  const keep = async (space: StoredSpace, secrets: { password: string | null; teamKey: Uint8Array | null }) => {
    const encrypted = canEncrypt();
    const teamKeyText = secrets.teamKey === null ? null : Buffer.from(secrets.teamKey).toString('base64');
    inMemory = encrypted ? null : { space: identityOf(space), ...secrets };
    const stored: StoredSpace = {
      ...space,
      ...(space.kind === 'webdav' ? { password: encrypted && secrets.password !== null ? encrypt(secrets.password) : null } : {}),
      teamKey: encrypted && teamKeyText !== null ? encrypt(teamKeyText) : null,
    };
    await write(stored);
    return stored;
  };

  /** Runs a file request of the page on the connected space, once its arguments are checked. */
  const onFiles = async <A, T>(
    schema: z.ZodType<A>,
    argument: unknown,
    call: (files: SpaceFiles, checked: A) => Promise<SpaceResult<T>>,
  ): Promise<SpaceResult<T>> => {
    const parsed = schema.safeParse(argument);
    if (!parsed.success) return failed(refused(describeInvalidArgument(parsed.error)));
    const space = await read();
    const files = space && filesOf(space);
    return files ? call(files, parsed.data) : failed(noSpace);
  };

  return {
    async space(): Promise<KeptTeamSpace | null> {
      const space = await read();
      return space ? kept(space) : null;
    },

    async connect(request: unknown): Promise<TeamSpaceConnectResult> {
      const parsed = connectRequest.safeParse(request);
      if (!parsed.success) return { status: 'failed', failure: refused(describeInvalidArgument(parsed.error)) };
      const before = await read();
      let space: StoredSpace;
      let password: string | null = null;
      let files: SpaceFiles;
      if (parsed.data.kind === 'webdav') {
        const { url, username, password: given } = parsed.data;
        space = { kind: 'webdav', url, username, password: null, teamKey: null };
        const sameBefore = before?.kind === 'webdav' && identityOf(before) === identityOf(space) ? before : null;
        password = given ?? (sameBefore ? passwordOf(sameBefore) : null);
        if (password === null) return { status: 'failed', failure: noSpace };
        files = options.webdavFiles({ url, username, password });
      } else {
        const folder = await options.folderPath(parsed.data.folderId);
        if (folder === null) return { status: 'failed', failure: refused('the folder was not chosen here: choose it again') };
        space = { kind: 'folder', path: folder, teamKey: null };
        files = options.folderFiles(folder);
      }
      const tested = await files.list('');
      if (!tested.ok) return { status: 'failed', failure: tested.failure };
      // The team key belongs to the space: kept for the same one, forgotten for another.
      const teamKeyBefore = before !== null && identityOf(before) === identityOf(space) ? teamKeyOf(before) : null;
      return { status: 'connected', space: kept(await keep(space, { password, teamKey: teamKeyBefore })) };
    },

    async disconnect(): Promise<void> {
      inMemory = null;
      await write(null);
    },

    async teamKey(): Promise<Uint8Array | null> {
      const space = await read();
      return space ? teamKeyOf(space) : null;
    },

    async keepTeamKey(key: unknown): Promise<void> {
      const parsed = teamKey.safeParse(key);
      if (!parsed.success) throw new Error(describeInvalidArgument(parsed.error));
      const space = await read();
      if (!space) throw new Error('no team space is connected to keep its key for');
      await keep(space, { password: space.kind === 'webdav' ? passwordOf(space) : null, teamKey: Uint8Array.from(parsed.data) });
    },

    list: (folder: unknown): Promise<SpaceResult<SpaceEntry[]>> => onFiles(path, folder, (files, checked) => files.list(checked)),
    read: (file: unknown): Promise<SpaceResult<Uint8Array | null>> => onFiles(path, file, (files, checked) => files.read(checked)),
    write: (file: unknown, bytes: unknown): Promise<SpaceResult<void>> =>
      onFiles(z.tuple([path, content]), [file, bytes], (files, [checked, checkedBytes]) => files.write(checked, checkedBytes)),
    remove: (file: unknown): Promise<SpaceResult<void>> => onFiles(path, file, (files, checked) => files.remove(checked)),
  };
}

export type TeamSpace = ReturnType<typeof createTeamSpace>;
