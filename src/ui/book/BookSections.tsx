/**
 * The book's parts other than the day by day: the cover, the route at a glance, who's who, hotels with their
 * taxi cards, travel, contacts in emergencies, and the organiser's meals.
 */
import { useMemo } from 'react';
import type { BookHotel, BookMember, BookPassport, BriefingBook } from '../../domain/book/briefing-book';
import { EMERGENCY_NUMBERS } from '../../domain/book/emergency-numbers';
import { mealSummaryMessage } from '../../domain/people/rollups';
import { connectionPlace, journeyNumbers } from '../../domain/route/journey-legs';
import { routeMapModel } from '../../domain/route/route-map';
import { clockLabel, type ZonedTime } from '../../domain/shared/time';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { driversLanguage } from '../../i18n/country-language';
import type { Locale } from '../../i18n/locale';
import { RouteMap } from '../route';
import { QrCode } from '../shared/components/QrCode';
import { cityName } from '../shared/current-trip';
import { BothScripts, contactLine, Gaps, jobAt, PartnerCard, useBookWords, When } from './BookParts';

/** The delegate's own calendar: the QR code their phone's camera reads, its address, and how to add it. */
function YourCalendar({ calendar, heading }: { calendar: NonNullable<BriefingBook['calendar']>; heading: 'h2' | 'h3' }) {
  const { t } = useBookWords();
  const Heading = heading;
  const { webcal, caldav } = calendar.addresses;
  return (
    <div className="book-calendar">
      <QrCode text={webcal} label={t('book:calendar.qrLabel')} size={128} className="book-calendar-code" />
      <div>
        <Heading className="book-calendar-heading">{t('book:calendar.heading')}</Heading>
        <p>{t('book:calendar.scan')}</p>
        {webcal === caldav ? (
          <>
            <p className="book-label">{t('book:calendar.address')}</p>
            <p className="book-address">{webcal}</p>
          </>
        ) : (
          <>
            <p className="book-label">{t('book:calendar.subscription')}</p>
            <p className="book-address">{webcal}</p>
            <p className="book-label">{t('book:calendar.caldav')}</p>
            <p className="book-address">{caldav}</p>
          </>
        )}
        <p className="book-calendar-how">{t('book:calendar.iphone')}</p>
        <p className="book-calendar-how">{t('book:calendar.android')}</p>
      </div>
    </div>
  );
}

export function Cover({ book, locale }: { book: BriefingBook; locale: Locale }) {
  const { t } = useBookWords();
  // A cover that carries the calendar starts higher, so that it stays one page.
  return (
    <div className={book.calendar?.on === 'cover' ? 'book-cover book-cover-with-calendar' : 'book-cover'}>
      <p className="book-kind">{t('book:cover.kind')}</p>
      <h1>{book.trip.name}</h1>
      <p className="book-dates">{locale.dateRange(book.startDate, book.endDate)}</p>
      <p className="book-for">{book.person ? t('book:cover.for', { name: book.person.name }) : t('book:cover.everyone')}</p>
      {book.leaders.length > 0 && <p>{t('book:cover.leaders', { names: locale.list(book.leaders.map((leader) => leader.name)) })}</p>}
      {book.organiserContact && <p>{t('book:cover.organiser', { contact: contactLine(book.organiserContact) })}</p>}
      {book.edition === 'organiser' && <p className="book-confidential">{t('book:cover.organiserEdition')}</p>}
      <Gaps gaps={book.gaps.filter((gap) => gap === 'organiserContact')} />
      <nav className="book-contents" aria-label={t('book:cover.contents')}>
        <h2>{t('book:cover.contents')}</h2>
        <ol>
          {book.sections
            .filter((section) => section !== 'cover')
            .map((section) => (
              <li key={section}>
                <a href={`#book-${section}`}>{t(`book:section.${section}`)}</a>
              </li>
            ))}
        </ol>
      </nav>
      {book.calendar?.on === 'cover' && <YourCalendar calendar={book.calendar} heading="h2" />}
    </div>
  );
}

