/**
 * Saving the page as PDF (a briefing book): the person picks where first, so a cancelled dialog costs nothing;
 * then the page is printed as it is, with the page size, running head and page numbers its own CSS sets, and
 * written whole. The page proposes only a plain file name and a sheet; it never chooses the folder.
 */
import nodePath from 'node:path';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  PDF_PAPER_SIZES,
  type FileFilter,
  type PdfPaperSize,
  type SaveFileResult,
  type SaveFilesResult,
  type SavePdfRequest,
  type SavePdfToFolderRequest,
} from '../../shared/ipc-contract';
import { isPlainFileName, MAX_FILE_NAME_LENGTH } from '../plain-file-name';
import { describeInvalidArgument } from './invalid-argument';
import type { SaveDialogChoice } from './save-file';
import { grantedFolder, namesToWrite, pathInside, type SaveFilesToFolderDeps } from './save-files-to-folder';

const pdfFileName = z
  .string()
  .max(MAX_FILE_NAME_LENGTH)
  .refine(isPlainFileName, 'must be a plain file name without folders')
  .refine((name) => !name.startsWith('.'), 'must not start with a dot')
  .refine((name) => name.toLowerCase().endsWith('.pdf'), 'must end in .pdf');

export const savePdfRequestSchema = z
  .object({ suggestedName: pdfFileName, paper: z.enum(PDF_PAPER_SIZES) })
  .strict() satisfies z.ZodType<SavePdfRequest>;

export const savePdfToFolderRequestSchema = z
  .object({ folderId: z.string().min(1).max(100), name: pdfFileName, paper: z.enum(PDF_PAPER_SIZES) })
  .strict() satisfies z.ZodType<SavePdfToFolderRequest>;

/** What Chromium's printToPDF is asked for: the page's own CSS page size wins over `pageSize` where it sets one. */
export interface PdfPrintOptions {
  pageSize: 'A4' | 'Letter';
  printBackground: boolean;
  preferCSSPageSize: boolean;
}

export interface SavePdfDeps {
  /** Folder the dialog opens in, such as the person's Documents. */
  defaultFolder: string;
  /** The dialog's title, in main's language. */
  title: string;
  /** The filter's name ("PDF document"), in main's language. */
  filterName: string;
  /** Main's words for what went wrong (the `files` catalogue), in the page's language. */
  t: TFunction<'files'>;
  showSaveDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<SaveDialogChoice>;
  /** The asking page, printed. */
  printToPdf(options: PdfPrintOptions): Promise<Uint8Array>;
  writeFile(filePath: string, content: Uint8Array): Promise<void>;
}

const PAGE_SIZES: Record<PdfPaperSize, PdfPrintOptions['pageSize']> = { a4: 'A4', letter: 'Letter' };

/** Validates the page's request, asks where to save, prints and writes. Every outcome is a value, never a throw. */
export async function savePdf(request: unknown, deps: SavePdfDeps): Promise<SaveFileResult> {
  const parsed = savePdfRequestSchema.safeParse(request);
  if (!parsed.success) return { status: 'failed', message: describeInvalidArgument(parsed.error) };
  const { suggestedName, paper } = parsed.data;

  let choice: SaveDialogChoice;
  try {
    choice = await deps.showSaveDialog({
      title: deps.title,
      defaultPath: nodePath.join(deps.defaultFolder, suggestedName),
      filters: [{ name: deps.filterName, extensions: ['pdf'] }],
    });
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.saveDialogFailed', { reason: errorMessage(error) }) };
  }
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { status: 'cancelled' };

  let pdf: Uint8Array;
  try {
    pdf = await deps.printToPdf({ pageSize: PAGE_SIZES[paper], printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.notPrinted', { reason: errorMessage(error) }) };
  }
  try {
    await deps.writeFile(choice.filePath, pdf);
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.notWritten', { path: choice.filePath, reason: errorMessage(error) }) };
  }
  return { status: 'saved', path: choice.filePath };
}

export interface SavePdfToFolderDeps
  extends Pick<SaveFilesToFolderDeps, 'folderPath' | 'isFolder' | 'exists' | 'askAboutExisting' | 't'> {
  printToPdf(options: PdfPrintOptions): Promise<Uint8Array>;
  writeFile(filePath: string, content: Uint8Array): Promise<void>;
}

/**
 * Prints the page into a folder the person chose before, under the plain name it gives: one delegate's book of
 * many, with no dialog each time, unless a file of that name is there: then the person is asked whether to
 * replace it, keep both or save nothing. Every outcome is a value, never a throw.
 */
export async function savePdfToFolder(request: unknown, deps: SavePdfToFolderDeps): Promise<SaveFilesResult> {
  const parsed = savePdfToFolderRequestSchema.safeParse(request);
  if (!parsed.success) return { status: 'failed', message: describeInvalidArgument(parsed.error), saved: [] };
  const { folderId, name, paper } = parsed.data;
  const granted = await grantedFolder(folderId, deps);
  if ('refused' in granted) return granted.refused;
  const { folder } = granted;
  let written: Map<string, string> | null;
  try {
    written = await namesToWrite(folder, [name], deps);
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.existingNotAsked', { folder, reason: errorMessage(error) }), saved: [] };
  }
  if (written === null) return { status: 'cancelled' };
  const target = pathInside(folder, written.get(name) ?? name);
  if (target === null) return { status: 'failed', message: deps.t('platform.outsideFolder', { name, folder }), saved: [] };

  let pdf: Uint8Array;
  try {
    pdf = await deps.printToPdf({ pageSize: PAGE_SIZES[paper], printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.notPrinted', { reason: errorMessage(error) }), saved: [] };
  }
  try {
    await deps.writeFile(target, pdf);
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.notWritten', { path: target, reason: errorMessage(error) }), saved: [] };
  }
  return { status: 'saved', location: folder, saved: [name] };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
