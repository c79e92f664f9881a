/** The browser implementation: downloads instead of save dialogs (many files as one zip), new tabs for links. */
import { strToU8, zipSync } from 'fflate';
import { createI18n } from '../i18n/i18n';
import { isOpenableExternally } from './external-links';
import type { Platform } from './platform';
import { createWebAutomaticBackups } from './web-automatic-backups';
import { createWebCalendarServer, memoryStore, type KeyValueStore } from './web-calendar-server';
import { createWebTeamSpace } from './web-team-space';

/** The browser's storage, or one for this page only where the browser refuses it (storage turned off). */
function storeOr(storage: () => Storage): KeyValueStore {
  try {
    const store = storage();
    store.getItem('delegation-planner:probe');
    return store;
  } catch {
    return memoryStore();
  }
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function download(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export function createWebPlatform(): Platform {
  // Its failures are worded in the interface's language, which the page tells it (setLanguage).
  const words = createI18n({ language: typeof navigator === 'undefined' ? [] : navigator.languages });
  return {
    kind: 'web',
    saveFile(request) {
      const { content } = request;
      if (typeof content === 'string') {
        const mime = request.filters[0]?.extensions.includes('ics') ? 'text/calendar' : 'text/plain';
        download(new Blob([content], { type: `${mime};charset=utf-8` }), request.suggestedName);
      } else {
        const mime = request.filters[0]?.extensions.includes('xlsx') ? XLSX_TYPE : 'application/octet-stream';
        download(new Blob([content as Uint8Array<ArrayBuffer>], { type: mime }), request.suggestedName);
      }
      return Promise.resolve({ status: 'saved', path: request.suggestedName });
    },
    saveFiles({ archiveName, files }) {
      try {
        // One download instead of dozens, which browsers block or ask about one by one.
        const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.content)])));
        download(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), archiveName);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return Promise.resolve({ status: 'failed', message: words.t('files:platform.zipFailed', { reason: message }), saved: [] });
      }
      return Promise.resolve({ status: 'saved', location: archiveName, saved: files.map((file) => file.name) });
    },
    chooseFolder() {
      return Promise.resolve({ status: 'failed', message: words.t('files:platform.zipInBrowser') });
    },
    openExternal(url) {
      if (!isOpenableExternally(url)) {
        return Promise.resolve({ status: 'refused', message: words.t('files:platform.linkRefused') });
      }
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve({ status: 'opened' });
    },
    onMenuCommand() {
      return () => undefined;
    },
    savePdf: null,
    savePdfToFolder: null,
    calendarServer: createWebCalendarServer({ local: storeOr(() => localStorage), session: storeOr(() => sessionStorage) }),
    teamSpace: createWebTeamSpace({ local: storeOr(() => localStorage), session: storeOr(() => sessionStorage) }),
    automaticBackups: createWebAutomaticBackups(words),
    // Dropped: a page cannot write a file the person could find and send, and entries kept in memory would be read
    // by nobody and lost with the tab. The browser's console already shows the page's errors.
    log() {},
    // The browser's own menus and dialogs follow the browser's language; this platform's failures follow the page's.
    setLanguage(language) {
      void words.changeLanguage(language);
    },
  };
}
