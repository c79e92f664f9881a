import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_GLOSSARY, TABLE_GLOSSARY } from '../../../../src/domain/schema/glossary';
import { schemaVersion, CURRENT_SCHEMA_VERSION, STORED_TABLES } from '../../../../src/domain/schema/schema-history';

describe('the glossary of stored names', () => {
  it('names, for every stored table, a type its module exports', () => {
    expect(Object.keys(TABLE_GLOSSARY).sort()).toEqual([...STORED_TABLES].sort());
    for (const [table, words] of Object.entries(TABLE_GLOSSARY)) {
      const source = readFileSync(words.module, 'utf8');
      expect(source, `${table}: ${words.type} in ${words.module}`).toMatch(new RegExp(`export (type|interface) ${words.type}\\b`));
    }
  });

  it('explains only fields the stored records really have', () => {
    const stores = schemaVersion(CURRENT_SCHEMA_VERSION).stores;
    for (const { table, field } of FIELD_GLOSSARY) {
      const words = TABLE_GLOSSARY[table];
      expect(stores[table], table).toBeDefined();
      expect(readFileSync(words.module, 'utf8'), `${table}.${field}`).toMatch(new RegExp(`\\b${field}: `));
    }
  });
});
