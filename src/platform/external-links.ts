/** Links that may leave the app: web pages over https, e-mail addresses and phone numbers. Nothing else. */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:', 'tel:']);

export function isOpenableExternally(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
