/**
 * The team key: what a server administrator, or anyone who copies the shared folder, cannot read without. The
 * organisers agree a passphrase; each computer derives the key from it once (PBKDF2-SHA-256, WebCrypto's own,
 * at OWASP's 600,000 iterations) with the salt the space keeps in its plain `team.json`, and keeps the derived key
 * outside the data (platform/team-space.ts). Every other file in the space is sealed with it: gzip, then AES-GCM
 * with a fresh random nonce, the file's own path as additional data (a file moved to another place, such as an
 * old log replayed as a new one, does not open), and a four-byte header naming the format and its version.
 *
 * `team.json` also holds a sealed known text, so a wrong passphrase is told at once rather than found out as
 * every file failing to open.
 */
import { z } from 'zod';

/** The space's description: the one file in it that is not sealed. Its name and fields are persisted. */
export const TEAM_FILE = 'team.json';
const TEAM_FORMAT = 'delegation-planner-team-space';
/** What `check` holds, sealed: opening it proves the key. */
const CHECK_TEXT = 'delegation-planner:team-key:check';

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA-256. */
export const DEFAULT_ITERATIONS = 600_000;
/** Below this a passphrase is refused: the key is only as strong as what it is derived from. */
export const MIN_PASSPHRASE_LENGTH = 12;

/** Bytes that open a sealed file: 'D' 'P' 'S' and the sealing's version. */
const MAGIC = [0x44, 0x50, 0x53];
export const SEAL_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

const teamFileSchema = z.object({
  format: z.literal(TEAM_FORMAT),
  version: z.number().int().positive(),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(1).max(10_000_000),
    salt: z.string().min(16),
  }),
  check: z.string().min(1),
});

export type TeamFile = z.infer<typeof teamFileSchema>;

/** Why a file of the space did not open. */
export type OpenFault =
  /** Too short to be a sealed file: cut off while written or copied. */
  | 'truncated'
  /** Not a file this app sealed. */
  | 'not-sealed'
  /** Sealed by a newer version of the app, whose format this one does not know. */
  | 'newer-version'
  /** The key does not open it: written with another team key, or changed since (damaged or tampered with). */
  | 'wrong-key-or-damaged'
  /** It opened, but what it holds is not what it should be. */
  | 'damaged';

export class SealedFileError extends Error {
  constructor(readonly fault: OpenFault) {
    super(fault);
    this.name = 'SealedFileError';
  }
}

export type TeamFileFault = 'not-a-team-file' | 'newer-version' | 'wrong-passphrase';

export class TeamFileError extends Error {
  constructor(readonly fault: TeamFileFault) {
    super(fault);
    this.name = 'TeamFileError';
  }
}

const TEAM_FILE_VERSION = 1;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** The key a passphrase gives with a space's salt: 32 bytes, kept by the platform, imported for each use. */
export async function deriveTeamKey(passphrase: string, kdf: TeamFile['kdf']): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt) as BufferSource, iterations: kdf.iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

/** The key in the form WebCrypto seals with; made once per sync. */
export function importTeamKey(key: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function compressed(bytes: Uint8Array, direction: 'compress' | 'decompress'): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(direction === 'compress' ? new CompressionStream('gzip') : new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Seals `value` (as JSON) for the file at `path`. */
export async function seal(key: CryptoKey, path: string, value: unknown): Promise<Uint8Array> {
  const plain = await compressed(new TextEncoder().encode(JSON.stringify(value)), 'compress');
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: new TextEncoder().encode(path) }, key, plain as BufferSource),
  );
  const sealed = new Uint8Array(MAGIC.length + 1 + NONCE_BYTES + cipher.length);
  sealed.set(MAGIC, 0);
  sealed[MAGIC.length] = SEAL_VERSION;
  sealed.set(nonce, MAGIC.length + 1);
  sealed.set(cipher, MAGIC.length + 1 + NONCE_BYTES);
  return sealed;
}

/** What a sealed file at `path` holds, as parsed JSON; throws a SealedFileError saying why it does not open. */
export async function open(key: CryptoKey, path: string, sealed: Uint8Array): Promise<unknown> {
  if (sealed.length < MAGIC.length + 1) throw new SealedFileError('truncated');
  if (MAGIC.some((byte, index) => sealed[index] !== byte)) throw new SealedFileError('not-sealed');
  if (sealed[MAGIC.length]! > SEAL_VERSION) throw new SealedFileError('newer-version');
  if (sealed.length < MAGIC.length + 1 + NONCE_BYTES + TAG_BYTES) throw new SealedFileError('truncated');
  const nonce = sealed.slice(MAGIC.length + 1, MAGIC.length + 1 + NONCE_BYTES);
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: nonce, additionalData: new TextEncoder().encode(path) },
        key,
        sealed.slice(MAGIC.length + 1 + NONCE_BYTES) as BufferSource,
      ),
    );
  } catch {
    // GCM cannot tell a wrong key from a changed byte: either way nothing of it is trusted.
    throw new SealedFileError('wrong-key-or-damaged');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await compressed(plain, 'decompress'))) as unknown;
  } catch {
    throw new SealedFileError('damaged');
  }
}

/** A new space's `team.json` for a passphrase, and the key it gives. */
export async function newTeamFile(passphrase: string, iterations: number = DEFAULT_ITERATIONS): Promise<{ file: TeamFile; key: Uint8Array }> {
  const kdf = { name: 'PBKDF2' as const, hash: 'SHA-256' as const, iterations, salt: toBase64(crypto.getRandomValues(new Uint8Array(16))) };
  const key = await deriveTeamKey(passphrase, kdf);
  const check = toBase64(await seal(await importTeamKey(key), TEAM_FILE, CHECK_TEXT));
  return { file: { format: TEAM_FORMAT, version: TEAM_FILE_VERSION, kdf, check }, key };
}

/** `team.json` as read from the space; throws a TeamFileError when it is not one this app can use. */
export function parseTeamFile(bytes: Uint8Array): TeamFile {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new TeamFileError('not-a-team-file');
  }
  const parsed = teamFileSchema.safeParse(value);
  if (!parsed.success) {
    const version = (value as { format?: unknown; version?: unknown } | null)?.version;
    const format = (value as { format?: unknown } | null)?.format;
    throw new TeamFileError(format === TEAM_FORMAT && typeof version === 'number' && version > TEAM_FILE_VERSION ? 'newer-version' : 'not-a-team-file');
  }
  if (parsed.data.version > TEAM_FILE_VERSION) throw new TeamFileError('newer-version');
  return parsed.data;
}

export function teamFileBytes(file: TeamFile): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}

/** Whether `key` is the space's key: it opens the sealed check. */
export async function keyOpensTeamFile(key: Uint8Array, file: TeamFile): Promise<boolean> {
  try {
    return (await open(await importTeamKey(key), TEAM_FILE, fromBase64(file.check))) === CHECK_TEXT;
  } catch {
    return false;
  }
}

/** The key a passphrase gives for a space; throws TeamFileError('wrong-passphrase') when it is not the space's. */
export async function unlockTeamFile(passphrase: string, file: TeamFile): Promise<Uint8Array> {
  const key = await deriveTeamKey(passphrase, file.kdf);
  if (!(await keyOpensTeamFile(key, file))) throw new TeamFileError('wrong-passphrase');
  return key;
}
