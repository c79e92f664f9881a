/**
 * What went wrong with the calendar server, in the reader's words: short, to follow "Failed:" beside a
 * delegate or "It stopped because" in a summary; the long form, with the address tried and what to do, is the
 * Settings screen's (src/ui/settings).
 */
import type { ServerFailure } from '../../caldav/caldav-server';
import type { Locale } from '../shared/locale';

/** "the server could not be reached", "the server had a problem (HTTP 503)". */
export function problemReason(failure: Pick<ServerFailure, 'problem' | 'status'>, locale: Pick<Locale, 't'>): string {
  const { t } = locale;
  switch (failure.problem) {
    case 'server':
      return failure.status === null
        ? t('problem.serverNoStatus', { ns: 'calendars' })
        : t('problem.server', { ns: 'calendars', status: String(failure.status) });
    default:
      return t(`problem.${failure.problem}`, { ns: 'calendars' });
  }
}
