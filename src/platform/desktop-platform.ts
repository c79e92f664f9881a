/** The desktop implementation: every call goes through the named functions the preload exposes. */
import type { DesktopApi } from '../../electron/shared/ipc-contract';
import type { Platform } from './platform';

export function createDesktopPlatform(desktop: DesktopApi): Platform {
  return {
    kind: 'desktop',
    saveFile: (request) => desktop.saveFile(request),
    openExternal: (url) => desktop.openExternal(url),
    onMenuCommand: (listener) => desktop.onMenuCommand(listener),
  };
}
