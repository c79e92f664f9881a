/** The book's day by day: every item at local time with home time beside it, and each engagement in full. */
import type { BriefingBook } from '../../domain/book/briefing-book';
import type { ProgrammeItem } from '../../domain/programme/programme';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { Locale } from '../../i18n/locale';
import { cityName } from '../shared/current-trip';
import { Gaps, journeyTitle, PartnerCard, useBookWords, When } from './BookParts';

function DayItem({ item, book, bundle, locale }: { item: ProgrammeItem; book: BriefingBook; bundle: TripBundle; locale: Locale }) {
  const { t } = useBookWords();
  switch (item.kind) {
    case 'departure':
    case 'arrival':
      return (
        <div className="book-item">
          <When time={item.at} bundle={bundle} locale={locale} />
          <div>
            {item.kind === 'departure' && item.segment.arrival.local.slice(0, 10) === item.segment.departure.local.slice(0, 10)
              ? // Landing the same day: no line of its own, so the arrival goes on this one.
                t('book:days.departsArriving', {
                  journey: journeyTitle(t, item.segment, bundle, locale),
                  time: item.segment.arrival.local.slice(11),
                  place: item.segment.arrivalPlace || cityName(bundle, item.segment.toStopId, locale),
                })
              : t(item.kind === 'departure' ? 'book:days.departs' : 'book:days.arrives', { journey: journeyTitle(t, item.segment, bundle, locale) })}
          </div>
        </div>
      );
    case 'check-in':
    case 'check-out':
      return (
        <div className="book-item">
          <span />
          <div>{t(item.kind === 'check-in' ? 'book:days.checkIn' : 'book:days.checkOut', { hotel: item.stay.name })}</div>
        </div>
      );
    case 'engagement': {
      const entry = book.engagements.get(item.engagement.id);
      if (!entry) return null;
      const { engagement } = entry;
      const venue = engagement.venue;
      // Follow-ups belong to engagements, so partners met together share them: listed once.
      const followUps = [...new Map(entry.partners.flatMap((partner) => partner.openFollowUps).map((followUp) => [followUp.id, followUp])).values()];
      const field = (label: string, value: string) =>
        value.trim() ? (
          <p>
            <span className="book-label">{t('book:punctuation.label', { label })}</span>{value}
          </p>
        ) : null;
      return (
        <div className="book-item">
          <When time={item.at} bundle={bundle} locale={locale} />
          <div className="book-engagement">
            <h4>{engagement.title}</h4>
            <p className="book-beside">
              {t(`engagements:kind.${engagement.kind}`)}
              {engagement.status === 'proposed' && ` · ${t('engagements:status.proposed')}`}
            </p>
            {(venue.name || venue.address || venue.nameLocal || venue.addressLocal) && (
              <p>
                <span className="book-label">{t('book:punctuation.label', { label: t('book:days.venue') })}</span>{[venue.name, venue.address].filter(Boolean).join(', ')}
                {(venue.nameLocal || venue.addressLocal) && (
                  <>
                    {' '}
                    <span className="local-script">{[venue.nameLocal, venue.addressLocal].filter(Boolean).join(' ')}</span>
                  </>
                )}
              </p>
            )}
            {field(t('book:days.objectives'), engagement.objectives)}
            {field(t('book:days.briefingNotes'), engagement.briefingNotes)}
            {entry.attendees.length > 0 && (
              <p>
                <span className="book-label">{t('book:punctuation.label', { label: t('book:days.attendees', { count: entry.attendees.length }) })}</span>
                {entry.attendees.map((attendee) => attendee.name).join(t('book:punctuation.comma'))}
              </p>
            )}
            {field(t('book:days.dressCode'), engagement.dressCode)}
            {field(t('book:days.gifts'), engagement.gifts)}
            <p>
              <span className="book-label">{t('book:punctuation.label', { label: t('book:days.interpreter') })}</span>
              {t(engagement.interpreterNeeded ? 'book:days.interpreterNeeded' : 'book:days.interpreterNotNeeded')}
            </p>
            {entry.partners.map((partner) => (
              <div key={partner.organisation.id} className="book-about">
                <PartnerCard partner={partner} locale={locale} withFollowUps={false} />
              </div>
            ))}
            {followUps.length > 0 && (
              <>
                <p className="book-label">{t('book:days.followUps')}</p>
                <ul>
                  {followUps.map((followUp) => (
                    <li key={followUp.id}>{followUp.description}</li>
                  ))}
                </ul>
              </>
            )}
            <Gaps gaps={entry.gaps} />
          </div>
        </div>
      );
    }
  }
}

export function DayByDay({ book, bundle, locale }: { book: BriefingBook; bundle: TripBundle; locale: Locale }) {
  const { t } = useBookWords();
  return (
    <>
      <h2>{t('book:section.days')}</h2>
      {book.days.map((day) => (
        <div key={day.date} className="book-day">
          <h3>
            {t('book:days.title', {
              day: locale.longDate(day.date),
              where: day.stopIds.length ? day.stopIds.map((id) => cityName(bundle, id, locale)).join(' → ') : t('book:route.atHome'),
            })}
          </h3>
          {day.items.length === 0 && <p className="book-quiet">{t('book:days.nothing')}</p>}
          {day.items.map((item) => (
            <DayItem key={item.key} item={item} book={book} bundle={bundle} locale={locale} />
          ))}
        </div>
      ))}
    </>
  );
}

