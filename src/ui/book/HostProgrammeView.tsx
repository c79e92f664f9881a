/**
 * A partner's programme of the delegation's visit to them (the trip page's `host/<organisation>` address), to
 * print or save as PDF and send ahead. It speaks the host's language first and the other beside it, whatever
 * the organiser's own: 来访人员 Who comes.
 */
import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { hostProgramme, type HostProgramme } from '../../domain/book/host-programme';
import { clockLabel } from '../../domain/shared/time';
import type { Language } from '../../i18n/catalogues';
import { localeOf, type Locale } from '../../i18n/locale';
import { driversLanguage } from '../../i18n/country-language';
import { useCurrentTrip } from '../shared/current-trip';
import { useScreen } from '../shared/use-screen';
import { bookChoiceOf } from './book-options';
import { DocumentToolbar } from './DocumentToolbar';
import { pageStyle } from './page-style';
import './book.css';

export function HostProgrammeView() {
  const bundle = useCurrentTrip();
  const { organisationId = '' } = useParams();
  const [search] = useSearchParams();
  const { paper } = bookChoiceOf(search);
  const { t, i18n } = useTranslation(['book', 'common']);
  const programme = useMemo(() => hostProgramme(bundle, organisationId), [bundle, organisationId]);
  const headingRef = useScreen(t('host.label'));
  const first: Language = driversLanguage(programme?.country ?? '');
  const second: Language = first === 'zh-CN' ? 'en' : 'zh-CN';
  const locales = useMemo(() => [localeOf(i18n, first), localeOf(i18n, second)] as const, [i18n, first, second]);
  const words = useMemo(() => [i18n.getFixedT(first, ['book', 'people'] as const), i18n.getFixedT(second, ['book', 'people'] as const)] as const, [i18n, first, second]);

  return (
    <div className="briefing-book host-programme">
      <style>{pageStyle(paper, programme ? `${bundle.trip.name} · ${programme.organisation.nameLocal || programme.organisation.name}` : bundle.trip.name)}</style>
      <DocumentToolbar
        tripId={bundle.trip.id}
        back={t('host.back')}
        title={t('host.label')}
        headingRef={headingRef}
        pdf={
          programme
            ? { stem: t('host.fileName', { trip: bundle.trip.name, host: programme.organisation.name }), fallback: 'programme', paper }
            : null
        }
      />
      {programme === null ? <Text c="dimmed">{t('host.notMet')}</Text> : <Programme programme={programme} locales={locales} words={words} />}
    </div>
  );
}

/** The host programme's words in one language. */
type HostWords = TFunction<['book', 'people']>;

/** A label in the host's words, the other language beside it: "来访人员 Who comes". */
function Both({ word, locales, words }: { word: (t: HostWords) => string; locales: readonly [Locale, Locale]; words: readonly [HostWords, HostWords] }) {
  const [first, second] = locales;
  const a = word(words[0]);
  const b = word(words[1]);
  return (
    <>
      <span lang={first.language}>{a}</span>
      {a !== b && (
        <span className="book-beside" lang={second.language}>
          {' '}
          {b}
        </span>
      )}
    </>
  );
}

/** A name in the host's script first where it has one: "张伟 Zhang Wei", "Ana Lee". */
function hostsFirst(name: string, local: string, hostReadsChinese: boolean): [string, string] {
  if (!local || local === name) return [name, ''];
  return hostReadsChinese ? [local, name] : [name, local];
}

