/** Opening a link from the page in the system's browser, mail or phone app, after main's own URL check. */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { OpenExternalResult } from '../../shared/ipc-contract';
import { isSafeExternalUrl } from '../external-url';
import { describeInvalidArgument } from './invalid-argument';

export const MAX_EXTERNAL_URL_LENGTH = 2048;

export const openExternalRequestSchema = z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH);

export interface OpenExternalDeps {
  openExternal(url: string): Promise<void>;
  /** Main's words for what went wrong (the `files` catalogue), in the page's language. */
  t: TFunction<'files'>;
}

export async function openExternal(url: unknown, deps: OpenExternalDeps): Promise<OpenExternalResult> {
  const parsed = openExternalRequestSchema.safeParse(url);
  if (!parsed.success) return { status: 'refused', message: describeInvalidArgument(parsed.error) };
  if (!isSafeExternalUrl(parsed.data)) {
    return { status: 'refused', message: deps.t('platform.linkRefused') };
  }
  try {
    // The parsed form is what was checked, so it is what the system receives.
    await deps.openExternal(new URL(parsed.data).href);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'refused', message: deps.t('platform.linkNotOpened', { reason }) };
  }
  return { status: 'opened' };
}
