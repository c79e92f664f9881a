/**
 * Asks the browser engine to keep the app's data even when the computer runs short of space. Without it,
 * Chromium may clear the data of a site not used for a while; the desktop app's own origin is usually granted.
 */
export type StoragePersistence = 'persistent' | 'best-effort' | 'unknown';

export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StoragePersistence> {
  if (!storage?.persist || !storage.persisted) return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}
