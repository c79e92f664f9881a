/**
 * Who may call the desktop functions: only the top frame of the app's own window, showing the app's own
 * page. A frame from anywhere else (an iframe, a page navigated to by mistake, another window) is refused
 * before its arguments are even read.
 */
import type { BrowserWindow, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { isOnAllowedOrigin } from '../app-origin';

/** What a handler answers a frame that is not the app's own window. */
export const UNTRUSTED_SENDER_MESSAGE = 'Refused: the request did not come from the app window.';

/** Whether a frame showing `frameUrl` is on one of the app's origins. */
export function isTrustedSender(frameUrl: string | undefined, allowedOrigins: readonly string[]): boolean {
  return frameUrl !== undefined && isOnAllowedOrigin(frameUrl, allowedOrigins);
}

/** Whether `frame` is the main frame of `window`: same renderer process, same frame. */
export function isMainFrameOf(
  frame: Pick<WebFrameMain, 'processId' | 'routingId'> | null,
  window: { webContents: { mainFrame: Pick<WebFrameMain, 'processId' | 'routingId'> } } | null,
): boolean {
  if (frame === null || window === null) return false;
  const mainFrame = window.webContents.mainFrame;
  return frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId;
}

/** The check every IPC handler runs first. */
export function createSenderCheck(
  getMainWindow: () => BrowserWindow | null,
  allowedOrigins: readonly string[],
): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    return isMainFrameOf(frame, getMainWindow()) && isTrustedSender(frame?.url, allowedOrigins);
  };
}
