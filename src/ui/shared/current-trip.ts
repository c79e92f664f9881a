/** The trip shown by the trip page, handed to its tabs. */
import { useOutletContext } from 'react-router';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { journeyEndName } from '../../domain/route/journey-end-label';
import type { ZonedTime } from '../../domain/shared/time';
import type { Locale } from '../../i18n/locale';

export function useCurrentTrip(): TripBundle {
  return useOutletContext<TripBundle>();
}

/**
 * The home city for journeys to or from home ("Home" when the trip names none), else the stop's name. The
 * words for a home or a city not named are the reader's when `locale` is given; every caller is to give it.
 */
export function cityName(bundle: TripBundle, stopId: string | null, locale: Locale): string {
  if (stopId === null) return bundle.trip.home ? locale.city(bundle.trip.home) : locale.t('place.home');
  const stop = bundle.stops.find((city) => city.id === stopId);
  return stop ? locale.city(stop) : locale.t('place.unknownCity');
}

/** The place to name beside a journey's local time: its city, or the zone's offset (see journey-end-label.ts). */
export function journeyEndLabel(bundle: TripBundle, stopId: string | null, time: ZonedTime, place: string, locale: Locale): string {
  const zone = stopId === null ? bundle.trip.homeZone : bundle.stops.find((stop) => stop.id === stopId)?.timeZone;
  return locale.word(journeyEndName({ city: cityName(bundle, stopId, locale), zone }, time, place));
}
