/**
 * What can be done to an organisation from the directory list and from its own page: archive, unarchive and
 * delete. Deleting asks the repository first: an organisation that engagements or people refer to is refused
 * with the reason and an offer to archive it instead; any other is confirmed, deleted and offered back.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../domain/directory/organisation';
import type { Message } from '../../domain/shared/message';
import { useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { useOfferUndo } from '../shared/undo';

export interface OrganisationActions {
  setArchived(organisation: Organisation, archived: boolean): Promise<void>;
  /** Deletes after confirmation, or explains why not; `onDeleted` runs once it is gone. */
  deleteOrganisation(organisation: Organisation, onDeleted?: () => void): Promise<void>;
}

export function useOrganisationActions(): OrganisationActions {
  const { t } = useTranslation('directory');
  const locale = useLocale();
  const { directory } = useRepositories();
  const offerUndo = useOfferUndo();

  return useMemo<OrganisationActions>(() => {
    async function setArchived(organisation: Organisation, archived: boolean) {
      const saved = await directory.archive(organisation.id, archived);
      if (!saved) return;
      offerUndo({
        message: archived
          ? t('actions.archived', { name: organisation.name })
          : t('actions.unarchived', { name: organisation.name }),
        undo: async () => {
          await directory.archive(organisation.id, !archived);
        },
        undoneMessage: archived
          ? t('actions.noLongerArchived', { name: organisation.name })
          : t('actions.archivedAgain', { name: organisation.name }),
      });
    }

    function explainRefusal(organisation: Organisation, reason: Message) {
      const title = t('actions.cannotDelete', { name: organisation.name });
      const message = locale.word(reason);
      if (organisation.archived) {
        const id = modals.open({
          title,
          children: (
            <Stack>
              <Text size="sm">{message}</Text>
              <Group justify="flex-end">
                <Button onClick={() => modals.close(id)}>{t('action.ok')}</Button>
              </Group>
            </Stack>
          ),
        });
        return;
      }
      modals.openConfirmModal({
        title,
        children: <Text size="sm">{message}</Text>,
        labels: { confirm: t('action.archive'), cancel: t('actions.keepAsItIs') },
        onConfirm: () => void setArchived(organisation, true),
      });
    }

    return {
      setArchived,
      async deleteOrganisation(organisation, onDeleted) {
        const verdict = await directory.checkRemoval(organisation.id);
        if (verdict.status === 'not-found') {
          notifications.show({ color: 'red', message: locale.word(verdict.message) });
          return;
        }
        if (verdict.status === 'refused') {
          explainRefusal(organisation, verdict.message);
          return;
        }
        const { contactCount } = verdict;
        modals.openConfirmModal({
          title: t('actions.deleteTitle', { name: organisation.name }),
          children: (
            <Text size="sm">
              {contactCount === 0
                ? t('actions.deleteBody')
                : t('actions.deleteBodyWithContacts', { count: contactCount })}
            </Text>
          ),
          labels: { confirm: t('actions.deleteConfirm'), cancel: t('actions.keepIt') },
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
              message: t('actions.deleted', { name: organisation.name }),
              undo: () => directory.restore(result.removed),
              undoneMessage: t('actions.restored', { name: organisation.name }),
            });
          },
        });
      },
    };
  }, [directory, offerUndo, t, locale]);
}
