/**
 * The dependency direction of the codebase is enforced by lint; this proves the rule itself bites, so that a
 * broken lint configuration cannot silently let a layer violation through.
 */
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// ESLint loads the whole configuration and type-aware plugins: slower than a unit test, never a measure of speed.
vi.setConfig({ testTimeout: 90_000 });

/** The lines of `code` that `rule` refuses. */
async function violations(filePath: string, code: string, rule: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const lines = (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.line);
  return [...new Set(lines)];
}

/** The lines of `code` whose import the layer rules refuse. */
const layerViolations = (filePath: string, code: string) => violations(filePath, code, 'no-restricted-imports');

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

  it('keep the renderer out of the desktop shell, but for main\'s catalogues', async () => {
    const messages = await layerViolations(
      'electron/main/probe.ts',
      "import { openDatabase } from '../../src/storage/database';\nimport { createI18n } from '../../src/i18n/i18n';\nimport type { Language } from '../../src/i18n/catalogues';\nimport { localeOf } from '../../src/i18n/locale';\nimport { message } from '../../src/domain/shared/message';\nexport const probe = [openDatabase, createI18n, localeOf, message] as const;\nexport type Probe = Language;\n",
    );
    expect(messages).toEqual([1, 4, 5]);
  });

  it('keep the catalogues out of the preload, which requires nothing but Electron', async () => {
    const messages = await layerViolations(
      'electron/preload/probe.ts',
      "import { createI18n } from '../../src/i18n/i18n';\nexport const probe = createI18n;\n",
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

  it('keep luxon in the time module: the rest of the domain asks it', async () => {
    const code = "import { DateTime } from 'luxon';\nexport const probe = DateTime;\n";
    expect(await layerViolations('src/domain/programme/probe.ts', code)).toEqual([1]);
    expect(await layerViolations('src/storage/probe.ts', code)).toEqual([1]);
    expect(await layerViolations('src/platform/probe.ts', code)).toEqual([1]);
    expect(await layerViolations('src/usecases/probe.ts', code)).toEqual([1]);
    expect(await layerViolations('src/ui/probe.ts', code)).toEqual([1]);
    expect(await layerViolations('src/domain/shared/time.ts', code)).toEqual([]);
  });

  it('keep use cases free of React and the UI, reaching data through repositories', async () => {
    const messages = await layerViolations(
      'src/usecases/probe.ts',
      "import { useState } from 'react';\nimport { notifications } from '@mantine/notifications';\nimport { Root } from '../ui/app/Root';\nimport { openDatabase } from '../storage/database';\nimport { createRepositories } from '../storage/repositories';\nimport { detectPlatform } from '../platform';\nexport const probe = [useState, notifications, Root, openDatabase, createRepositories, detectPlatform];\n",
    );
    expect(messages).toEqual([1, 2, 3, 4]);
  });

  it('keep use cases out of domain, storage and platform', async () => {
    const code = "import { backUpToFile } from '../usecases/back-up';\nexport const probe = backUpToFile;\n";
    expect(await layerViolations('src/storage/probe.ts', code)).toEqual([1]);
    expect(await layerViolations('src/platform/probe.ts', code)).toEqual([1]);
    expect(await layerViolations('src/domain/probe.ts', "import { backUpToFile } from '../../usecases/back-up';\nexport const probe = backUpToFile;\n")).toEqual([1]);
  });
});

describe('feature folders of the UI', () => {
  const restricted = (filePath: string, code: string) => violations(filePath, code, 'import-x/no-restricted-paths');

  it('reach another feature only through its public index', async () => {
    const messages = await restricted(
      'src/ui/trips/probe.ts',
      "import { CityPicker } from '../route';\nimport { CityFormModal } from '../route/CityFormModal';\nimport { useTripChecks } from '../checks/trip-checks';\nexport const probe = [CityPicker, CityFormModal, useTripChecks];\n",
    );
    expect(messages).toEqual([2, 3]);
  });

  it('never import the app frame', async () => {
    const messages = await restricted('src/ui/people/probe.ts', "import { appTheme } from '../app/theme';\nexport const probe = appTheme;\n");
    expect(messages).toEqual([1]);
  });

  it('share through ui/shared, which imports no feature', async () => {
    const messages = await restricted(
      'src/ui/shared/probe.ts',
      "import { TripsScreen } from '../trips';\nimport { AppLayout } from '../app/AppLayout';\nimport { useOfferUndo } from './undo';\nexport const probe = [TripsScreen, AppLayout, useOfferUndo];\n",
    );
    expect(messages).toEqual([1, 2]);
  });

  it('let the app frame reach features through their index only', async () => {
    const messages = await restricted(
      'src/ui/app/probe.ts',
      "import { RouteEditor } from '../route';\nimport { RouteMap } from '../route/RouteMap';\nexport const probe = [RouteEditor, RouteMap];\n",
    );
    expect(messages).toEqual([2]);
  });
});

describe('module rules', () => {
  it('refuse an import cycle', async () => {
    // trip.ts imports shared/result.ts: a result module importing trip.ts back closes a cycle.
    const messages = await violations(
      'src/domain/shared/result.ts',
      "import { tripSchema } from '../trip/trip';\nexport const probe = tripSchema;\n",
      'import-x/no-cycle',
    );
    expect(messages).toEqual([1]);
  });

  it('refuse a source file over 500 lines', async () => {
    const lines = (count: number) => Array.from({ length: count }, (_, index) => `export const line${index} = ${index};`).join('\n');
    expect(await violations('src/domain/probe.ts', `${lines(500)}\n`, 'max-lines')).toEqual([]);
    expect(await violations('src/domain/probe.ts', `${lines(501)}\n`, 'max-lines')).toEqual([501]);
    expect(await violations('electron/main/probe.ts', `${lines(501)}\n`, 'max-lines')).toEqual([501]);
  });
});