export function RouteAtAGlance({ book, bundle, locale }: { book: BriefingBook; bundle: TripBundle; locale: Locale }) {
  const { t } = useBookWords();
  const model = useMemo(
    () =>
      routeMapModel({
        stops: book.stops,
        segments: book.journeys,
        home: bundle.trip.home
          ? { label: locale.city(bundle.trip.home), latitude: bundle.trip.home.latitude, longitude: bundle.trip.home.longitude }
          : null,
        nameOf: (stop) => locale.city(stop),
      }),
    [book.stops, book.journeys, bundle.trip.home, locale],
  );
  return (
    <>
      <h2>{t('book:section.route')}</h2>
      <div className="book-map">
        <RouteMap model={model} height={300} />
      </div>
      <table className="book-table">
        <thead>
          <tr>
            <th>{t('book:route.city')}</th>
            <th>{t('book:route.dates')}</th>
          </tr>
        </thead>
        <tbody>
          {book.stops.map((stop) => (
            <tr key={stop.id}>
              <td>
                {locale.city(stop)} <span className="book-beside">{locale.cityBeside(stop)}</span>
              </td>
              <td>{locale.dateRange(stop.arrivalDate, stop.departureDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('book:route.days')}</h3>
      <ul className="book-glance">
        {book.glance.map((day) => {
          const where = day.stopIds.length ? day.stopIds.map((id) => cityName(bundle, id, locale)).join(' → ') : t('book:route.atHome');
          const travel = day.journeys.map((journey) =>
            t('book:route.travelTo', {
              mode: t(`route:mode.${journey.mode}`),
              numbers: journeyNumbers(journey),
              to: cityName(bundle, journey.toStopId, locale),
            }),
          );
          const doing = day.engagements.map((engagement) => engagement.title);
          const line = [...travel, ...doing];
          return (
            <li key={day.date}>
              <strong>{t('book:route.dayLine', { day: locale.day(day.date), where })}</strong>
              {' — '}
              {line.length ? line.join(t('book:punctuation.separator')) : t('book:route.noEngagements')}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function MemberRow({ member, book, bundle, locale }: { member: BookMember; book: BriefingBook; bundle: TripBundle; locale: Locale }) {
  const { t } = useBookWords();
  return (
    <tr>
      <td className="book-name">
        <BothScripts name={member.person.name} local={member.person.nameLocal} />
      </td>
      <td className="book-role">{t(`people:role.${member.role}`)}</td>
      <td>{jobAt(t, member.person.jobTitle, member.person.organisationName)}</td>
      {book.edition === 'organiser' && (
        <td className="book-contact">
          {member.phone && <div className="book-phone">{member.phone}</div>}
          {member.email && <div>{member.email}</div>}
        </td>
      )}
      {book.person === null && <td>{member.stopIds.map((id) => cityName(bundle, id, locale)).join(t('book:punctuation.comma'))}</td>}
    </tr>
  );
}

export function WhosWho({ book, bundle, locale }: { book: BriefingBook; bundle: TripBundle; locale: Locale }) {
  const { t } = useBookWords();
  return (
    <>
      <h2>{t('book:section.whosWho')}</h2>
      <h3>{t('book:whosWho.delegation')}</h3>
      <table className="book-table">
        <thead>
          <tr>
            <th>{t('book:whosWho.name')}</th>
            <th>{t('book:whosWho.role')}</th>
            <th>{t('book:whosWho.organisation')}</th>
            {book.edition === 'organiser' && <th>{t('book:whosWho.contact')}</th>}
            {book.person === null && <th>{t('book:route.cities')}</th>}
          </tr>
        </thead>
        <tbody>
          {book.members.map((member) => (
            <MemberRow key={member.person.id} member={member} book={book} bundle={bundle} locale={locale} />
          ))}
        </tbody>
      </table>
      {book.partnersByCity.length === 0 && <p className="book-quiet">{t('book:whosWho.noPartners')}</p>}
      {book.partnersByCity.map(({ city, partners }) => (
        <div key={city.id} className="book-keep">
          <h3>{t('book:whosWho.partners', { city: locale.city(city) })}</h3>
          {partners.map((partner) => (
            <PartnerCard key={partner.organisation.id} partner={partner} locale={locale} brief />
          ))}
        </div>
      ))}
    </>
  );
}

function TaxiCard({ entry }: { entry: BookHotel }) {
  const { t, i18n } = useBookWords();
  const { hotel, city } = entry;
  const driver = driversLanguage(city.country);
  const driverHeading = i18n.getFixedT(driver, 'route')('taxi.heading');
  const heading = t('route:taxi.heading');
  return (
    <div className="book-taxi" aria-label={t('book:hotels.taxi')}>
      <p className="book-taxi-heading" lang={driver}>
        {driverHeading}
        {driverHeading !== heading && <span className="book-taxi-own"> / {heading}</span>}
      </p>
      <p className="book-taxi-name local-script">{hotel.nameLocal || hotel.name}</p>
      <p className="book-taxi-address local-script">{hotel.addressLocal || hotel.address}</p>
      {hotel.phone && <p className="book-taxi-phone">☎ {hotel.phone}</p>}
    </div>
  );
}

export function Hotels({ book, locale }: { book: BriefingBook; locale: Locale }) {
  const { t } = useBookWords();
  return (
    <>
      <h2>{t('book:section.hotels')}</h2>
      {book.hotels.length === 0 && <p className="book-quiet">{t('book:hotels.none')}</p>}
      {book.hotels.map((entry) => {
        const { hotel, city } = entry;
        return (
          <div key={hotel.id} className="book-hotel">
            <h3>
              {locale.city(city)} · <BothScripts name={hotel.name} local={hotel.nameLocal} />
            </h3>
            {hotel.address && <p>{hotel.address}</p>}
            {hotel.addressLocal && <p className="local-script">{hotel.addressLocal}</p>}
            {hotel.phone && <p>{t('book:hotels.phone', { phone: hotel.phone })}</p>}
            <p>{t('book:hotels.stay', { checkIn: locale.day(hotel.checkInDate), checkOut: locale.day(hotel.checkOutDate) })}</p>
            <Gaps gaps={entry.gaps} />
            <TaxiCard entry={entry} />
          </div>
        );
      })}
    </>
  );
}

function JourneyEnd({ time, terminal, place, bundle, locale }: { time: ZonedTime; terminal: string; place: string; bundle: TripBundle; locale: Locale }) {
  const { t } = useBookWords();
  return (
    <>
      {locale.day(time.local.slice(0, 10))} <When time={time} bundle={bundle} locale={locale} />
      {place && <div className="book-beside">{place}</div>}
      {terminal && <div>{/^\p{L}/u.test(terminal) ? terminal : t('book:travel.terminal', { terminal })}</div>}
    </>
  );
}

export function Travel({ book, bundle, locale }: { book: BriefingBook; bundle: TripBundle; locale: Locale }) {
  const { t } = useBookWords();
  return (
    <>
      <h2>{t('book:section.travel')}</h2>
      {book.journeys.length === 0 ? (
        <p className="book-quiet">{t('book:travel.none')}</p>
      ) : (
        <table className="book-table">
          <thead>
            <tr>
              <th>{t('book:travel.journey')}</th>
              <th>{t('book:travel.departs')}</th>
              <th>{t('book:travel.arrives')}</th>
              <th>{t('book:travel.booking')}</th>
            </tr>
          </thead>
          <tbody>
            {book.journeys.map((journey) => (
              <tr key={journey.id}>
                <td>
                  {t(`route:mode.${journey.mode}`)} {journeyNumbers(journey)}
                  <div className="book-beside">
                    {cityName(bundle, journey.fromStopId, locale)} → {cityName(bundle, journey.toStopId, locale)}
                  </div>
                  {journey.connections.map((connection, index) => (
                    <div key={index} className="book-beside">
                      {t('book:travel.via', {
                        place: connectionPlace(connection),
                        arrives: connection.arrival.local.slice(11),
                        departs: connection.departure.local.slice(11),
                      })}
                    </div>
                  ))}
                  {book.edition === 'organiser' && journey.travellerIds !== null && (
                    <div>
                      {t('book:travel.travellers', {
                        names: journey.travellerIds
                          .map((id) => bundle.people.find((person) => person.id === id)?.name)
                          .filter(Boolean)
                          .join(t('book:punctuation.comma')),
                      })}
                    </div>
                  )}
                </td>
                <td>
                  <JourneyEnd time={journey.departure} terminal={journey.departureTerminal ?? ''} place={journey.departurePlace} bundle={bundle} locale={locale} />
                </td>
                <td>
                  <JourneyEnd time={journey.arrival} terminal={journey.arrivalTerminal ?? ''} place={journey.arrivalPlace} bundle={bundle} locale={locale} />
                </td>
                <td>{journey.bookingReference}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** "Emergency numbers: police 110 · ambulance 120 · fire 119", where the country's are known. */
function EmergencyNumbersLine({ country }: { country: string }) {
  const { t } = useBookWords();
  const numbers = EMERGENCY_NUMBERS[country];
  if (!numbers) return null;
  return <p className="book-label">{t('book:emergency.numbers', { ...numbers })}</p>;
}

export function Emergency({ book, locale }: { book: BriefingBook; locale: Locale }) {
  const { t } = useBookWords();
  return (
    <>
      <h2>{t('book:section.emergency')}</h2>
      {book.organiserContact && (
        <p>
          <span className="book-label">{t('book:punctuation.label', { label: t('book:emergency.organiser') })}</span>{contactLine(book.organiserContact)}
        </p>
      )}
      {book.localCoordinator && (
        <p>
          <span className="book-label">{t('book:punctuation.label', { label: t('book:emergency.coordinator') })}</span>{contactLine(book.localCoordinator)}
        </p>
      )}
      <Gaps gaps={book.gaps.filter((gap) => gap === 'organiserContact' || gap === 'localCoordinator')} />
      {book.countries.map((country) => (
        <div key={country.country} className="book-keep">
          <h3>{t('book:emergency.missions', { country: locale.country(country.country) })}</h3>
          <EmergencyNumbersLine country={country.country} />
          {country.missions.length === 0 && <Gaps gaps={book.edition === 'organiser' ? ['mission'] : []} />}
          {country.missions.map((mission) => (
            <div key={mission.id} className="book-mission">
              <p className="book-partner-name">{mission.name}</p>
              {mission.address && <p>{mission.address}</p>}
              {mission.addressLocal && <p className="local-script">{mission.addressLocal}</p>}
              {mission.phone && <p>{t('book:emergency.phone', { phone: mission.phone })}</p>}
              {mission.emergencyPhone && <p>{t('book:emergency.emergencyPhone', { phone: mission.emergencyPhone })}</p>}
            </div>
          ))}
        </div>
      ))}
      {book.calendar?.on === 'emergency' && <YourCalendar calendar={book.calendar} heading="h3" />}
      {book.passport && <YourPassport passport={book.passport} locale={locale} />}
    </>
  );
}

/** The delegate's own passport, printed when the organiser ticks passport details: to hand if it is lost. */
function YourPassport({ passport, locale }: { passport: BookPassport; locale: Locale }) {
  const { t } = useBookWords();
  const none = t('book:care.none');
  const line = (label: string, value: string) => (
    <p>
      <span className="book-label">{t('book:punctuation.label', { label })}</span>
      {value || none}
    </p>
  );
  return (
    <div className="book-keep">
      <h3>{t('book:passport.heading')}</h3>
      <p className="book-quiet">{t('book:passport.intro')}</p>
      {line(t('book:passport.name'), [passport.familyName, passport.givenNames].filter(Boolean).join(', '))}
      {line(t('book:passport.number'), passport.passportNumber)}
      {line(t('book:passport.dateOfBirth'), passport.dateOfBirth ? locale.dateWithYear(passport.dateOfBirth) : '')}
      {line(t('book:passport.nationality'), passport.nationality)}
      {line(t('book:passport.issued'), passport.passportIssueDate ? locale.dateWithYear(passport.passportIssueDate) : '')}
      {line(t('book:passport.expires'), passport.passportExpiry ? locale.dateWithYear(passport.passportExpiry) : '')}
      {line(t('book:passport.authority'), passport.passportAuthority)}
    </div>
  );
}

export function Care({ book, locale }: { book: BriefingBook; locale: Locale }) {
  const { t } = useBookWords();
  const none = t('book:care.none');
  return (
    <>
      <h2>{t('book:section.care')}</h2>
      <p className="book-quiet">{t('book:care.intro')}</p>
      <table className="book-table">
        <thead>
          <tr>
            <th>{t('book:care.name')}</th>
            <th>{t('book:care.emergencyContact')}</th>
            <th>{t('book:care.needs')}</th>
            <th>{t('book:care.passport')}</th>
            <th>{t('book:care.visa')}</th>
          </tr>
        </thead>
        <tbody>
          {book.members.map(({ person, care }) =>
            care ? (
              <tr key={person.id}>
                <td className="book-name">
                  <BothScripts name={person.name} local={person.nameLocal} />
                </td>
                <td className="book-contact">{care.emergencyContact || none}</td>
                <td>{[care.accessibility, care.dietary].filter((need) => need.trim()).join(t('book:punctuation.separator')) || none}</td>
                <td className="book-phone">
                  {care.passportExpiry ? locale.dateWithYear(care.passportExpiry) : none}
                  {care.passport && (
                    <>
                      <br />
                      {t('book:care.passportNumber', { number: care.passport.passportNumber || none })}
                      <br />
                      {t('book:care.born', { date: care.passport.dateOfBirth ? locale.dateWithYear(care.passport.dateOfBirth) : none })}
                    </>
                  )}
                </td>
                <td>{t(`people:visa.${care.visaStatus}`)}</td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </>
  );
}

export function Meals({ book, locale }: { book: BriefingBook; locale: Locale }) {
  const { t } = useBookWords();
  return (
    <>
      <h2>{t('book:section.meals')}</h2>
      {book.meals.length === 0 && <p className="book-quiet">{t('book:meals.none')}</p>}
      {book.meals.map((meal) => (
        <div key={meal.engagement.id} className="book-keep">
          <h3>
            {locale.day(meal.engagement.start.local.slice(0, 10))} {clockLabel(meal.engagement.start)} · {meal.engagement.title}
          </h3>
          <p>{locale.word(mealSummaryMessage(meal.summary))}</p>
          {meal.needs.length > 0 && (
            <ul>
              {meal.needs.map((need) => (
                <li key={need.name}>
                  {need.name}: {need.need}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}

