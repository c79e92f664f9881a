/** Reading a PDF as a person reads the paper: poppler's pdfinfo and pdftotext (Debian's poppler-utils). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The text of a PDF, page by page (pdftotext ends each page with a form feed): one string per sheet. */
export function pdfPages(pdf: Buffer): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'book-'));
  const file = path.join(folder, 'book.pdf');
  writeFileSync(file, pdf);
  const sheets = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, sheets);
}
