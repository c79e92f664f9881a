/** The team space: its screen (fetched when first opened), the sync's provider and its lines in the sidebar. */
import { lazyScreen } from '../shared/lazy-screen';
export const TeamScreen = lazyScreen(() => import('./TeamScreen'), 'TeamScreen');
export { TeamSyncProvider, useTeamSync } from './team-sync';
export { TeamSyncStatus } from './TeamSyncStatus';
