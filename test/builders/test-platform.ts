/**
 * A Platform for tests of use cases: it keeps every file saved (one by one, or many at once) in memory, can be
 * told to cancel or fail the next save, to choose a folder or not, and to forget the folders it granted, and
 * keeps automatic backups and the entries logged in memory. `aTestPlatform().withoutAutomaticBackups().onTheWeb()`.
 */
import { createWebCalendarServer, memoryStore } from '../../src/platform/web-calendar-server';
import { createWebTeamSpace } from '../../src/platform/web-team-space';
import type { Language } from '../../src/i18n/catalogues';
import type {
  AutomaticBackupInfo,
  AutomaticBackups,
  ChooseFolderResult,
  ChosenFolder,
  PageLogEntry,
  Platform,
  SaveFileRequest,
  SaveFilesRequest,
  SaveFilesResult,
} from '../../src/platform/platform';

/** A file as the platform saved it: its name, its text (or bytes), and where it went (a path, a folder or a zip). */
export interface SavedFile {
  name: string;
  content: string;
  /** The bytes of a binary file (a spreadsheet), whose `content` is then empty. */
  bytes?: Uint8Array;
  location: string;
}

type NextSave = 'save' | 'cancel' | { fail: string } | { failAfter: number; fail: string };

export interface TestPlatform extends Platform {
  /** Every file saved, in order. */
  readonly saved: SavedFile[];
  /** How many times a folder was asked for. */
  readonly foldersAsked: number;
  /** The automatic backups kept, by id, with their text. */
  readonly automaticBackupsKept: Map<string, { info: AutomaticBackupInfo; content: string }>;
  /** The languages the interface told the shell, in order. */
  readonly languagesSet: Language[];
  /** Every entry the use cases wrote to the log, in order. */
  readonly logged: PageLogEntry[];
  /** The next save of one file (or of many: `failAfter` saves that many first) is cancelled or fails. */
  nextSave(outcome: NextSave): TestPlatform;
  /** The next automatic backup cannot be saved. */
  failNextAutomaticBackup(message: string): TestPlatform;
  /** The next folder asked for is not chosen: the person cancels, or the dialog fails. */
  nextFolder(outcome: ChooseFolderResult): TestPlatform;
  /** Every folder granted so far is gone (moved, or the app restarted without it). */
  forgetFolders(): TestPlatform;
  /** Every folder chosen from now on is gone before anything is written into it (a drive unplugged). */
  loseFoldersOnceChosen(): TestPlatform;
  /** A platform that keeps no automatic backups (as a browser without a private file system). */
  withoutAutomaticBackups(): TestPlatform;
  /** The browser: many files are one zip, and there are no folders. */
  onTheWeb(): TestPlatform;
}

const FAILED_FOLDER = 'In the browser, many files are downloaded as one zip file.';

