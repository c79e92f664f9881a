/** The browser implementation: downloads instead of save dialogs, new tabs for links. */
import { isOpenableExternally } from './external-links';
import type { Platform } from './platform';

export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    saveFile(request) {
      const mime = request.filters[0]?.extensions.includes('ics') ? 'text/calendar' : 'text/plain';
      const blob = new Blob([request.content], { type: `${mime};charset=utf-8` });
      const href = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      return Promise.resolve({ status: 'saved', path: request.suggestedName });
    },
    openExternal(url) {
      if (!isOpenableExternally(url)) {
        return Promise.resolve({ status: 'refused', message: 'Only https, mailto and tel links can be opened.' });
      }
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve({ status: 'opened' });
    },
    onMenuCommand() {
      return () => undefined;
    },
  };
}
