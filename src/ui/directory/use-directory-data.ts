/** Live views of the directory: they re-render whenever the stored data changes, in this window or another. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { OrganisationSummary } from '../../domain/directory/organisation';
import type { EngagementHistoryEntry, OrganisationDetails } from '../../storage/directory-repository';
import { useRepositories } from '../shared/context';

/** Undefined while loading. */
export function useOrganisationSummaries(): OrganisationSummary[] | undefined {
  const { directory } = useRepositories();
  return useLiveQuery(() => directory.listOrganisations(), [directory]);
}

/** Undefined while loading, null when there is no such organisation. */
export function useOrganisationDetails(organisationId: string | undefined): OrganisationDetails | null | undefined {
  const { directory } = useRepositories();
  return useLiveQuery(
    async () => (organisationId ? ((await directory.getOrganisation(organisationId)) ?? null) : null),
    [directory, organisationId],
  );
}

/** Undefined while loading. */
export function useEngagementHistory(organisationId: string | undefined): EngagementHistoryEntry[] | undefined {
  const { directory } = useRepositories();
  return useLiveQuery(
    async () => (organisationId ? directory.engagementHistory(organisationId) : []),
    [directory, organisationId],
  );
}
