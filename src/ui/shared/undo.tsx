/**
 * Undo for costly mistakes: every deletion, import and saved edit offers to put back what it did, from its
 * notification or with Ctrl/Cmd+Z while the notification is showing (when the focus is not in a text field,
 * whose own undo wins). An edit is undone field by field: what was changed since, elsewhere, stays.
 */
import { Button, Group, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { createContext, use, useCallback, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../domain/shared/message';
import type { Result } from '../../domain/shared/result';
import { useRepositories } from './context';
import { useLocale } from './locale';

export interface UndoOffer {
  /** A heading for a change of many records, such as 'Roster imported'. */
  title?: string;
  /** What was done, such as 'Deleted trip “Tianjin mission”'; may hold several lines. */
  message: string;
  /** Puts it back. */
  undo: () => Promise<void>;
  /** What to say once it is back. */
  undoneMessage: string;
}

type OfferUndo = (offer: UndoOffer) => void;

/** Why a captured change could not be put back, as the message to word for the person. */
class NotReverted extends Error {
  constructor(readonly reason: Message) {
    super(reason.code);
  }
}

/** The `undo` of a change captured with `captureChanges`: puts it back, and fails with the reason if it cannot. */
export function revertOf(change: { revert(): Promise<Result<void, Message>> }): () => Promise<void> {
  return async () => {
    const reverted = await change.revert();
    if (!reverted.ok) throw new NotReverted(reverted.error);
  };
}

const UndoContext = createContext<OfferUndo | null>(null);

const UNDO_WINDOW_MS = 10_000;

export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const latest = useRef<{ id: string; offer: UndoOffer } | null>(null);

  const runUndo = useCallback(async (id: string, offer: UndoOffer) => {
    if (latest.current?.id === id) latest.current = null;
    notifications.hide(id);
    try {
      await offer.undo();
      notifications.show({ color: 'teal', message: offer.undoneMessage });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('undo.failed'),
        message: error instanceof NotReverted ? locale.word(error.reason) : error instanceof Error ? error.message : String(error),
      });
    }
  }, [locale, t]);

  const offerUndo = useCallback<OfferUndo>(
    (offer) => {
      const id = `undo-${crypto.randomUUID()}`;
      latest.current = { id, offer };
      notifications.show({
        id,
        autoClose: UNDO_WINDOW_MS,
        ...(offer.title ? { title: offer.title } : {}),
        onClose: () => {
          if (latest.current?.id === id) latest.current = null;
        },
        message: (
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
              {offer.message}
            </Text>
            <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} onClick={() => void runUndo(id, offer)}>
              {t('action.undo')}
            </Button>
          </Group>
        ),
      });
    },
    [runUndo, t],
  );

  useHotkeys([
    [
      'mod+z',
      () => {
        const current = latest.current;
        if (current) void runUndo(current.id, current.offer);
      },
    ],
  ]);

  return <UndoContext value={offerUndo}>{children}</UndoContext>;
}

export function useOfferUndo(): OfferUndo {
  const offerUndo = use(UndoContext);
  if (!offerUndo) throw new Error('useOfferUndo needs an UndoProvider.');
  return useMemo(() => offerUndo, [offerUndo]);
}

/**
 * Saves an edit so that it can be undone: the notification that says it was saved (`saved`, or none when it
 * was not) offers Undo, which puts back the fields the save changed.
 */
export function useUndoableEdit() {
  const repositories = useRepositories();
  const offerUndo = useOfferUndo();
  const { t } = useTranslation();
  return useCallback(
    async <T,>(save: () => Promise<T>, saved: (value: T) => { message: string; name: string } | null): Promise<T> => {
      const captured = await repositories.captureChanges(save);
      const said = saved(captured.value);
      if (said) {
        if (captured.touched > 0) offerUndo({ message: said.message, undo: revertOf(captured), undoneMessage: t('undo.editUndone', { name: said.name }) });
        else notifications.show({ color: 'teal', message: said.message });
      }
      return captured.value;
    },
    [repositories, offerUndo, t],
  );
}
