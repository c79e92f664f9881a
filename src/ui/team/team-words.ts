/** The team space's failures and skipped logs in the organiser's words. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceFailure } from '../../domain/sync/space-files';
import type { LogProblem } from '../../storage/team-sync-state';

export function useFailureText(): (failure: Pick<SpaceFailure, 'problem' | 'status'>) => string {
  const { t } = useTranslation('team');
  return useCallback(
    (failure) => t(`problem.${failure.problem}`, { status: failure.status !== null && failure.problem === 'server' ? ` (${failure.status})` : '' }),
    [t],
  );
}

/** Whose log it was: the colleague's name as their log last gave it, or the computer's id. */
export function useComputerName(): (problem: Pick<LogProblem, 'node' | 'organiser'>) => string {
  const { t } = useTranslation('team');
  return useCallback(
    (problem) => (problem.organiser ? t('logs.computer', { name: problem.organiser }) : t('logs.unknownComputer', { node: problem.node })),
    [t],
  );
}
