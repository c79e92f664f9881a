/**
 * The Electron fuses are set only when the app is packaged, where no test runs; this reads electron-builder.yml
 * as electron-builder itself reads and validates it, so a fuse that is dropped, misspelt or turned the wrong way
 * fails here rather than shipping unnoticed.
 */
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';

/** What each fuse must be, and why (electron-builder.yml says more). */
const REQUIRED_FUSES = {
  // Otherwise ELECTRON_RUN_AS_NODE turns the signed app into a Node.js that runs any script.
  runAsNode: false,
  // Otherwise NODE_OPTIONS loads anyone's code into main.
  enableNodeOptionsEnvironmentVariable: false,
  // Otherwise --inspect or SIGUSR1 opens a debugger on main.
  enableNodeCliInspectArguments: false,
  // Otherwise cookies are kept in plain text on disk.
  enableCookieEncryption: true,
  // Otherwise app.asar can be changed after it was signed.
  enableEmbeddedAsarIntegrityValidation: true,
  // Otherwise an unchecked app/ folder beside app.asar is loaded instead.
  onlyLoadAppFromAsar: true,
} as const;

async function packagingConfig(): Promise<Configuration> {
  return getConfig(process.cwd(), null, null);
}

describe('the packaged app’s Electron fuses', () => {
  it('are accepted by electron-builder’s own schema', async () => {
    await expect(validateConfiguration(await packagingConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it.each(Object.entries(REQUIRED_FUSES))('set %s to %s', async (fuse, value) => {
    const fuses: Record<string, unknown> = { ...(await packagingConfig()).electronFuses };
    expect(fuses[fuse]).toBe(value);
  });
});
