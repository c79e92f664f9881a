import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../../src/platform/storage-persistence';

const manager = (persisted: boolean, granted: boolean) =>
  ({ persisted: () => Promise.resolve(persisted), persist: () => Promise.resolve(granted) }) as unknown as StorageManager;

describe('asking to keep the data', () => {
  it('says whether the data is kept, may be cleared, or the engine cannot tell', async () => {
    expect(await requestPersistentStorage(manager(true, false))).toBe('persistent');
    expect(await requestPersistentStorage(manager(false, true))).toBe('persistent');
    expect(await requestPersistentStorage(manager(false, false))).toBe('best-effort');
    expect(await requestPersistentStorage(undefined)).toBe('unknown');
    const failing = { persisted: () => Promise.reject(new Error('denied')), persist: () => Promise.resolve(true) };
    expect(await requestPersistentStorage(failing as unknown as StorageManager)).toBe('unknown');
  });
});