export function aTestPlatform(): TestPlatform {
  const saved: SavedFile[] = [];
  const kept = new Map<string, { info: AutomaticBackupInfo; content: string }>();
  const grantedFolders = new Set<string>();
  const folderAnswers: ChooseFolderResult[] = [];
  let nextSave: NextSave = 'save';
  let automaticFailure: string | null = null;
  let foldersAsked = 0;
  let foldersKept = true;
  let backupCount = 0;

  const takeNextSave = () => {
    const outcome = nextSave;
    nextSave = 'save';
    return outcome;
  };

  const automaticBackups: AutomaticBackups = {
    list: () =>
      Promise.resolve({
        status: 'listed',
        folder: 'memory',
        backups: [...kept.values()].map(({ info }) => info).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      }),
    async save({ content: given, reason }) {
      if (automaticFailure !== null) {
        const message = automaticFailure;
        automaticFailure = null;
        return { status: 'failed', message };
      }
      backupCount += 1;
      const content = typeof given === 'string' ? given : await given.text();
      const createdAt = new Date(Date.UTC(2026, 10, 21, 9, backupCount)).toISOString();
      const info: AutomaticBackupInfo = { id: `automatic-${backupCount}-${reason}.json`, createdAt, reason, sizeBytes: content.length };
      kept.set(info.id, { info, content });
      return { status: 'saved', backup: info, removed: [] };
    },
    read(id) {
      const backup = kept.get(id);
      return Promise.resolve(backup ? { status: 'read', content: backup.content } : { status: 'failed', message: 'There is no such backup.' });
    },
    showFolder: null,
    onBackupRequest: () => () => undefined,
  };

  const platform: TestPlatform = {
    kind: 'desktop',
    saved,
    get foldersAsked() {
      return foldersAsked;
    },
    automaticBackupsKept: kept,
    automaticBackups,
    // The browser's implementation, talking to whatever server a test starts, with storage for the test only.
    calendarServer: createWebCalendarServer({ local: memoryStore(), session: memoryStore() }),
    teamSpace: createWebTeamSpace({ local: memoryStore(), session: memoryStore() }),
    languagesSet: [],
    setLanguage(language) {
      platform.languagesSet.push(language);
    },
    logged: [],
    log(entry) {
      platform.logged.push(entry);
    },

    saveFile(request: SaveFileRequest) {
      const outcome = takeNextSave();
      if (outcome === 'cancel') return Promise.resolve({ status: 'cancelled' });
      if (typeof outcome === 'object') return Promise.resolve({ status: 'failed', message: outcome.fail });
      const location = platform.kind === 'web' ? request.suggestedName : `/home/organiser/${request.suggestedName}`;
      const { content } = request;
      saved.push(
        typeof content === 'string'
          ? { name: request.suggestedName, content, location }
          : { name: request.suggestedName, content: '', bytes: content, location },
      );
      return Promise.resolve({ status: 'saved', path: location });
    },

    saveFiles({ folderId, archiveName, files }: SaveFilesRequest): Promise<SaveFilesResult> {
      if (platform.kind === 'desktop' && (folderId === null || !grantedFolders.has(folderId))) {
        return Promise.resolve({ status: 'unknown-folder', message: 'Choose the folder to save into.' });
      }
      const location = platform.kind === 'web' ? archiveName : `/home/organiser/${folderId}`;
      const outcome = takeNextSave();
      // On the desktop, the person asked about files already in the folder chose to save nothing.
      if (outcome === 'cancel') return Promise.resolve({ status: 'cancelled' });
      const written = typeof outcome === 'object' && 'failAfter' in outcome ? files.slice(0, outcome.failAfter) : outcome === 'save' ? files : [];
      for (const file of written) saved.push({ ...file, location });
      const names = written.map((file) => file.name);
      if (typeof outcome === 'object') return Promise.resolve({ status: 'failed', message: outcome.fail, saved: names });
      return Promise.resolve({ status: 'saved', location, saved: names });
    },

    chooseFolder() {
      foldersAsked += 1;
      if (platform.kind === 'web') return Promise.resolve({ status: 'failed', message: FAILED_FOLDER });
      const answer = folderAnswers.shift();
      if (answer) {
        if (answer.status === 'chosen' && foldersKept) grantedFolders.add(answer.folder.id);
        return Promise.resolve(answer);
      }
      const folder: ChosenFolder = { id: `folder-${foldersAsked}`, label: `/home/organiser/folder-${foldersAsked}` };
      if (foldersKept) grantedFolders.add(folder.id);
      return Promise.resolve({ status: 'chosen', folder });
    },

    openExternal: () => Promise.resolve({ status: 'opened' }),
    onMenuCommand: () => () => undefined,
    savePdf: null,
    savePdfToFolder: null,

    nextSave(outcome) {
      nextSave = outcome;
      return platform;
    },
    failNextAutomaticBackup(message) {
      automaticFailure = message;
      return platform;
    },
    nextFolder(outcome) {
      folderAnswers.push(outcome);
      return platform;
    },
    forgetFolders() {
      grantedFolders.clear();
      return platform;
    },
    loseFoldersOnceChosen() {
      foldersKept = false;
      grantedFolders.clear();
      return platform;
    },
    withoutAutomaticBackups() {
      platform.automaticBackups = null;
      return platform;
    },
    onTheWeb() {
      platform.kind = 'web';
      return platform;
    },
  };
  return platform;
}
