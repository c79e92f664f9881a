/**
 * A laid-out document as a file of its own: a web page that shows and prints as the pages on screen do. The
 * browser has no PDF maker, so its "every delegate's book" is a zip of these: a delegate reads theirs on a
 * phone, or prints it to PDF from any browser.
 *
 * The page carries the styles its pages use and nothing that runs: Paged.js's own rules (the page boxes, print
 * rules), the app's rules that match something on the pages, the theme variables those read, and a policy that
 * forbids scripts, so that nothing typed into the plan can become live markup when the file is opened.
 */

/** What the file keeps of the page around the document: the book's own wrapper classes, its font. */
export interface StandaloneSource {
  /** The laid-out pages (Paged.js's output) as they are in the document. */
  pages: HTMLElement;
  /** The style sheets Paged.js made for these pages. */
  pagedStyles: readonly HTMLStyleElement[];
  title: string;
  language: string;
}

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** A screen for reading: grey around white sheets, as the app shows them. */
const SCREEN = `@media screen {
  body { background: #e9ecef; margin: 0; padding: 12px 0; }
  .pagedjs_page { background: white; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.2); margin: 0 auto 12px; }
}`;

export function standaloneDocument({ pages, pagedStyles, title, language }: StandaloneSource): string {
  const paged = new Set<Node>(pagedStyles);
  const used = usedRules(pages, paged);
  const pagedCss = pagedStyles.map(sheetText).join('\n');
  const variables = themeVariables(pages, `${pagedCss}\n${used}`);
  const body = getComputedStyle(document.body);
  const page = `body { font-family: ${body.fontFamily}; color: ${body.color}; }`;
  const styles = [pagedCss, variables, page, used, SCREEN].join('\n');
  const wrappers = ancestorClasses(pages);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    // A phone shows a whole sheet's width, as it shows a PDF, and zooms in from there.
    '<meta name="viewport" content="width=840">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${safeInStyleElement(styles)}</style>`,
    '</head>',
    '<body>',
    ...wrappers.map((classes) => `<div class="${escapeHtml(classes)}">`),
    pages.innerHTML,
    ...wrappers.map(() => '</div>'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A style element's rules as they are now: Paged.js adds some through the CSSOM after writing the element's text
 * (the contents' page numbers, for one), which its text does not show.
 */
function sheetText(style: HTMLStyleElement): string {
  const rules = style.sheet?.cssRules;
  return rules ? Array.from(rules, (rule) => rule.cssText).join('\n') : (style.textContent ?? '');
}

/** The app's style rules (at the top level or under @media) that match something on the pages. */
function usedRules(pages: HTMLElement, skip: ReadonlySet<Node>): string {
  const kept: string[] = [];
  const matches = (selector: string) => {
    try {
      return pages.querySelector(selector) !== null;
    } catch {
      return false; // a selector this engine reads but querySelector does not (a pseudo-element, say)
    }
  };
  const walk = (rules: CSSRuleList): string[] => {
    const out: string[] = [];
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        if (matches(rule.selectorText)) out.push(rule.cssText);
      } else if (rule instanceof CSSMediaRule) {
        const inner = walk(rule.cssRules);
        if (inner.length > 0) out.push(`@media ${rule.conditionText} {\n${inner.join('\n')}\n}`);
      }
    }
    return out;
  };
  for (const sheet of Array.from(document.styleSheets)) {
    if (sheet.ownerNode && skip.has(sheet.ownerNode)) continue;
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not the app's
    }
    kept.push(...walk(rules));
  }
  return kept.join('\n');
}

/** The custom properties (the theme's colours, say) that `css` reads, with their values where the pages are. */
function themeVariables(pages: HTMLElement, css: string): string {
  const computed = getComputedStyle(pages);
  const names = new Set(Array.from(css.matchAll(/var\(\s*(--[\w-]+)/g), (match) => match[1]!));
  const declarations = [...names].map((name) => `${name}: ${computed.getPropertyValue(name).trim() || 'initial'};`);
  return declarations.length === 0 ? '' : `:root {\n${declarations.join('\n')}\n}`;
}

/** The classes of the pages' ancestors, outermost first, that the app's rules name (`.briefing-book h2`). */
function ancestorClasses(pages: HTMLElement): string[] {
  const classes: string[] = [];
  for (let node: HTMLElement | null = pages; node && node !== document.body; node = node.parentElement) {
    if (node.className && typeof node.className === 'string') classes.unshift(node.className);
  }
  return classes;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** Nothing in a style element may end it: `</style` becomes `<\/style`, which CSS reads as the same text. */
const safeInStyleElement = (css: string) => css.replace(/<\/(style)/gi, '<\\/$1');
