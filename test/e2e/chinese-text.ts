/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * In the Chinese interface, every word a person reads comes from the Chinese catalogue: no English sentence may
 * be left on the page from outside it. Data is excepted (what the test itself typed, and names such as flight
 * numbers): pass it as `data`.
 */
import { expect, type Page } from '@playwright/test';

/** Two English words in a row: "Add city", "is down". Single words (MU5401, CalDAV, UTC+8) are not sentences. */
const ENGLISH_WORDS = String.raw`[A-Za-z][a-z]+[,;:]?\s+[A-Za-z][a-z]+`;

/** Text of the page a person reads or hears: visible text nodes, and labels, placeholders and titles. */
export async function englishOnPage(page: Page, data: readonly string[] = []): Promise<string[]> {
  return page.evaluate(
    ({ pattern, data }) => {
      const english = new RegExp(pattern);
      const found = new Set<string>();
      const check = (text: string | null | undefined) => {
        if (!text) return;
        let rest = text;
        for (const item of data) rest = rest.split(item).join(' ');
        if (english.test(rest)) found.add(text.trim());
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
        if (parent.checkVisibility && !parent.checkVisibility()) continue;
        check(node.textContent);
      }
      for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [aria-description]')) {
        if (element.closest('[hidden], [aria-hidden="true"]')) continue;
        for (const name of ['aria-label', 'placeholder', 'title', 'aria-description']) check(element.getAttribute(name));
      }
      check(document.title);
      return [...found];
    },
    { pattern: ENGLISH_WORDS, data: [...data] },
  );
}

/** Fails when the page shows English outside `data`; names the screen in the failure. */
export async function expectNoEnglish(page: Page, screen: string, data: readonly string[] = []): Promise<void> {
  expect(await englishOnPage(page, data), `English on the ${screen} screen`).toEqual([]);
}
