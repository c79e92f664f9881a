/** Where repositories get the time and new ids; tests pass fixed ones. */
import { newId } from '../domain/shared/ids';

export interface Clock {
  now(): string;
  newId(): string;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  newId,
};
