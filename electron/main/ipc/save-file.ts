/**
 * Saving text the page produced (calendars, CSV, backups), or the bytes of a spreadsheet, to a file the person picks. The page proposes a
 * name and the content; it never chooses the folder, so it cannot write anywhere the person did not.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import nodePath from 'node:path';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { FileFilter, SaveFileRequest, SaveFileResult } from '../../shared/ipc-contract';
import { isPlainFileName, MAX_FILE_NAME_LENGTH } from '../plain-file-name';
import { describeInvalidArgument } from './invalid-argument';

export const MAX_SAVE_FILE_BYTES = 50 * 1024 * 1024;

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,16}$/, 'must be letters and digits only'))
    .min(1)
    .max(20),
}) satisfies z.ZodType<FileFilter>;

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .max(MAX_FILE_NAME_LENGTH)
    .refine(isPlainFileName, 'must be a plain file name without folders'),
  content: z.union([
    z
      .string()
      .max(MAX_SAVE_FILE_BYTES)
      .refine((content) => Buffer.byteLength(content, 'utf8') <= MAX_SAVE_FILE_BYTES, 'is larger than 50 MB'),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_FILE_BYTES, 'is larger than 50 MB'),
  ]),
  filters: z.array(fileFilterSchema).max(20),
}) satisfies z.ZodType<SaveFileRequest>;

export interface SaveDialogChoice {
  canceled: boolean;
  filePath?: string;
}

export interface SaveFileDeps {
  /** Folder the dialog opens in, such as the person's Documents. */
  defaultFolder: string;
  /** The dialog's title, in main's language. */
  title: string;
  /** Main's words for what went wrong (the \`files\` catalogue), in the page's language. */
  t: TFunction<'files'>;
  showSaveDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<SaveDialogChoice>;
  writeFile(filePath: string, content: string | Uint8Array): Promise<void>;
}

/** Validates the page's request, asks where to save, and writes. Every outcome is a value, never a throw. */
export async function saveFile(request: unknown, deps: SaveFileDeps): Promise<SaveFileResult> {
  const parsed = saveFileRequestSchema.safeParse(request);
  if (!parsed.success) return { status: 'failed', message: describeInvalidArgument(parsed.error) };
  const { suggestedName, content, filters } = parsed.data;

  let choice: SaveDialogChoice;
  try {
    choice = await deps.showSaveDialog({ title: deps.title, defaultPath: nodePath.join(deps.defaultFolder, suggestedName), filters });
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.saveDialogFailed', { reason: errorMessage(error) }) };
  }
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { status: 'cancelled' };

  try {
    await deps.writeFile(choice.filePath, content);
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.notWritten', { path: choice.filePath, reason: errorMessage(error) }) };
  }
  return { status: 'saved', path: choice.filePath };
}

/** The temporary files of writeFileAtomically: hidden, the final name, a random UUID, `.tmp`. */
const TEMPORARY_FILE_NAME = /^\..+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/u;

/** The name writeFileAtomically writes `fileName` under before renaming it into place. */
export function temporaryFileName(fileName: string): string {
  return `.${fileName}.${randomUUID()}.tmp`;
}

/**
 * True for a name writeFileAtomically gives its temporary files: one left behind by a crash between writing and
 * renaming can be told from anything else in a folder by this alone.
 */
export function isTemporaryFileName(name: string): boolean {
  return TEMPORARY_FILE_NAME.test(name);
}

/**
 * Writes `content` next to `filePath` under a temporary name, flushes it to disk, then renames it into
 * place: an existing file is either left as it was or replaced whole, never half-written.
 */
export async function writeFileAtomically(filePath: string, content: string | Uint8Array): Promise<void> {
  const temporaryPath = nodePath.join(nodePath.dirname(filePath), temporaryFileName(nodePath.basename(filePath)));
  try {
    const handle = await open(temporaryPath, 'wx');
    try {
      await (typeof content === 'string' ? handle.writeFile(content, 'utf8') : handle.writeFile(content));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporaryPath, filePath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
