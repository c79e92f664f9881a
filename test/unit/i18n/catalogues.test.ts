/**
 * The Chinese catalogue says everything the English one says: the same keys, a plural form wherever English has
 * one, the same placeholders, and Chinese words rather than English left behind. Every message code the domain
 * writes has words in both.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, NAMESPACES, type CatalogueTree } from '../../../src/i18n/catalogues';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: CatalogueTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

/** Keys without their plural endings, with each one's texts. */
function byBaseKey(flat: Map<string, string>): Map<string, string[]> {
  const base = new Map<string, string[]>();
  for (const [key, text] of flat) {
    const stem = key.replace(PLURAL, '');
    base.set(stem, [...(base.get(stem) ?? []), text]);
  }
  return base;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!);

/** Words that stay as they are in a Chinese sentence: names of standards, formats and products. */
const KEPT_IN_LATIN = new Set([
  'CalDAV', 'WebDAV', 'CSV', 'PDF', 'ICS', 'iCalendar', 'UTC', 'GMT', 'URL', 'IndexedDB', 'Delegation', 'Planner',
  'English', 'Google', 'Outlook', 'Apple', 'Calendar', 'Excel', 'UID', 'ETag', 'JSON', 'ZIP', 'zip', 'ics', 'csv',
  'json', 'dplan', 'Radicale', 'Nextcloud', 'iCloud', 'Fastmail', 'MoU', 'VIP', 'Wi', 'Fi', 'App', 'vCard', 'HH', 'mm',
  'https', 'http', 'mailto', 'tel', 'www', 'Ctrl', 'Cmd', 'Shift', 'Enter', 'Esc', 'Tab', 'Alt', 'Electron', 'iPhone', 'DAVx',
  'UTF', 'Windows', 'GB', 'ownCloud', 'SharePoint', 'OneDrive', 'Dropbox', 'Syncthing', 'team',
]);

describe('the catalogues', () => {
  for (const namespace of NAMESPACES) {
    const english = byBaseKey(flatten(catalogues.en[namespace]));
    const chinese = byBaseKey(flatten(catalogues['zh-CN'][namespace]));

    it(`${namespace}: Chinese has every English key, and no other`, () => {
      expect([...chinese.keys()].filter((key) => !english.has(key))).toEqual([]);
      expect([...english.keys()].filter((key) => !chinese.has(key))).toEqual([]);
    });

    it(`${namespace}: a Chinese text has the placeholders of the English one`, () => {
      const differing: string[] = [];
      for (const [key, texts] of english) {
        const want = new Set(texts.flatMap(placeholders));
        const have = new Set((chinese.get(key) ?? []).flatMap(placeholders));
        // Chinese may leave out a count its words already say ("等人"); never a fact English names.
        for (const name of have) if (!want.has(name)) differing.push(`${key}: {{${name}}} not in English`);
        for (const name of want) if (!have.has(name) && name !== 'count') differing.push(`${key}: {{${name}}} missing`);
      }
      expect(differing).toEqual([]);
    });

    it(`${namespace}: a count is written with the reader's digit grouping ("2,000 people", never "2000 people")`, () => {
      const bare: string[] = [];
      for (const [key, texts] of [...english, ...chinese]) {
        for (const text of texts) if (/\{\{\s*(count|n|shown|total|remaining|importable)\s*\}\}/.test(text)) bare.push(`${key}: ${text}`);
      }
      expect(bare).toEqual([]);
    });

    it(`${namespace}: Chinese texts are in Chinese`, () => {
      const english: string[] = [];
      for (const [key, texts] of chinese) {
        for (const text of texts) {
          const words = text.replace(/\{\{[^}]*\}\}/g, ' ').match(/[A-Za-z]{2,}/g) ?? [];
          const foreign = words.filter((word) => !KEPT_IN_LATIN.has(word));
          if (foreign.length > 0 && key !== 'language.en') english.push(`${key}: ${text}`);
        }
      }
      expect(english).toEqual([]);
    });
  }

  it('have words for every message code the domain, storage and use cases write', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(['src/domain', 'src/storage', 'src/usecases'])) {
      const source = readFileSync(file, 'utf8');
      for (const [, code] of source.matchAll(/message\(\s*'([\w-]+:[\w.-]+)'/g)) {
        const [namespace, key] = code!.split(':') as [string, string];
        for (const language of ['en', 'zh-CN'] as const) {
          const tree = catalogues[language][namespace as (typeof NAMESPACES)[number]];
          const keys = tree ? byBaseKey(flatten(tree)) : new Map();
          if (!keys.has(key)) missing.push(`${language} ${code} (${file})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

function sourceFiles(folders: string[]): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  folders.forEach(walk);
  return files;
}
