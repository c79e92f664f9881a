/**
 * The programme's find marks what it found on the rows drawn, without changing them: CSS custom highlights
 * (`::highlight(programme-found)`) over the text that matches, the current match's row in a second colour. Where
 * the browser has no highlight registry nothing is marked, and the current row's outline still shows where.
 */

const FOUND = 'programme-found';
const CURRENT = 'programme-found-current';

/** Marks every occurrence of `query` in the text under `container`; those in `[data-find-current]` as current. */
export function highlightFound(container: HTMLElement | null, query: string): void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!registry || typeof Highlight === 'undefined') return;
  registry.delete(FOUND);
  registry.delete(CURRENT);
  const needle = query.trim().toLocaleLowerCase();
  if (!container || !needle) return;
  const found: Range[] = [];
  const current: Range[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').toLocaleLowerCase();
    // Lower-casing keeps the length of the scripts the programme is written in; a text where it does not is left unmarked.
    if (text.length !== node.textContent?.length) continue;
    const inCurrent = node.parentElement?.closest('[data-find-current]') !== null;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      (inCurrent ? current : found).push(range);
    }
  }
  registry.set(FOUND, new Highlight(...found));
  registry.set(CURRENT, new Highlight(...current));
}

/** Takes the marks away. */
export function clearFound(): void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  registry?.delete(FOUND);
  registry?.delete(CURRENT);
}
