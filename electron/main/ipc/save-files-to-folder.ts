/**
 * Writing many files the page produced (every delegate's calendar) into a folder the person chose before.
 * The page names the folder only by the id it was granted and each file only by a plain name; main works out
 * every path itself and checks that it stays directly inside that folder. Each file is written atomically.
 * A file already in the folder is never replaced without asking: main asks the person itself, in a native
 * question, whether to replace such files, keep both (the new one under a numbered name), or save nothing.
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

/** What the person chose to do with files already in the folder, in the order the question's buttons show. */
export const EXISTING_FILES_ANSWERS = ['replace', 'keep-both', 'cancel'] as const;
export type ExistingFilesAnswer = (typeof EXISTING_FILES_ANSWERS)[number];

/** The files of a save that are already in the folder, as the question about them names them. */
export interface ExistingFilesQuestion {
  folder: string;
  /** The names already there, in the order of the request. */
  existing: string[];
  /** The name the first of them would be kept under, beside the one there: "Trip - Li Wei (2).ics". */
  keptAs: string;
}

export interface SaveFilesToFolderDeps {
  /** The path of a granted folder, or null for an id never granted (or forgotten). */
  folderPath(id: string): Promise<string | null>;
  isFolder(path: string): Promise<boolean>;
  /** True when something (a file, a folder, a link) already has this path. */
  exists(path: string): Promise<boolean>;
  /** Asks the person what to do with files already in the folder; the native question in the app. */
  askAboutExisting(question: ExistingFilesQuestion): Promise<ExistingFilesAnswer>;
  writeFile(filePath: string, content: string): Promise<void>;
  /** Main's words for what went wrong (the \`files\` catalogue), in the page's language. */
  t: TFunction<'files'>;
}

/** A native message box as Electron's dialog.showMessageBox takes it. */
export interface QuestionBox {
  type: 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

/**
 * The question about files already in the folder, in main's words (the `menu` catalogue) in the page's language.
 * Its buttons are in the order of {@link EXISTING_FILES_ANSWERS}; pressing Escape or closing it saves nothing,
 * and so does Enter, since replacing cannot be undone.
 */
export function existingFilesQuestionBox(question: ExistingFilesQuestion, t: TFunction<'menu'>): QuestionBox {
  const cancel = EXISTING_FILES_ANSWERS.indexOf('cancel');
  return {
    type: 'question',
    title: t('dialog.existingFilesTitle'),
    message: t('dialog.existingFiles', { count: question.existing.length, name: question.existing[0], folder: question.folder }),
    detail: t('dialog.existingFilesDetail', { keptAs: question.keptAs }),
    buttons: EXISTING_FILES_ANSWERS.map((answer) => t(`dialog.existingFilesAnswer.${answer}`)),
    defaultId: cancel,
    cancelId: cancel,
    noLink: true,
  };
}

/** The answer of the button pressed (its index, as showMessageBox gives it); anything else saves nothing. */
export function existingFilesAnswer(response: number): ExistingFilesAnswer {
  return EXISTING_FILES_ANSWERS[response] ?? 'cancel';
}

/**
 * `name` numbered as a copy: "Trip - Li Wei (2).ics" for the second. The name before the extension is cut if
 * need be so that the whole stays a plain name.
 */
export function numberedName(name: string, copy: number): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const suffix = ` (${copy})${extension}`;
  let cut = [...stem];
  while (cut.length > 0 && !isPlainFileName(`${cut.join('').trimEnd()}${suffix}`)) cut = cut.slice(0, -1);
  return `${cut.join('').trimEnd()}${suffix}`;
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

/**
 * The names to write `names` under in `folder`: each as it is, unless the person was asked about files already
 * there and chose to keep both, or null when they chose to save nothing. A numbered name is one neither in the
 * folder nor among the other names of this save.
 */
export async function namesToWrite(
  folder: string,
  names: readonly string[],
  deps: Pick<SaveFilesToFolderDeps, 'exists' | 'askAboutExisting'>,
): Promise<Map<string, string> | null> {
  const existing: string[] = [];
  for (const name of names) {
    const target = pathInside(folder, name);
    if (target !== null && (await deps.exists(target))) existing.push(name);
  }
  const written = new Map(names.map((name) => [name, name]));
  if (existing.length === 0) return written;

  const taken = new Set(names.map((name) => name.normalize('NFC').toLowerCase()));
  const keptAs = async (name: string): Promise<string> => {
    for (let copy = 2; ; copy += 1) {
      const candidate = numberedName(name, copy);
      const target = pathInside(folder, candidate);
      if (taken.has(candidate.normalize('NFC').toLowerCase()) || target === null || (await deps.exists(target))) continue;
      taken.add(candidate.normalize('NFC').toLowerCase());
      return candidate;
    }
  };
  const first = await keptAs(existing[0]!);
  const answer = await deps.askAboutExisting({ folder, existing, keptAs: first });
  if (answer === 'cancel') return null;
  if (answer === 'keep-both') {
    written.set(existing[0]!, first);
    for (const name of existing.slice(1)) written.set(name, await keptAs(name));
  }
  return written;
}

/**
 * Validates the page's request and writes each file in turn, asking first about any already in the folder. The
 * result names the files saved by the names the page gave them, also those kept under a numbered name. Every
 * outcome is a value, never a throw.
 */
export async function saveFilesToFolder(request: unknown, deps: SaveFilesToFolderDeps): Promise<SaveFilesResult> {
  const parsed = saveFilesToFolderRequestSchema.safeParse(request);
  if (!parsed.success) return { status: 'failed', message: describeInvalidArgument(parsed.error), saved: [] };
  const { folderId, files } = parsed.data;

  const granted = await grantedFolder(folderId, deps);
  if ('refused' in granted) return granted.refused;
  const { folder } = granted;

  let written: Map<string, string> | null;
  try {
    written = await namesToWrite(folder, files.map((file) => file.name), deps);
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.existingNotAsked', { folder, reason: errorMessage(error) }), saved: [] };
  }
  if (written === null) return { status: 'cancelled' };

  const saved: string[] = [];
  for (const file of files) {
    const target = pathInside(folder, written.get(file.name) ?? file.name);
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
