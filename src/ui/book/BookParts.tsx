/**
 * Pieces every part of the briefing book uses: its words, the gaps it marks for the organiser, names in two
 * scripts, a time with home time under it, and a partner's card.
 */
import { useTranslation } from 'react-i18next';
import type { BookGap, BookPartner, PastVisit } from '../../domain/book/briefing-book';
import { homeClockPlace } from '../../domain/route/city-names';
import { journeyNumbers } from '../../domain/route/journey-legs';
import type { Journey } from '../../domain/route/journey';
import { clockLabel, homeTimeOf, type ZonedTime } from '../../domain/shared/time';
import type { TripContact } from '../../domain/trip/trip';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { Locale } from '../../i18n/locale';
import { cityName } from '../shared/current-trip';


/** The book's words: its own, and those it shares with the screens. */
export function useBookWords() {
  return useTranslation(['book', 'route', 'people', 'engagements', 'common']);
}

export function Gaps({ gaps }: { gaps: readonly BookGap[] }) {
  const { t } = useBookWords();
  if (gaps.length === 0) return null;
  return (
    <ul className="book-gaps">
      {gaps.map((gap) => (
        <li key={gap}>{t(`book:gap.${gap}`)}</li>
      ))}
    </ul>
  );
}

/** "Director, Invest Liverpool" / "深圳市科技创新委员会副主任", or whichever of the two is given. */
export function jobAt(t: ReturnType<typeof useBookWords>['t'], job: string, organisation: string): string {
  if (job && organisation) return t('book:punctuation.jobAt', { job, organisation });
  return job || organisation;
}

/** "Ana Lee · +44 151 … · ana@…", what is given of it. */
export function contactLine(contact: TripContact): string {
  return [contact.name, contact.phone, contact.email].map((part) => part.trim()).filter(Boolean).join(' · ');
}

/** A name with its other script beside it: "Zhang Wei 张伟". */
export function BothScripts({ name, local }: { name: string; local: string }) {
  return (
    <>
      {name}
      {local && local !== name && (
        <>
          {' '}
          <span className="local-script">{local}</span>
        </>
      )}
    </>
  );
}

export function PartnerCard({
  partner,
  locale,
  brief = false,
  withFollowUps = !brief,
}: {
  partner: BookPartner;
  locale: Locale;
  /** Name, sector and contacts only: for who's who. */
  brief?: boolean;
  /** The partner's open follow-ups; an engagement lists those of all its partners once instead. */
  withFollowUps?: boolean;
}) {
  const { t } = useBookWords();
  const { organisation, contacts } = partner;
  return (
    <div className="book-partner">
      <p className="book-partner-name">
        <BothScripts name={organisation.name} local={organisation.nameLocal} />
        {organisation.sector && <span className="book-beside"> · {organisation.sector}</span>}
      </p>
      {contacts.length > 0 && (
        <ul className="book-contacts">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <BothScripts name={contact.name} local={contact.nameLocal} />
              {contact.title && `, ${contact.title}`}
              {[contact.phone, contact.email].filter(Boolean).length > 0 && ` · ${[contact.phone, contact.email].filter(Boolean).join(' · ')}`}
            </li>
          ))}
        </ul>
      )}
      {!brief && organisation.notes && <p>{organisation.notes}</p>}
      {!brief && partner.history.length > 0 && (
        <>
          <p className="book-label">{t('book:days.history')}</p>
          <ul>
            {partner.history.map((visit: PastVisit, index) => (
              <li key={index}>
                {visit.tripName
                  ? t('book:days.historyEntry', { date: locale.dateWithYear(visit.date), title: visit.title, trip: visit.tripName })
                  : t('book:days.historyEntryNoTrip', { date: locale.dateWithYear(visit.date), title: visit.title })}
                {visit.outcome && ` — ${visit.outcome}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {withFollowUps && partner.openFollowUps.length > 0 && (
        <>
          <p className="book-label">{t('book:days.followUps')}</p>
          <ul>
            {partner.openFollowUps.map((followUp) => (
              <li key={followUp.id}>{followUp.description}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** "10:00", and under it "02:00 Liverpool" where home is elsewhere: the local time, with home time beside it. */
export function When({ time, bundle, locale }: { time: ZonedTime; bundle: TripBundle; locale: Locale }) {
  const { t } = useBookWords();
  const home = homeTimeOf(time, bundle.trip.homeZone);
  const place = locale.place(homeClockPlace(bundle.trip));
  return (
    <span className="book-when">
      <strong>{clockLabel(time)}</strong>
      {home && (
        <span className="book-beside book-home-time">
          {home.otherDay
            ? t('common:localAndHome.homeOtherDay', { time: home.clock, place, day: locale.day(home.otherDay) })
            : t('common:localAndHome.home', { time: home.clock, place })}
        </span>
      )}
    </span>
  );
}

export function journeyTitle(t: ReturnType<typeof useBookWords>['t'], journey: Journey, bundle: TripBundle, locale: Locale): string {
  return t('book:route.travelTo', {
    mode: t(`route:mode.${journey.mode}`),
    numbers: journeyNumbers(journey),
    to: cityName(bundle, journey.toStopId, locale),
  });
}

