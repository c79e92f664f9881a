/** What every screen needs from outside React: the repositories and the platform. */
import { createContext, use } from 'react';
import type { Platform } from '../../platform/index';
import type { Repositories } from '../../storage/repositories';

export const RepositoriesContext = createContext<Repositories | null>(null);
export const PlatformContext = createContext<Platform | null>(null);

export function useRepositories(): Repositories {
  const repositories = use(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories needs a RepositoriesContext provider.');
  return repositories;
}

export function usePlatform(): Platform {
  const platform = use(PlatformContext);
  if (!platform) throw new Error('usePlatform needs a PlatformContext provider.');
  return platform;
}
