/**
 * A trip's or a stay's dates as one range: "12–18 Apr 2027" in English, as the app has always written it (the
 * platform's English ranges space their dash differently from one browser to the next), "2027年4月12日至18日"
 * in Chinese.
 */
import { formatDateRange } from '../../domain/shared/time';
import type { IsoDate } from '../../domain/shared/date-arithmetic';
import type { Locale } from '../../i18n/locale';

export function dateRangeIn(locale: Locale, start: IsoDate, end: IsoDate): string {
  return locale.language === 'en' ? formatDateRange(start, end) : locale.dateRange(start, end);
}
