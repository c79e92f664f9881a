/**
 * Writing many files the page produced (every delegate's calendar) into a folder the person chose before.
 * The page names the folder only by the id it was granted and each file only by a plain name; main works out
 * every path itself and checks that it stays directly inside that folder. Each file is written atomically.
 */
import nodePath from 'node:path';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { NamedFile, SaveFilesResult, SaveFilesToFolderRequest } from '../../shared/ipc-contract';
import { isPlainFileName, MAX_FILE_NAME_LENGTH } from '../plain-file-name';
import { describeInvalidArgument } from './invalid-argument';
import { MAX_SAVE_FILE_BYTES } from './save-file';

/** More than any delegation: 2,000 members each with their own calendar, with room to spare. */
export const MAX_FILES_PER_SAVE = 5_000;
export const MAX_SAVE_FILES_TOTAL_BYTES = 500 * 1024 * 1024;

const namedFileSchema = z
  .object({
    name: z
      .string()
      .max(MAX_FILE_NAME_LENGTH)
      .refine(isPlainFileName, 'must be a plain file name without folders')
      // Hidden files are not what an export makes, and the temporary files of atomic writes start with a dot.
      .refine((name) => !name.startsWith('.'), 'must not start with a dot'),
    content: z
      .string()
      .max(MAX_SAVE_FILE_BYTES)
      .refine((content) => Buffer.byteLength(content, 'utf8') <= MAX_SAVE_FILE_BYTES, 'is larger than 50 MB'),
  })
  .strict() satisfies z.ZodType<NamedFile>;

export const saveFilesToFolderRequestSchema = z
  .object({
    folderId: z.string().min(1).max(100),
    files: z.array(namedFileSchema).min(1).max(MAX_FILES_PER_SAVE),
  })
  .strict()
  .superRefine((request, context) => {
    // Windows and macOS compare names without case: two names that differ only in case are one file there.
    const seen = new Set<string>();
    for (const [index, file] of request.files.entries()) {
      const key = file.name.normalize('NFC').toLowerCase();
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['files', index, 'name'], message: 'is given twice' });
      seen.add(key);
    }
    const total = request.files.reduce((sum, file) => sum + Buffer.byteLength(file.content, 'utf8'), 0);
    if (total > MAX_SAVE_FILES_TOTAL_BYTES) {
      context.addIssue({ code: 'custom', path: ['files'], message: 'are larger than 500 MB together' });
    }
  }) satisfies z.ZodType<SaveFilesToFolderRequest>;

export interface SaveFilesToFolderDeps {
  /** The path of a granted folder, or null for an id never granted (or forgotten). */
  folderPath(id: string): Promise<string | null>;
  isFolder(path: string): Promise<boolean>;
  writeFile(filePath: string, content: string): Promise<void>;
  /** Main's words for what went wrong (the \`files\` catalogue), in the page's language. */
  t: TFunction<'files'>;
}

/**
 * The path of `name` directly inside `folder`, or null if it would be anywhere else (a sub-folder included).
 * A plain name cannot leave the folder; this is the second lock on the same door.
 */
export function pathInside(folder: string, name: string): string | null {
  const base = nodePath.resolve(folder);
  const target = nodePath.resolve(base, name);
  return nodePath.dirname(target) === base && nodePath.basename(target) === name ? target : null;
}

/** What a granted folder's id leads to: the folder, or the result to give the page when it leads nowhere. */
export async function grantedFolder(
  folderId: string,
  deps: Pick<SaveFilesToFolderDeps, 'folderPath' | 'isFolder' | 't'>,
): Promise<{ folder: string } | { refused: Exclude<SaveFilesResult, { status: 'saved' }> }> {
  let folder: string | null;
  try {
    folder = await deps.folderPath(folderId);
  } catch (error) {
    return { refused: { status: 'failed', message: deps.t('platform.foldersNotRead', { reason: errorMessage(error) }), saved: [] } };
  }
  if (folder === null) return { refused: { status: 'unknown-folder', message: deps.t('platform.chooseFolder') } };
  if (!(await deps.isFolder(folder).catch(() => false))) {
    return { refused: { status: 'unknown-folder', message: deps.t('platform.folderGone', { folder }) } };
  }
  return { folder };
}

/** Validates the page's request and writes each file in turn. Every outcome is a value, never a throw. */
export async function saveFilesToFolder(request: unknown, deps: SaveFilesToFolderDeps): Promise<SaveFilesResult> {
  const parsed = saveFilesToFolderRequestSchema.safeParse(request);
  if (!parsed.success) return { status: 'failed', message: describeInvalidArgument(parsed.error), saved: [] };
  const { folderId, files } = parsed.data;

  const granted = await grantedFolder(folderId, deps);
  if ('refused' in granted) return granted.refused;
  const { folder } = granted;

  const saved: string[] = [];
  for (const file of files) {
    const target = pathInside(folder, file.name);
    if (target === null) {
      return { status: 'failed', message: deps.t('platform.outsideFolder', { name: file.name, folder }), saved };
    }
    try {
      await deps.writeFile(target, file.content);
    } catch (error) {
      return { status: 'failed', message: deps.t('platform.notWritten', { path: target, reason: errorMessage(error) }), saved };
    }
    saved.push(file.name);
  }
  return { status: 'saved', location: folder, saved };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
