/**
 * A trip's page: its name, dates and actions above tabs for the overview, the route editor and the programme.
 * The trip's records are read once here, live, and handed to the tab on show.
 */
import { Anchor, Badge, Button, Center, Group, Loader, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconBook, IconCopy, IconFileExport, IconPencil, IconTrash } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { ScreenSuspense } from '../shared/lazy-screen';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useLocale } from '../shared/locale';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useScreen } from '../shared/use-screen';
import { useTranslation } from 'react-i18next';
import { attentionSummary, TripChecksContext, useTripChecksOf } from '../checks';
import { useTripActions } from '../shared/trip-actions';
import { useTripBundle } from './use-trip-data';
import { SampleTripNotice } from '../shared/components/SampleTripNotice';
import { BookOptionsModal } from '../book';
import { ShortcutKeys } from '../shared/hotkeys';
import { tabKey, tabWord, TRIP_TABS, useTripCommands, type TripTab } from './use-trip-commands';

export function TripScreen() {
  const { t } = useTranslation('trips');
  const { tripId } = useParams();
  const bundle = useTripBundle(tripId);
  const { pathname } = useLocation();
  // An engagement's page belongs to the programme, a person's page to the people.
  const tab = pathname.includes('/engagements/')
    ? 'programme'
    : pathname.includes('/people/')
      ? 'people'
      : (TRIP_TABS.find((candidate) => pathname.endsWith(`/${candidate}`)) ?? 'overview');
  const headingRef = useScreen(bundle === undefined ? null : (bundle?.trip.name ?? t('page.notFoundTitle')));

  if (bundle === undefined) {
    return (
      <Center h={200}>
        <Loader aria-label={t('page.loading')} />
      </Center>
    );
  }
  if (bundle === null) {
    return (
      <Stack align="center" py="xl">
        <Title order={2} ref={headingRef} tabIndex={-1}>
          {t('page.notHere')}
        </Title>
        <Text c="dimmed">{t('page.maybeDeleted')}</Text>
        <Anchor component={Link} to="/trips">
          {t('page.backToTrips')}
        </Anchor>
      </Stack>
    );
  }

  // The briefing book is a document of its own: it stands alone, without the trip's header and tabs; so are a
  // rooming list and a day sheet.
  if (pathname.endsWith('/book') || pathname.includes('/host/') || pathname.includes('/rooming-list/') || pathname.endsWith('/day-sheet')) {
    return <Outlet context={bundle satisfies TripBundle} />;
  }
  return <TripPage bundle={bundle} tab={tab} headingRef={headingRef} />;
}

function TripPage({
  bundle,
  tab,
  headingRef,
}: {
  bundle: TripBundle;
  tab: TripTab;
  headingRef: ReturnType<typeof useScreen>;
}) {
  const { t } = useTranslation(['trips', 'common', 'book']);
  const locale = useLocale();
  const actions = useTripActions();
  const navigate = useNavigate();
  const checks = useTripChecksOf(bundle);
  const { openErrors, openWarnings } = checks.review;
  const { t: tChecks } = useTranslation('checks');
  const { trip } = bundle;
  const [choosingBook, setChoosingBook] = useState(false);
  const openBook = useCallback(() => setChoosingBook(true), []);
  useTripCommands(bundle, openBook);
  return (
    <Stack gap="lg">
      <BookOptionsModal bundle={bundle} opened={choosingBook} onClose={() => setChoosingBook(false)} />
      <Anchor component={Link} to="/trips" size="sm" className="no-print">
        <Group gap={4}>
          <IconArrowLeft size={14} /> {t('page.allTrips')}
        </Group>
      </Anchor>

      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          <Group gap="sm">
            <Title order={2} ref={headingRef} tabIndex={-1}>
              {trip.name}
            </Title>
            <Badge variant="light">{t(`status.${trip.status}`)}</Badge>
          </Group>
          <Text c="dimmed">
            {trip.home
              ? t('page.subtitleWithHome', { dates: locale.dateRange(trip.startDate, trip.endDate), home: locale.city(trip.home), zone: trip.homeZone })
              : t('page.subtitle', { dates: locale.dateRange(trip.startDate, trip.endDate), zone: trip.homeZone })}
          </Text>
          {trip.purpose && tab === 'overview' && <Text maw={760}>{trip.purpose}</Text>}
        </Stack>
        <Group className="no-print" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button
            variant="default"
            aria-label={t('page.editTrip')}
            leftSection={<IconPencil size={16} />}
            onClick={() => actions.editTrip(trip)}
          >
            {t('common:action.edit')}
          </Button>
          <Button variant="default" leftSection={<IconBook size={16} />} onClick={() => setChoosingBook(true)}>
            {t('book:open')}
          </Button>
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => void actions.duplicateTrip(trip)}>
            {t('common:action.duplicate')}
          </Button>
          <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => void actions.exportTripFile(trip)}>
            {t('page.export')}
          </Button>
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => actions.deleteTrip(trip)}>
            {t('common:action.delete')}
          </Button>
        </Group>
      </Group>

      {trip.sample && tab === 'overview' && <SampleTripNotice trip={trip} />}

      <Tabs
        value={tab}
        onChange={(value) => void navigate(value === 'overview' ? `/trips/${trip.id}` : `/trips/${trip.id}/${value}`)}
        className="no-print"
      >
        <Tabs.List>
          {TRIP_TABS.map((each) => (
            <Tooltip key={each} label={<ShortcutKeys keys={[tabKey(each)]} />} openDelay={600}>
              {each === 'checks' ? (
                <Tabs.Tab
                  value="checks"
                  aria-keyshortcuts={tabKey(each)}
                  aria-label={t('page.checksLabel', { summary: attentionSummary(tChecks, openErrors, openWarnings).toLocaleLowerCase() })}
                  rightSection={
                    openErrors + openWarnings > 0 ? (
                      <Badge size="sm" circle={openErrors + openWarnings < 10} color={openErrors > 0 ? 'red' : 'orange'}>
                        {openErrors + openWarnings}
                      </Badge>
                    ) : null
                  }
                >
                  {t(tabWord(each))}
                </Tabs.Tab>
              ) : (
                <Tabs.Tab value={each} aria-keyshortcuts={tabKey(each)}>
                  {t(tabWord(each))}
                </Tabs.Tab>
              )}
            </Tooltip>
          ))}
        </Tabs.List>
      </Tabs>

      <TripChecksContext value={checks}>
        <ScreenSuspense>
          <Outlet context={bundle satisfies TripBundle} />
        </ScreenSuspense>
      </TripChecksContext>
    </Stack>
  );
}
