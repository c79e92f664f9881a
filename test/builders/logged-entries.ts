/**
 * The entries a use case logged, for a test to compare whole: durations vary from run to run and are set to 0.
 * Comparing whole entries holds them to the contract's fields, which main refuses any entry to go beyond.
 */
import { expect } from 'vitest';
import type { PageLogEntry } from '../../electron/shared/log-entries';

export function loggedWithoutTimes(logged: readonly PageLogEntry[]): PageLogEntry[] {
  return logged.map((entry) => {
    if (!('durationMs' in entry)) return entry;
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    return { ...entry, durationMs: 0 };
  });
}

/** Fails when any of `words` (a name, a file's name, a folder) is anywhere in the entries. */
export function expectNoneOf(words: readonly string[], logged: readonly PageLogEntry[]): void {
  const text = JSON.stringify(logged);
  for (const word of words) expect(text).not.toContain(word);
}
