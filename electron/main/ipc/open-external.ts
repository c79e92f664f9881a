/** Opening a link from the page in the system's browser, mail or phone app, after main's own URL check. */
import { z } from 'zod';
import type { OpenExternalResult } from '../../shared/ipc-contract';
import { isSafeExternalUrl } from '../external-url';
import { describeInvalidArgument } from './invalid-argument';

export const MAX_EXTERNAL_URL_LENGTH = 2048;

export const openExternalRequestSchema = z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH);

export interface OpenExternalDeps {
  openExternal(url: string): Promise<void>;
}

export async function openExternal(url: unknown, deps: OpenExternalDeps): Promise<OpenExternalResult> {
  const parsed = openExternalRequestSchema.safeParse(url);
  if (!parsed.success) return { status: 'refused', message: describeInvalidArgument(parsed.error) };
  if (!isSafeExternalUrl(parsed.data)) {
    return { status: 'refused', message: 'Only https, mailto and tel links can be opened.' };
  }
  try {
    // The parsed form is what was checked, so it is what the system receives.
    await deps.openExternal(new URL(parsed.data).href);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'refused', message: `The system could not open the link: ${reason}` };
  }
  return { status: 'opened' };
}
