/**
 * The domain speaks in codes, the interface in words: no English words for a person are written in src/domain.
 * Its messages are codes with facts (shared/message.ts), worded by the catalogues. What is left in quotes there
 * is data (the sample trips, the gazetteer), identifiers, formats, and errors for programmers (`new Error`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Data, not interface: the sample trips' records, the places of the gazetteer and the airports' cities in it, the
 * schema's documentation. */
const DATA = [
  /^src\/domain\/trip\/sample\//,
  /^src\/domain\/trip\/sample-trip-tables\.ts$/,
  /^src\/domain\/route\/gazetteer\//,
  // The schema's history and glossary are documentation for programmers, kept as data so a test can hold them to
  // the code (index paths are persisted identifiers); no person using the app ever reads them.
  /^src\/domain\/schema\//,
  /^src\/domain\/route\/airport-codes\.ts$/,
];

/** Words that are identifiers, not interface, each with why it must stay as it is. */
const EXEMPT: { file: string; text: string; why: string }[] = [
  {
    file: 'src/domain/checks/fingerprints.ts',
    text: 'an unknown city',
    why: 'a fact inside persisted finding fingerprints: changing it would reopen findings organisers acknowledged',
  },
  {
    file: 'src/domain/calendars/calendar-files.ts',
    text: '-//Delegation Planner//Calendar export//EN',
    why: "the calendar's PRODID, an identifier RFC 5545 requires (its \"EN\" is the identifier's language, not the reader's)",
  },
];

/** Two words of English in a row ("is down", "Check the") or a capitalised word ending a sentence. */
const ENGLISH = /\b[A-Za-z][a-z]+[,;:]?\s+[A-Za-z][a-z]+\b|^[A-Z][a-z]+[.!?]$/;

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function isProgrammerError(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isNewExpression(at) && /Error$/.test(at.expression.getText())) return true;
    if (ts.isStatement(at)) return false;
  }
  return false;
}

/** English found in the string literals and templates of one file, as "file:line text". */
function englishIn(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    const exempt = EXEMPT.some((entry) => entry.file === path && entry.text === text);
    if (text !== null && ENGLISH.test(text) && !exempt && !ts.isImportDeclaration(node.parent) && !isProgrammerError(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path}:${line + 1} ${text.slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the domain', () => {
  // Parses every domain module with TypeScript: seconds on a busy machine, never a measure of speed.
  it('writes no English words for a person: codes with facts only', () => {
    const english = files('src/domain')
      .filter((path) => !DATA.some((pattern) => pattern.test(path)))
      .flatMap(englishIn);
    expect(english).toEqual([]);
  }, 60_000);
});
