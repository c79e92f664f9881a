/** The repositories: the only way the UI reaches stored data. */
import { createBackupRepository, type BackupRepository } from './backup-repository';
import { captureChanges, type CapturedChange } from './change-capture';
import { createCalendarRepository, type CalendarRepository } from './calendar-repository';
import { systemClock, type Clock } from './clock';
import { createAcknowledgementRepository, type AcknowledgementRepository } from './acknowledgement-repository';
import { openDatabase, type DatabaseOptions, type PlannerDatabase } from './database';
import { createDirectoryRepository, type DirectoryRepository } from './directory-repository';
import { createEngagementRepository, type EngagementRepository } from './engagement-repository';
import { createHistoryRepository, type HistoryRepository } from './history-repository';
import { createLogisticsRepository, type LogisticsRepository } from './logistics-repository';
import { createPeopleRepository, type PeopleRepository } from './people-repository';
import { createRosterImportRepository, type RosterImportRepository } from './roster-import-repository';
import { createRouteRepository, type RouteRepository } from './route-repository';
import { createRoomingRepository, type RoomingRepository } from './rooming-repository';
import { createSampleRepository, type SampleRepository } from './sample-repository';
import { createTripFileRepository, type TripFileRepository } from './trip-file-repository';
import { createTripRepository, type TripRepository } from './trip-repository';
import { createTeamRepository, type TeamRepository } from './team-repository';

export interface Repositories {
  trips: TripRepository;
  route: RouteRepository;
  /** Who sleeps in which room of the hotel stays. */
  rooming: RoomingRepository;
  sample: SampleRepository;
  directory: DirectoryRepository;
  engagements: EngagementRepository;
  people: PeopleRepository;
  rosterImport: RosterImportRepository;
  acknowledgements: AcknowledgementRepository;
  calendars: CalendarRepository;
  backups: BackupRepository;
  tripFiles: TripFileRepository;
  /** A trip's vehicles, interpreters and guides, and their bookings. */
  logistics: LogisticsRepository;
  /** The change log read back: each record's history. */
  history: HistoryRepository;
  /** The team space: syncing with colleagues, what is shared, the clashes to review. */
  team: TeamRepository;
  /** Runs a change of many records so that it can be undone: see change-capture.ts. */
  captureChanges<T>(change: () => Promise<T>): Promise<CapturedChange<T>>;
}

export function createRepositories(db: PlannerDatabase, clock: Clock = systemClock): Repositories {
  const trips = createTripRepository(db, clock);
  return {
    trips,
    route: createRouteRepository(db, clock),
    rooming: createRoomingRepository(db, clock),
    sample: createSampleRepository(db, clock, trips),
    directory: createDirectoryRepository(db, clock),
    engagements: createEngagementRepository(db, clock),
    people: createPeopleRepository(db, clock),
    rosterImport: createRosterImportRepository(db, clock),
    acknowledgements: createAcknowledgementRepository(db, clock),
    calendars: createCalendarRepository(db),
    backups: createBackupRepository(db, clock),
    tripFiles: createTripFileRepository(db, clock, trips),
    logistics: createLogisticsRepository(db, clock),
    history: createHistoryRepository(db),
    team: createTeamRepository(db, clock),
    captureChanges: (change) => captureChanges(db, change),
  };
}

export function openRepositories(name?: string, options?: DatabaseOptions): Repositories {
  return createRepositories(openDatabase(name, options));
}

/**
 * Opens the database `name` for `read` alone and closes it after: for a worker that reads now and then, so that no
 * connection of its own is left to hold up the page's upgrade or erasing of the database.
 */
export async function withRepositories<T>(name: string, read: (repositories: Repositories) => Promise<T>): Promise<T> {
  const db = openDatabase(name);
  try {
    return await read(createRepositories(db));
  } finally {
    db.close();
  }
}
