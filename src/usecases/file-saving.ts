/**
 * Saving one file through the platform, as a use case sees it: saved at a path, or not saved because the
 * person cancelled or the platform failed. A cancel is not a failure: the UI says nothing about it.
 */
import { err, ok, type Result } from '../domain/shared/result';
import type { Platform, SaveFileRequest } from '../platform/platform';

/** Why a file was not saved: the person cancelled the save dialog, or the platform could not write it. */
export type NotSaved = { kind: 'cancelled' } | { kind: 'failed'; reason: string };

/** Saves one file and says where, or why not. */
export async function saveFile(platform: Pick<Platform, 'saveFile'>, request: SaveFileRequest): Promise<Result<{ path: string }, NotSaved>> {
  const saved = await platform.saveFile(request);
  if (saved.status === 'saved') return ok({ path: saved.path });
  return err(saved.status === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', reason: saved.message });
}

/** The reason an unexpected exception gives, for a failure carried as a value. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
