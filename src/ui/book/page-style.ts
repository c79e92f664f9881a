/** The page box of a printed document: its sheet, and the running head and page numbers in its margins. */
import type { PaperSize } from './book-options';

/** CSS for the page box: the sheet, and the running head and foot in its margins (Chromium draws margin boxes). */
export function pageStyle(paper: PaperSize, head: string): string {
  const quoted = JSON.stringify(head.replace(/[\r\n]+/g, ' '));
  return `@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 18mm 16mm 18mm 16mm;
  @top-center { content: ${quoted}; font-size: 8pt; color: #555; }
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
@page :first { @top-center { content: none; } }`;
}
