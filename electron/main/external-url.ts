/**
 * The main process's own rule for links that may leave the app. It does not rely on the renderer's check
 * (src/platform/external-links.ts): a compromised page could skip that one.
 */

const OPENABLE_PROTOCOLS = new Set(['https:', 'mailto:', 'tel:']);

/** Web pages over https, e-mail addresses and phone numbers; everything else (file:, javascript:, http:…) is refused. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return OPENABLE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
