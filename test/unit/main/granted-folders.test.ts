import { describe, expect, it } from 'vitest';
import {
  createFolderGrants,
  grantFolder,
  MAX_GRANTED_FOLDERS,
  parseGrantedFolders,
  serialiseGrantedFolders,
  type GrantedFolder,
} from '../../../electron/main/granted-folders';

const calendars: GrantedFolder = { id: 'a1', path: '/home/ana/Calendars' };
const desktop: GrantedFolder = { id: 'b2', path: '/home/ana/Desktop' };

function counter(prefix = 'id') {
  let count = 0;
  return () => `${prefix}-${++count}`;
}

describe('the folders the person granted', () => {
  it('are read back as they were saved', () => {
    expect(parseGrantedFolders(serialiseGrantedFolders([calendars, desktop]))).toEqual([calendars, desktop]);
  });

  it('are none when nothing was saved, or the file is damaged or hand-edited wrongly', () => {
    for (const text of [null, '', '{', '[]', '{"folders": "x"}', '{"folders": [{"id": 3, "path": "/x"}]}']) {
      expect(parseGrantedFolders(text)).toEqual([]);
    }
  });

  it('drop a path that is not absolute, which no folder dialog returns', () => {
    const text = serialiseGrantedFolders([{ id: 'c3', path: 'relative/folder' }, calendars]);
    expect(parseGrantedFolders(text)).toEqual([calendars]);
  });

  it('put a newly chosen folder first with a new id, and keep the id of one chosen again', () => {
    const first = grantFolder([desktop], calendars.path, counter());
    expect(first.folder).toEqual({ id: 'id-1', path: calendars.path });
    expect(first.folders).toEqual([{ id: 'id-1', path: calendars.path }, desktop]);
    const again = grantFolder(first.folders, desktop.path, counter('never'));
    expect(again.folder).toEqual(desktop);
    expect(again.folders.map((folder) => folder.path)).toEqual([desktop.path, calendars.path]);
  });

  it(`keep at most ${MAX_GRANTED_FOLDERS}, forgetting the one chosen longest ago`, () => {
    let folders: GrantedFolder[] = [];
    const newId = counter();
    for (let index = 0; index <= MAX_GRANTED_FOLDERS; index += 1) folders = grantFolder(folders, `/f/${index}`, newId).folders;
    expect(folders).toHaveLength(MAX_GRANTED_FOLDERS);
    expect(folders.map((folder) => folder.path)).not.toContain('/f/0');
    expect(folders[0]!.path).toBe(`/f/${MAX_GRANTED_FOLDERS}`);
  });

  it('are kept through the store, so a folder chosen once is found by its id after a restart', async () => {
    let stored: string | null = null;
    const deps = {
      readText: () => Promise.resolve(stored),
      writeText: (text: string) => {
        stored = text;
        return Promise.resolve();
      },
      newId: counter(),
    };
    const granted = await createFolderGrants(deps).grant(calendars.path);
    const afterRestart = createFolderGrants(deps);
    expect(await afterRestart.pathOf(granted.id)).toBe(calendars.path);
    expect(await afterRestart.pathOf('never-granted')).toBeNull();
  });
});
