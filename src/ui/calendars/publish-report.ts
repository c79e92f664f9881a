/**
 * A publish's report (see publishTrip) as the notification that follows it: how many calendars were published
 * and changes sent; which calendars failed and why; why it stopped; which have events changed on the server.
 */
import type { PublishReport } from '../../usecases/calendar-publishing';
import type { Locale } from '../shared/locale';
import { problemReason } from './server-problems';

export interface ReportSummary {
  /** Whether everything asked for went (nothing failed, nothing left as a conflict). */
  complete: boolean;
  title: string;
  message: string;
}

/** Failures named one by one before "2 more calendars were not published". */
const NAMED_FAILURES = 2;

export function summariseReport(report: PublishReport, locale: Pick<Locale, 't' | 'word'>): ReportSummary {
  const { t } = locale;
  // A calendar with events changed on the server counts as published when something else of it was sent.
  const published = report.calendars.filter(
    (calendar) => calendar.status === 'published' || (calendar.status === 'conflict' && calendar.sent > 0),
  ).length;
  const conflicts = report.calendars.filter((calendar) => calendar.status === 'conflict').length;
  // The calendar the publish stopped at is said by "It stopped because", not as a failure of its own.
  const failures = report.calendars.flatMap((calendar) => {
    if (calendar.status === 'failed' && calendar.failure !== report.stopped) {
      return [t('report.failed', { ns: 'calendars', name: calendar.name, why: problemReason(calendar.failure, locale) })];
    }
    if (calendar.status === 'not-written') return [t('report.failed', { ns: 'calendars', name: calendar.name, why: locale.word(calendar.reason) })];
    return [];
  });

  const sentences: string[] = [];
  if (published > 0) {
    sentences.push(
      t('report.done', {
        ns: 'calendars',
        calendars: t('report.calendars', { ns: 'calendars', count: published }),
        changes: t('report.changes', { ns: 'calendars', count: report.sent }),
      }),
    );
  } else if (failures.length === 0 && report.stopped === null) {
    sentences.push(t('report.nothing', { ns: 'calendars' }));
  }
  sentences.push(...failures.slice(0, NAMED_FAILURES));
  if (failures.length > NAMED_FAILURES) sentences.push(t('report.more', { ns: 'calendars', count: failures.length - NAMED_FAILURES }));
  if (report.stopped) sentences.push(t('report.stoppedBecause', { ns: 'calendars', why: problemReason(report.stopped, locale) }));
  if (conflicts > 0) sentences.push(t('report.conflictCount', { ns: 'calendars', count: conflicts }));

  const message = sentences.slice(1).reduce((first, next) => t('report.sentences', { ns: 'calendars', first, next }), sentences[0] ?? '');
  const title = report.stopped
    ? t('report.stopped', { ns: 'calendars' })
    : failures.length > 0
      ? t('report.someFailed', { ns: 'calendars' })
      : conflicts > 0
        ? t('report.conflicts', { ns: 'calendars' })
        : t('report.published', { ns: 'calendars' });
  return { complete: report.stopped === null && failures.length === 0 && conflicts === 0, title, message };
}

/** Whether a report is worth a word after an automatic publish: something was sent, or something went wrong. */
export function reportWorthSaying(report: PublishReport): boolean {
  return report.sent > 0 || report.stopped !== null || report.calendars.some((calendar) => calendar.status !== 'up-to-date');
}
