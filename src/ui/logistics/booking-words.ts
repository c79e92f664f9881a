/**
 * Bookings and resources in the reader's words, shared by the logistics tab, the booking form, an engagement's
 * page and the day sheet: what a booking is for ("To the flight MU5857 · Kunming → Chongqing"), what a resource
 * is ("Minibus · 16 seats"), and the choices of things to book it for, in time order.
 */
import type { TFunction } from 'i18next';
import type { BookedFor } from '../../domain/logistics/booking-times';
import { targetKey } from '../../domain/logistics/assignment-rules';
import { isVehicle, type Resource } from '../../domain/logistics/resource';
import { journeyNumbers } from '../../domain/route/journey-legs';
import type { Journey } from '../../domain/route/journey';
import { wallClock, wallDate } from '../../domain/shared/date-arithmetic';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { Locale } from '../../i18n/locale';
import { cityName } from '../shared/current-trip';

/** "the flight MU5857 (Kunming → Chongqing)". */
export function journeyWords(t: TFunction<['logistics', 'route']>, locale: Locale, bundle: TripBundle, journey: Journey): string {
  return t('target.journey', {
    mode: t(`route:modeInSentence.${journey.mode}`),
    numbers: journeyNumbers(journey),
    from: cityName(bundle, journey.fromStopId, locale),
    to: cityName(bundle, journey.toStopId, locale),
  }).replace(/\s+/g, ' ');
}

/** What a booking is for: the engagement's title, or "To the flight …" / "From the train …". */
export function bookedForWords(t: TFunction<['logistics', 'route']>, locale: Locale, bundle: TripBundle, booked: BookedFor): string {
  if (booked.kind === 'engagement') return booked.engagement.title;
  const journey = journeyWords(t, locale, bundle, booked.journey);
  return booked.end === 'departure' ? t('target.departure', { journey }) : t('target.arrival', { journey });
}

/** "Minibus · 16 seats", "Interpreter · Chinese, English". */
export function resourceSummary(t: TFunction<['logistics', 'route']>, locale: Locale, resource: Resource): string {
  const kind = t(`kind.${resource.kind}`);
  if (isVehicle(resource.kind)) {
    return resource.capacity === null ? kind : t('resource.withSeats', { kind, count: resource.capacity });
  }
  const languages = languageNames(locale, resource.languages);
  return languages ? t('resource.withLanguages', { kind, languages }) : kind;
}

/** Languages by their names in the reader's language: "Chinese, English", "中文、英语". */
export function languageNames(locale: Locale, tags: readonly string[]): string {
  return locale.list(tags.map((tag) => languageName(locale, tag)));
}

export function languageName(locale: Locale, tag: string): string {
  try {
    return new Intl.DisplayNames([locale.language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export interface TargetChoice {
  value: string;
  label: string;
  /** The local day it is on, for grouping. */
  date: string;
  at: string;
}

/** Every engagement (not cancelled) and both ends of every journey, as choices to book for, in time order. */
export function targetChoices(t: TFunction<['logistics', 'route']>, locale: Locale, bundle: TripBundle): TargetChoice[] {
  const choices: TargetChoice[] = [];
  for (const engagement of bundle.engagements) {
    if (engagement.status === 'cancelled') continue;
    const local = engagement.start.local;
    choices.push({
      value: targetKey({ kind: 'engagement', engagementId: engagement.id }),
      label: t('target.choice', { day: locale.day(wallDate(local)), time: wallClock(local), what: engagement.title }),
      date: wallDate(local),
      at: engagement.start.utc,
    });
  }
  for (const journey of bundle.segments) {
    for (const end of ['departure', 'arrival'] as const) {
      if ((end === 'departure' ? journey.fromStopId : journey.toStopId) === null) continue;
      const time = end === 'departure' ? journey.departure : journey.arrival;
      choices.push({
        value: targetKey({ kind: 'transfer', journeyId: journey.id, end }),
        label: t('target.choice', {
          day: locale.day(wallDate(time.local)),
          time: wallClock(time.local),
          what: bookedForWords(t, locale, bundle, { kind: 'transfer', journey, end }),
        }),
        date: wallDate(time.local),
        at: time.utc,
      });
    }
  }
  return choices.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
