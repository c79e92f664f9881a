/** The repositories: the only way the UI reaches stored data. */
import { systemClock, type Clock } from './clock';
import { openDatabase, type DatabaseOptions, type PlannerDatabase } from './database';
import { createSampleRepository, type SampleRepository } from './sample-repository';
import { createTripRepository, type TripRepository } from './trip-repository';

export interface Repositories {
  trips: TripRepository;
  sample: SampleRepository;
}

export function createRepositories(db: PlannerDatabase, clock: Clock = systemClock): Repositories {
  const trips = createTripRepository(db, clock);
  return { trips, sample: createSampleRepository(db, clock, trips) };
}

export function openRepositories(name?: string, options?: DatabaseOptions): Repositories {
  return createRepositories(openDatabase(name, options));
}
