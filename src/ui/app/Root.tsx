import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { Platform } from '../../platform';
import type { Repositories } from '../../storage/repositories';
import { BackupsScreen, BackupStatusProvider } from '../backups';
import { CalendarPublishingProvider, CalendarsTab } from '../calendars';
import { TeamScreen, TeamSyncProvider } from '../team';
import { TripActionsProvider, TripOverview, TripScreen, TripsScreen } from '../trips';
import { AppLayout } from './AppLayout';
import { PlatformContext, RepositoriesContext } from '../shared/context';
import { colorSchemeManager, cssVariablesResolver, useAppTheme, usePrintedInLight } from './theme';
import { DiscardedDataNotice, SaveFailureNotices } from './save-failures';
import { UndoProvider } from '../shared/undo';
import { useLanguage } from '../shared/locale';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/zh-cn';
import { lazyScreen, preloadWhenIdle } from '../shared/lazy-screen';
import { useEffect } from 'react';

// The first screen (the trips list) comes with the app; every other screen, and the libraries only it needs, is
// fetched when it is first opened, so that the window paints before they are read. Features the frame needs at
// once (trips, backups, calendars) make their own screens lazy in their index; the others are reached here.
const DirectoryScreen = lazyScreen(() => import('../directory'), 'DirectoryScreen');
const OrganisationScreen = lazyScreen(() => import('../directory'), 'OrganisationScreen');
const EngagementScreen = lazyScreen(() => import('../engagements'), 'EngagementScreen');
const FollowUpsScreen = lazyScreen(() => import('../engagements'), 'FollowUpsScreen');
const TripFollowUps = lazyScreen(() => import('../engagements'), 'TripFollowUps');
const BriefingBookView = lazyScreen(() => import('../book'), 'BriefingBookView');
const HostProgrammeView = lazyScreen(() => import('../book'), 'HostProgrammeView');
const PersonProgramme = lazyScreen(() => import('../people'), 'PersonProgramme');
const RollupsTab = lazyScreen(() => import('../people'), 'RollupsTab');

const RosterTab = lazyScreen(() => import('../people'), 'RosterTab');
const ProgrammeView = lazyScreen(() => import('../programme'), 'ProgrammeView');
const ChecksTab = lazyScreen(() => import('../checks'), 'ChecksTab');
const LogisticsTab = lazyScreen(() => import('../logistics'), 'LogisticsTab');
const DaySheetView = lazyScreen(() => import('../logistics'), 'DaySheetView');
const RouteEditor = lazyScreen(() => import('../route'), 'RouteEditor');
const RoomingTab = lazyScreen(() => import('../rooming'), 'RoomingTab');
const RoomingListView = lazyScreen(() => import('../rooming'), 'RoomingListView');
const SettingsScreen = lazyScreen(() => import('../settings'), 'SettingsScreen');

/** When the change log is pruned after the app starts: late enough not to compete with the first screen. */
const PRUNE_AFTER_MS = 30_000;

/** The date pickers' month and day names follow the interface (dayjs names its Chinese 'zh-cn'). */
const DATES_LOCALES = { en: 'en', 'zh-CN': 'zh-cn' } as const;

export function Root({ repositories, platform, discarded = false }: { repositories: Repositories; platform: Platform; discarded?: boolean }) {
  const { language } = useLanguage();
  const { t } = useTranslation();
  const theme = useAppTheme();
  usePrintedInLight();
  // Once the first screen is up: the screens most often opened next, so that they open without fetching.
  useEffect(() => preloadWhenIdle([TripScreen, TripOverview, ProgrammeView, DirectoryScreen]), []);
  // The change log is kept to a bounded period: what is older goes, once the app has settled after starting.
  useEffect(() => {
    const pruning = setTimeout(() => {
      repositories.history.prune(new Date()).catch((error: unknown) => console.warn('The change log could not be pruned:', error));
    }, PRUNE_AFTER_MS);
    return () => clearTimeout(pruning);
  }, [repositories]);
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: DATES_LOCALES[language], firstDayOfWeek: 1 }}>
        <RepositoriesContext value={repositories}>
          <PlatformContext value={platform}>
            {/*
              Bottom left and narrow, clear of the buttons of any dialog (centred, at least 330 px from the left
              edge in the desktop's first window), and a few at most, so that a stack of them stays low.
            */}
            <Notifications position="bottom-left" limit={3} containerWidth={300} />
            <SaveFailureNotices />
            <DiscardedDataNotice discarded={discarded} />
            <HashRouter>
              <ModalsProvider labels={{ confirm: t('action.confirm'), cancel: t('action.cancel') }}>
                <UndoProvider>
                  <BackupStatusProvider>
                    <CalendarPublishingProvider>
                    <TeamSyncProvider>
                    <TripActionsProvider>
                      <Routes>
                        <Route element={<AppLayout />}>
                          <Route index element={<Navigate to="/trips" replace />} />
                          <Route path="trips" element={<TripsScreen />} />
                          <Route path="trips/:tripId" element={<TripScreen />}>
                            <Route index element={<TripOverview />} />
                            <Route path="route" element={<RouteEditor />} />
                            <Route path="people" element={<RosterTab />} />
                            <Route path="people/:personId" element={<PersonProgramme />} />
                            <Route path="rooming" element={<RoomingTab />} />
                            <Route path="rooming-list/:stayId" element={<RoomingListView />} />
                            <Route path="rollups" element={<RollupsTab />} />
                            <Route path="programme" element={<ProgrammeView />} />
                            <Route path="checks" element={<ChecksTab />} />
                            <Route path="calendars" element={<CalendarsTab />} />
                            <Route path="follow-ups" element={<TripFollowUps />} />
                            <Route path="logistics" element={<LogisticsTab />} />
                            <Route path="logistics/:resourceId/day-sheet" element={<DaySheetView />} />
                            <Route path="engagements/:engagementId" element={<EngagementScreen />} />
                            <Route path="book" element={<BriefingBookView />} />
                            <Route path="host/:organisationId" element={<HostProgrammeView />} />
                          </Route>
                          <Route path="follow-ups" element={<FollowUpsScreen />} />
                          <Route path="directory" element={<DirectoryScreen />} />
                          <Route path="directory/:organisationId" element={<OrganisationScreen />} />
                          <Route path="backups" element={<BackupsScreen />} />
                          <Route path="settings" element={<SettingsScreen />} />
                          <Route path="team" element={<TeamScreen />} />
                          <Route path="*" element={<Navigate to="/trips" replace />} />
                        </Route>
                      </Routes>
                    </TripActionsProvider>
                    </TeamSyncProvider>
                    </CalendarPublishingProvider>
                  </BackupStatusProvider>
                </UndoProvider>
              </ModalsProvider>
            </HashRouter>
          </PlatformContext>
        </RepositoriesContext>
      </DatesProvider>
    </MantineProvider>
  );
}
