import { createI18n } from '../../../../src/i18n/i18n';
import { describe, expect, it } from 'vitest';
import { chooseFolder, type ChooseFolderDeps } from '../../../../electron/main/ipc/choose-folder';

function depsChoosing(paths: string[] | null, overrides: Partial<ChooseFolderDeps> = {}) {
  const granted: string[] = [];
  const dialogs: unknown[] = [];
  const deps: ChooseFolderDeps = {
    defaultFolder: '/home/ana/Documents',
    words: { title: '选择文件夹', buttonLabel: '选择' },
    t: createI18n({ language: 'en', strict: true }).getFixedT('en', 'files'),
    showOpenDialog: (options) => {
      dialogs.push(options);
      return Promise.resolve(paths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: paths });
    },
    grant: (path) => {
      granted.push(path);
      return Promise.resolve({ id: 'folder-1', path });
    },
    ...overrides,
  };
  return { deps, granted, dialogs };
}

describe('choosing a folder for many files', () => {
  it('asks for a folder in the default folder, titled in the page\'s language, grants it and returns its id and path', async () => {
    const { deps, granted, dialogs } = depsChoosing(['/home/ana/Calendars']);
    await expect(chooseFolder(deps)).resolves.toEqual({
      status: 'chosen',
      folder: { id: 'folder-1', label: '/home/ana/Calendars' },
    });
    expect(granted).toEqual(['/home/ana/Calendars']);
    expect(dialogs).toEqual([
      {
        title: '选择文件夹',
        buttonLabel: '选择',
        defaultPath: '/home/ana/Documents',
        properties: ['openDirectory', 'createDirectory'],
      },
    ]);
  });

  it('grants nothing when the person cancels', async () => {
    const { deps, granted } = depsChoosing(null);
    await expect(chooseFolder(deps)).resolves.toEqual({ status: 'cancelled' });
    expect(granted).toEqual([]);
  });

  it('reports a dialog or a store that fails as a failure with its message', async () => {
    const brokenDialog = depsChoosing([], { showOpenDialog: () => Promise.reject(new Error('no display')) });
    await expect(chooseFolder(brokenDialog.deps)).resolves.toEqual({
      status: 'failed',
      message: 'The folder dialog could not be shown: no display',
    });
    const brokenStore = depsChoosing(['/x'], { grant: () => Promise.reject(new Error('EACCES')) });
    await expect(chooseFolder(brokenStore.deps)).resolves.toEqual({
      status: 'failed',
      message: 'The folder could not be remembered: EACCES',
    });
  });

  it('words a failure in the page\'s language', async () => {
    const chinese = depsChoosing([], {
      showOpenDialog: () => Promise.reject(new Error('no display')),
      t: createI18n({ language: 'zh-CN', strict: true }).getFixedT('zh-CN', 'files'),
    });
    await expect(chooseFolder(chinese.deps)).resolves.toEqual({ status: 'failed', message: '文件夹对话框未能打开：no display' });
  });
});