function Programme({ programme, locales, words }: { programme: HostProgramme; locales: readonly [Locale, Locale]; words: readonly [HostWords, HostWords] }) {
  const [first, second] = locales;
  const chinese = first.language === 'zh-CN';
  const { organisation, visits, delegationContact, trip } = programme;
  const [hostName, hostBeside] = hostsFirst(organisation.name, organisation.nameLocal, chinese);
  return (
    <article className="book-pages">
      <section className="book-section">
        <p className="book-kind">
          <Both word={(t) => t('host.title')} locales={locales} words={words} />
        </p>
        <h1>
          {hostName}
          {hostBeside && <span className="book-beside"> {hostBeside}</span>}
        </h1>
        <p className="book-for">
          <span className="book-label">
            <Both word={(t) => t('host.delegation')} locales={locales} words={words} />:
          </span>{' '}
          {trip.name}
        </p>
        {visits.map((visit, index) => {
          const { engagement, city } = visit;
          const date = engagement.start.local.slice(0, 10);
          const venue = engagement.venue;
          const where = chinese
            ? [venue.nameLocal, venue.addressLocal].filter(Boolean).join(' ') || [venue.name, venue.address].filter(Boolean).join(', ')
            : [venue.name, venue.address].filter(Boolean).join(', ') || [venue.nameLocal, venue.addressLocal].filter(Boolean).join(' ');
          const whereBeside = chinese ? [venue.name, venue.address].filter(Boolean).join(', ') : [venue.nameLocal, venue.addressLocal].filter(Boolean).join(' ');
          return (
            <div key={engagement.id} className="host-visit">
              <h2>
                <Both word={(t) => t('host.visit', { number: index + 1 })} locales={locales} words={words} /> · {engagement.title}
              </h2>
              <table className="book-table host-facts">
                <tbody>
                  <tr>
                    <th scope="row">
                      <Both word={(t) => t('host.when')} locales={locales} words={words} />
                    </th>
                    <td>
                      {first.longDate(date)} {clockLabel(engagement.start)}–{clockLabel(engagement.end)}
                      <div className="book-beside">{second.longDate(date)}</div>
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">
                      <Both word={(t) => t('host.where')} locales={locales} words={words} />
                    </th>
                    <td>
                      {where || (city ? first.city(city) : '')}
                      {whereBeside && whereBeside !== where && <div className="book-beside">{whereBeside}</div>}
                    </td>
                  </tr>
                  {engagement.objectives.trim() && (
                    <tr>
                      <th scope="row">
                        <Both word={(t) => t('host.purpose')} locales={locales} words={words} />
                      </th>
                      <td>{engagement.objectives}</td>
                    </tr>
                  )}
                </tbody>
              </table>
              <h3>
                <Both word={(t) => t('host.visitors')} locales={locales} words={words} />
              </h3>
              {visit.sameVisitorsAs !== null ? (
                <p>
                  <Both word={(t) => t('host.sameVisitors', { number: visit.sameVisitorsAs })} locales={locales} words={words} />
                </p>
              ) : (
              <table className="book-table">
                <thead>
                  <tr>
                    <th>
                      <Both word={(t) => t('host.name')} locales={locales} words={words} />
                    </th>
                    <th>
                      <Both word={(t) => t('host.jobTitle')} locales={locales} words={words} />
                    </th>
                    <th>
                      <Both word={(t) => t('host.organisation')} locales={locales} words={words} />
                    </th>
                    <th>
                      <Both word={(t) => t('host.role')} locales={locales} words={words} />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {visit.visitors.map(({ person, role }) => {
                    const [name, beside] = hostsFirst(person.name, person.nameLocal, chinese);
                    return (
                      <tr key={person.id}>
                        <td>
                          {name}
                          {beside && <span className="book-beside"> {beside}</span>}
                        </td>
                        <td>{person.jobTitle}</td>
                        <td>{person.organisationName}</td>
                        <td>
                          <Both word={(t) => t(`people:role.${role}`)} locales={locales} words={words} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              )}
              {visit.hostContacts.length > 0 && (
                <>
                  <h3>
                    <Both word={(t) => t('host.hostContacts')} locales={locales} words={words} />
                  </h3>
                  <ul>
                    {visit.hostContacts.map((contact) => {
                      const [name, beside] = hostsFirst(contact.name, contact.nameLocal, chinese);
                      return (
                        <li key={contact.id}>
                          {name}
                          {beside && <span className="book-beside"> {beside}</span>}
                          {contact.title && `, ${contact.title}`}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </div>
          );
        })}
        <h3>
          <Both word={(t) => t('host.contact')} locales={locales} words={words} />
        </h3>
        {delegationContact ? (
          <p>{[delegationContact.name, delegationContact.phone, delegationContact.email].filter((part) => part.trim()).join(' · ')}</p>
        ) : (
          <p className="book-quiet">
            <Both word={(t) => t('host.noContact')} locales={locales} words={words} />
          </p>
        )}
      </section>
    </article>
  );
}
