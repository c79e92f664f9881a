/**
 * The dependency direction of the codebase is enforced by lint; this proves the rule itself bites, so that a
 * broken lint configuration cannot silently let a layer violation through.
 */
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// ESLint loads the whole configuration and type-aware plugins: slower than a unit test, never a measure of speed.
vi.setConfig({ testTimeout: 30_000 });

/** The lines of `code` whose import the layer rules refuse. */
async function layerViolations(filePath: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const lines = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
  return [...new Set(lines)];
}

describe('layer rules', () => {
  it('keep React, Dexie, storage and the UI out of the domain', async () => {
    const messages = await layerViolations(
      'src/domain/probe.ts',
      "import { useState } from 'react';\nimport { Dexie } from 'dexie';\nimport { openDatabase } from '../storage/database';\nimport { Root } from '../ui/app/Root';\nexport const probe = [useState, Dexie, openDatabase, Root];\n",
    );
    expect(messages).toEqual([1, 2, 3, 4]);
  });

  it('keep the UI away from Dexie tables and time arithmetic', async () => {
    const messages = await layerViolations(
      'src/ui/probe.ts',
      "import { Dexie } from 'dexie';\nimport { DateTime } from 'luxon';\nimport { openDatabase } from '../storage/database';\nexport const probe = [Dexie, DateTime, openDatabase];\n",
    );
    expect(messages).toEqual([1, 2, 3]);
  });

  it('keep Electron and the desktop shell out of the renderer', async () => {
    const messages = await layerViolations(
      'src/platform/probe.ts',
      "import { ipcRenderer } from 'electron';\nimport { setupIpc } from '../../electron/main/ipc/setup-ipc';\nexport const probe = [ipcRenderer, setupIpc];\n",
    );
    expect(messages).toEqual([1, 2]);
  });

  it('keep the renderer out of the desktop shell', async () => {
    const messages = await layerViolations(
      'electron/main/probe.ts',
      "import { openDatabase } from '../../src/storage/database';\nexport const probe = openDatabase;\n",
    );
    expect(messages).toEqual([1]);
  });

  it('let the UI use repositories and the platform', async () => {
    const messages = await layerViolations(
      'src/ui/probe.ts',
      "import { createRepositories } from '../storage/repositories';\nimport { detectPlatform } from '../platform';\nexport const probe = [createRepositories, detectPlatform];\n",
    );
    expect(messages).toEqual([]);
  });
});
