import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { Platform } from '../../platform';
import type { Repositories } from '../../storage/repositories';
import { BackupsScreen } from '../backups/BackupsScreen';
import { BackupStatusProvider } from '../backups/backup-status';
import { CalendarsTab } from '../calendars/CalendarsTab';
import { DirectoryScreen } from '../directory/DirectoryScreen';
import { OrganisationScreen } from '../directory/OrganisationScreen';
import { EngagementScreen } from '../engagements/EngagementScreen';
import { FollowUpsScreen } from '../engagements/FollowUpsScreen';
import { TripFollowUps } from '../engagements/TripFollowUps';
import { PersonProgramme } from '../people/PersonProgramme';
import { RollupsTab } from '../people/RollupsTab';
import { RosterTab } from '../people/RosterTab';
import { ProgrammeView } from '../programme/ProgrammeView';
import { ChecksTab } from '../checks/ChecksTab';
import { RouteEditor } from '../route/RouteEditor';
import { TripActionsProvider } from '../trips/trip-actions';
import { TripOverview } from '../trips/TripOverview';
import { TripScreen } from '../trips/TripScreen';
import { TripsScreen } from '../trips/TripsScreen';
import { AppLayout } from './AppLayout';
import { PlatformContext, RepositoriesContext } from '../shared/context';
import { theme } from './theme';
import { SaveFailureNotices } from './save-failures';
import { UndoProvider } from '../shared/undo';

export function Root({ repositories, platform }: { repositories: Repositories; platform: Platform }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'en', firstDayOfWeek: 1 }}>
        <RepositoriesContext value={repositories}>
          <PlatformContext value={platform}>
            <Notifications position="bottom-right" />
            <SaveFailureNotices />
            <HashRouter>
              <ModalsProvider labels={{ confirm: 'Confirm', cancel: 'Cancel' }}>
                <UndoProvider>
                  <BackupStatusProvider>
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
                            <Route path="rollups" element={<RollupsTab />} />
                            <Route path="programme" element={<ProgrammeView />} />
                            <Route path="checks" element={<ChecksTab />} />
                            <Route path="calendars" element={<CalendarsTab />} />
                            <Route path="follow-ups" element={<TripFollowUps />} />
                            <Route path="engagements/:engagementId" element={<EngagementScreen />} />
                          </Route>
                          <Route path="follow-ups" element={<FollowUpsScreen />} />
                          <Route path="directory" element={<DirectoryScreen />} />
                          <Route path="directory/:organisationId" element={<OrganisationScreen />} />
                          <Route path="backups" element={<BackupsScreen />} />
                          <Route path="*" element={<Navigate to="/trips" replace />} />
                        </Route>
                      </Routes>
                    </TripActionsProvider>
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
