/**
 * A resource's day sheet (the trip page's `logistics/<resource>/day-sheet` address), to print or save as PDF and
 * hand to the driver, interpreter or guide: one day (`?day=`) or every day. It speaks the language of the
 * country the resource works in first, the other beside it (in China: 上车地点 Pick up at), and gives each
 * address in the local script first, for a driver who reads it, then in English. Times are the city's, in
 * 24-hour form.
 */
import { Select, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { daySheet, type DaySheet, type DaySheetEntry } from '../../domain/logistics/day-sheet';
import { isVehicle } from '../../domain/logistics/resource';
import { clockLabel } from '../../domain/shared/time';
import type { Language } from '../../i18n/catalogues';
import { driversLanguage } from '../../i18n/country-language';
import { localeOf, type Locale } from '../../i18n/locale';
import { DocumentToolbar, pageStyle } from '../book';
import { useCurrentTrip } from '../shared/current-trip';
import { useScreen } from '../shared/use-screen';
import { bookedForWords, languageNames } from './booking-words';
import './day-sheet.css';

const ALL_DAYS = 'all';

type SheetWords = TFunction<['logistics', 'route']>;

/** A label in the first language, the second beside it when it differs: "上车地点 Pick up at". */
function Both({ word, words, locales }: { word: (t: SheetWords) => string; words: readonly [SheetWords, SheetWords]; locales: readonly [Locale, Locale] }) {
  const first = word(words[0]);
  const second = word(words[1]);
  return (
    <>
      <span lang={locales[0].language}>{first}</span>
      {second !== first && (
        <span className="sheet-beside" lang={locales[1].language}>
          {' '}
          {second}
        </span>
      )}
    </>
  );
}

export function DaySheetView() {
  const bundle = useCurrentTrip();
  const { resourceId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('day');
  const day = asked && asked !== ALL_DAYS ? asked : null;
  const { t, i18n } = useTranslation(['logistics', 'route']);
  const sheet = useMemo(() => daySheet(bundle, resourceId, day), [bundle, resourceId, day]);
  const headingRef = useScreen(sheet ? t('sheet.screenTitle', { name: sheet.resource.name }) : t('sheet.label'));
  const country = sheet?.days[0]?.city?.country ?? bundle.stops[0]?.country ?? '';
  const first: Language = driversLanguage(country);
  const second: Language = first === 'zh-CN' ? 'en' : 'zh-CN';
  const locales = useMemo(() => [localeOf(i18n, first), localeOf(i18n, second)] as const, [i18n, first, second]);
  const words = useMemo(
    () => [i18n.getFixedT(first, ['logistics', 'route'] as const), i18n.getFixedT(second, ['logistics', 'route'] as const)] as const,
    [i18n, first, second],
  );
  const readerLocale = useMemo(() => localeOf(i18n), [i18n]);
  const head = sheet ? `${bundle.trip.name} · ${sheet.resource.name}` : bundle.trip.name;

  return (
    <div className="day-sheet">
      <style>{pageStyle('a4', head)}</style>
      <DocumentToolbar
        tripId={bundle.trip.id}
        back={t('sheet.back')}
        backTo={`/trips/${bundle.trip.id}/logistics`}
        title={t('sheet.label')}
        headingRef={headingRef}
        pdf={sheet ? { stem: t('sheet.fileName', { trip: bundle.trip.name, name: sheet.resource.name, day: day ?? t('sheet.allDays') }), fallback: 'day-sheet', paper: 'a4' } : null}
        actions={
          sheet && (
            <Select
              aria-label={t('sheet.day')}
              value={day ?? ALL_DAYS}
              allowDeselect={false}
              w={200}
              onChange={(value) => setSearch(value && value !== ALL_DAYS ? { day: value } : { day: ALL_DAYS }, { replace: true })}
              data={[{ value: ALL_DAYS, label: t('sheet.allDays') }, ...sheet.dates.map((date) => ({ value: date, label: readerLocale.day(date) }))]}
            />
          )
        }
      />
      {sheet === null ? (
        <Text c="dimmed">{t('sheet.missing')}</Text>
      ) : (
        <Sheet sheet={sheet} words={words} locales={locales} />
      )}
    </div>
  );
}

function Sheet({ sheet, words, locales }: { sheet: DaySheet; words: readonly [SheetWords, SheetWords]; locales: readonly [Locale, Locale] }) {
  const bundle = useCurrentTrip();
  const { resource } = sheet;
  const vehicle = isVehicle(resource.kind);
  const both = (word: (t: SheetWords) => string) => <Both word={word} words={words} locales={locales} />;
  const contacts = [
    sheet.organiser && { role: both((t) => t('sheet.organiser')), contact: sheet.organiser },
    sheet.coordinator && { role: both((t) => t('sheet.coordinator')), contact: sheet.coordinator },
  ].filter((entry) => !!entry);
  return (
    <article className="sheet-pages paper-sheet">
      <header className="sheet-header">
        <p className="sheet-kind">{both((t) => (vehicle ? t('sheet.driversDay') : t('sheet.peoplesDay')))}</p>
        <h1>
          {resource.name}
          {resource.plate && <span className="sheet-plate"> {resource.plate}</span>}
        </h1>
        <table className="sheet-facts">
          <tbody>
            <tr>
              <th scope="row">{both((t) => t('sheet.trip'))}</th>
              <td>{bundle.trip.name}</td>
            </tr>
            {vehicle && resource.driverName && (
              <tr>
                <th scope="row">{both((t) => t('sheet.driver'))}</th>
                <td>{[resource.driverName, resource.driverPhone].filter(Boolean).join(' · ')}</td>
              </tr>
            )}
            {vehicle && (
              <tr>
                <th scope="row">{both((t) => t('sheet.vehicle'))}</th>
                <td>
                  {both((t) => (resource.capacity === null ? t(`kind.${resource.kind}`) : t('resource.withSeats', { kind: t(`kind.${resource.kind}`), count: resource.capacity })))}
                </td>
              </tr>
            )}
            {!vehicle && (
              <tr>
                <th scope="row">{both((t) => t(`kind.${resource.kind}`))}</th>
                <td>{[languageNames(locales[0], resource.languages), resource.phone].filter(Boolean).join(' · ')}</td>
              </tr>
            )}
            {resource.company && (
              <tr>
                <th scope="row">{both((t) => t('sheet.company'))}</th>
                <td>{resource.company}</td>
              </tr>
            )}
            {contacts.map(({ role, contact }, index) => (
              <tr key={index} className="sheet-contact">
                <th scope="row">{role}</th>
                <td>
                  <strong>{contact.name}</strong> {contact.phone && <span className="sheet-phone">{contact.phone}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </header>
      {sheet.days.length === 0 && <p className="sheet-quiet">{both((t) => t('sheet.nothing'))}</p>}
      {sheet.days.map((day) => (
        <section key={day.date} className="sheet-day">
          <h2>
            {locales[0].longDate(day.date)}
            <span className="sheet-beside"> {locales[1].longDate(day.date)}</span>
            {day.city && (
              <span className="sheet-city">
                {' · '}
                {locales[0].city(day.city)}
                {locales[0].cityBeside(day.city) && <span className="sheet-beside"> {locales[0].cityBeside(day.city)}</span>}
              </span>
            )}
          </h2>
          <table className="sheet-table">
            <thead>
              <tr>
                <th className="sheet-time">{both((t) => t('sheet.time'))}</th>
                {vehicle && <th>{both((t) => t('sheet.pickUpAt'))}</th>}
                <th>{both((t) => (vehicle ? t('sheet.goTo') : t('sheet.where')))}</th>
                <th className="sheet-for">{both((t) => t('sheet.for'))}</th>
                <th>{both((t) => t('sheet.passengers'))}</th>
              </tr>
            </thead>
            <tbody>
              {day.entries.map((entry) => (
                <Entry key={entry.booking.assignment.id} entry={entry} vehicle={vehicle} words={words} locales={locales} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}

function Place({ local, english }: { local: string; english: string }) {
  return (
    <>
      {local && <div className="sheet-local" lang="zh-CN">{local}</div>}
      {english && <div className="sheet-english">{english}</div>}
    </>
  );
}

function Entry({ entry, vehicle, words, locales }: { entry: DaySheetEntry; vehicle: boolean; words: readonly [SheetWords, SheetWords]; locales: readonly [Locale, Locale] }) {
  const bundle = useCurrentTrip();
  const { booking, passengers } = entry;
  const { booked } = booking;
  const both = (word: (t: SheetWords) => string) => <Both word={word} words={words} locales={locales} />;
  const what = bookedForWords(words[0], locales[0], bundle, booked);
  const whatBeside = bookedForWords(words[1], locales[1], bundle, booked);
  const when =
    booked.kind === 'engagement'
      ? `${clockLabel(booked.engagement.start)}–${clockLabel(booked.engagement.end)}`
      : clockLabel(booked.end === 'departure' ? booked.journey.departure : booked.journey.arrival);
  return (
    <tr>
      <td className="sheet-time">
        <div className="sheet-clock">{booking.time}</div>
        <div className="sheet-english">
          {booking.pickUp
            ? both((t) => t('sheet.pickUp'))
            : both((t) => (booked.kind === 'engagement' ? t('sheet.starts') : booked.end === 'departure' ? t('sheet.departs') : t('sheet.arrives')))}
        </div>
      </td>
      {vehicle && (
        <td>
          <Place {...booking.from} />
        </td>
      )}
      <td>
        <Place {...booking.to} />
      </td>
      <td>
        <div>{what}</div>
        {whatBeside !== what && <div className="sheet-english">{whatBeside}</div>}
        <div className="sheet-english">{when}</div>
        {booking.assignment.notes && <div className="sheet-note">{booking.assignment.notes}</div>}
      </td>
      <td>
        <div className="sheet-count">{both((t) => t('sheet.people', { count: passengers.length }))}</div>
        <div className="sheet-names">
          {passengers.map((person, index) => (
            <Fragment key={person.id}>
              {index > 0 && ', '}
              <span className="sheet-name">{person.nameLocal ? `${person.nameLocal} ${person.name}` : person.name}</span>
            </Fragment>
          ))}
        </div>
      </td>
    </tr>
  );
}
