/**
 * The briefing book on screen and on paper: the trip page's `book` address, laid out for printing (A4 or US
 * Letter, the mission's name at the head of every page and the page number at its foot, no heading left alone
 * at a page's foot). The browser's print dialog prints it or saves it as PDF.
 *
 * What goes in is the domain's (book/briefing-book.ts); BookSections.tsx and BookDays.tsx word and lay it out.
 * Everything is plain HTML rather than the component library's widgets, so that it breaks across pages as a
 * document does.
 */
import { Alert, Button, Group, Loader, Progress, Text } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { briefingBook, type BookSection, type BriefingBook } from '../../domain/book/briefing-book';
import type { Publication } from '../../domain/calendars/calendar-publication';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { Locale } from '../../i18n/locale';
import { useRepositories } from '../shared/context';
import { useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';
import { useScreen } from '../shared/use-screen';
import { bookChoiceOf } from './book-options';
import { BookOptionsModal } from './BookOptionsModal';
import { DocumentToolbar } from './DocumentToolbar';
import { DayByDay } from './BookDays';
import { Care, Cover, Emergency, Hotels, Meals, RouteAtAGlance, Travel, WhosWho } from './BookSections';
import { pageStyle } from './page-style';
import { PagedDocument } from './PagedDocument';
import bookCss from './book.css?raw';
import { usePartnerHistory } from './use-partner-history';
import { batchPlace, useBookBatch } from './use-book-batch';
import './book.css';

/** The book is complete once its map (drawn when the atlas has loaded) is on it. */
const mapDrawn = (source: HTMLElement) => !source.querySelector('.route-map__status');

export function BriefingBookView() {
  const bundle = useCurrentTrip();
  const [search] = useSearchParams();
  const choice = useMemo(() => bookChoiceOf(search), [search]);
  const { t } = useTranslation(['book', 'common']);
  const locale = useLocale();
  const history = usePartnerHistory(bundle);
  const { calendars } = useRepositories();
  // A delegate's published calendar goes on their book (its QR code and address). Read as text, so that a
  // publish, which records each calendar as it goes, lays the book out again only when an address changes.
  const published = useLiveQuery(
    async () => JSON.stringify((await calendars.publications(bundle.trip.id)).map(({ key, url }) => ({ key, url }))),
    [calendars, bundle.trip.id],
  );
  const publications = useMemo(() => (published === undefined ? undefined : (JSON.parse(published) as Pick<Publication, 'key' | 'url'>[])), [published]);
  // Undefined while the partners' history and the publications are read, null when the person is not on the trip.
  const book = useMemo(
    () => (history === undefined || publications === undefined ? undefined : briefingBook({ bundle, history, publications }, choice)),
    [bundle, history, publications, choice],
  );
  const headingRef = useScreen(t('book:toolbar.label'));
  const [choosing, setChoosing] = useState(false);
  const run = useBookBatch(bundle, choice);

  useEffect(() => {
    const previous = document.title;
    document.title = book?.person ? `${bundle.trip.name} — ${book.person.name}` : bundle.trip.name;
    return () => {
      document.title = previous;
    };
  }, [book, bundle.trip.name]);

  return (
    <div className="briefing-book" lang={locale.language}>
      <DocumentToolbar
        tripId={bundle.trip.id}
        back={t('book:toolbar.back')}
        title={t('book:toolbar.label')}
        headingRef={headingRef}
        pdf={
          book
            ? {
                stem: book.person
                  ? t('book:toolbar.fileNameFor', { trip: bundle.trip.name, name: book.person.name })
                  : t('book:toolbar.fileName', { trip: bundle.trip.name }),
                fallback: 'briefing book',
                paper: choice.paper,
              }
            : null
        }
        actions={
          <Button variant="default" leftSection={<IconSettings size={16} />} onClick={() => setChoosing(true)}>
            {t('book:toolbar.options')}
          </Button>
        }
      />
      <BookOptionsModal bundle={bundle} opened={choosing} onClose={() => setChoosing(false)} />
      {run.batch && (
        <Alert className="no-print" color="blue" mb="md" role="status">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Loader size="xs" />
              <Text size="sm">
                {t(run.batch.target.kind === 'folder' ? 'book:batch.progress' : 'book:batch.progressZip', {
                  folder: batchPlace(run.batch.target),
                  done: run.batch.index + 1,
                  total: run.batch.personIds.length,
                  name: book?.person?.name ?? '',
                })}
              </Text>
            </Group>
            <Button size="compact-sm" variant="default" onClick={run.stop}>
              {t('book:batch.cancel')}
            </Button>
          </Group>
          <Progress mt="xs" value={(100 * run.batch.index) / run.batch.personIds.length} aria-hidden />
        </Alert>
      )}
      {book === undefined ? (
        <Loader size="sm" aria-label={t('book:toolbar.layingOut')} />
      ) : book === null ? (
        <Text c="dimmed">{t('book:notOnTrip')}</Text>
      ) : (
        <PagedDocument
          css={`${bookCss}\n${pageStyle(choice.paper, bundle.trip.name)}`}
          ready={mapDrawn}
          layoutKey={book}
          layingOut={t('book:toolbar.layingOut')}
          laidOut={(count) => t('book:toolbar.pages', { count })}
          onLaidOut={(laid) => void run.onLaidOut(laid)}
        >
          <Book book={book} bundle={bundle} locale={locale} />
        </PagedDocument>
      )}
    </div>
  );
}

function Book({ book, bundle, locale }: { book: BriefingBook; bundle: TripBundle; locale: Locale }) {
  const parts: Record<BookSection, () => ReactNode> = {
    cover: () => <Cover book={book} locale={locale} />,
    route: () => <RouteAtAGlance book={book} bundle={bundle} locale={locale} />,
    whosWho: () => <WhosWho book={book} bundle={bundle} locale={locale} />,
    days: () => <DayByDay book={book} bundle={bundle} locale={locale} />,
    hotels: () => <Hotels book={book} locale={locale} />,
    travel: () => <Travel book={book} bundle={bundle} locale={locale} />,
    emergency: () => <Emergency book={book} locale={locale} />,
    care: () => <Care book={book} locale={locale} />,
    meals: () => <Meals book={book} locale={locale} />,
  };
  return (
    <article className="book-pages">
      {book.sections.map((section) => (
        <section key={section} id={`book-${section}`} className={`book-section book-${section}`}>
          {parts[section]()}
        </section>
      ))}
    </article>
  );
}
