/**
 * What can be done to an organisation from the directory list and from its own page: archive, unarchive and
 * delete. Deleting asks the repository first: an organisation that engagements or people refer to is refused
 * with the reason and an offer to archive it instead; any other is confirmed, deleted and offered back.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import type { Organisation } from '../../domain/directory/organisation';
import { useRepositories } from '../shared/context';
import { useOfferUndo } from '../shared/undo';

export interface OrganisationActions {
  setArchived(organisation: Organisation, archived: boolean): Promise<void>;
  /** Deletes after confirmation, or explains why not; `onDeleted` runs once it is gone. */
  deleteOrganisation(organisation: Organisation, onDeleted?: () => void): Promise<void>;
}

export function useOrganisationActions(): OrganisationActions {
  const { directory } = useRepositories();
  const offerUndo = useOfferUndo();

  return useMemo<OrganisationActions>(() => {
    async function setArchived(organisation: Organisation, archived: boolean) {
      const saved = await directory.archive(organisation.id, archived);
      if (!saved) return;
      offerUndo({
        message: archived
          ? `Archived “${organisation.name}”: hidden from pickers, history kept`
          : `Unarchived “${organisation.name}”`,
        undo: async () => {
          await directory.archive(organisation.id, !archived);
        },
        undoneMessage: archived ? `“${organisation.name}” is no longer archived` : `“${organisation.name}” is archived again`,
      });
    }

    function explainRefusal(organisation: Organisation, message: string) {
      const title = `${organisation.name} cannot be deleted`;
      if (organisation.archived) {
        const id = modals.open({
          title,
          children: (
            <Stack>
              <Text size="sm">{message}</Text>
              <Group justify="flex-end">
                <Button onClick={() => modals.close(id)}>OK</Button>
              </Group>
            </Stack>
          ),
        });
        return;
      }
      modals.openConfirmModal({
        title,
        children: <Text size="sm">{message}</Text>,
        labels: { confirm: 'Archive', cancel: 'Keep it as it is' },
        onConfirm: () => void setArchived(organisation, true),
      });
    }

    return {
      setArchived,
      async deleteOrganisation(organisation, onDeleted) {
        const verdict = await directory.checkRemoval(organisation.id);
        if (verdict.status === 'not-found') {
          notifications.show({ color: 'red', message: verdict.message });
          return;
        }
        if (verdict.status === 'refused') {
          explainRefusal(organisation, verdict.message);
          return;
        }
        const { contactCount } = verdict;
        modals.openConfirmModal({
          title: `Delete “${organisation.name}”?`,
          children: (
            <Text size="sm">
              {contactCount === 1 ? 'Its contact goes with it. ' : ''}
              {contactCount > 1 ? `Its ${contactCount} contacts go with it. ` : ''}
              No engagement or person refers to it. You can undo this straight after.
            </Text>
          ),
          labels: { confirm: 'Delete organisation', cancel: 'Keep it' },
          confirmProps: { color: 'red' },
          onConfirm: async () => {
            const result = await directory.remove(organisation.id);
            if (result.status === 'refused') {
              // Something came to refer to it since the question was asked.
              explainRefusal(organisation, result.message);
              return;
            }
            if (result.status === 'not-found') return;
            onDeleted?.();
            offerUndo({
              message: `Deleted “${organisation.name}”`,
              undo: () => directory.restore(result.removed),
              undoneMessage: `Restored “${organisation.name}”`,
            });
          },
        });
      },
    };
  }, [directory, offerUndo]);
}
