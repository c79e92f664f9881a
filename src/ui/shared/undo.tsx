/**
 * Undo for costly mistakes: every deletion, import and saved edit offers to put back what it did, from its
 * notification or with Ctrl/Cmd+Z while the notification is showing (when the focus is not in a text field,
 * whose own undo wins). An edit is undone field by field: what was changed since, elsewhere, stays.
 *
 * An undo can be redone (Ctrl/Cmd+Shift+Z or Ctrl+Y, or Redo in its notification): the undo's own writes are
 * captured as it runs, and redoing puts back what it changed, in the same way, so one mechanism serves every
 * kind of change; what is redone can be undone again.
 */
import { Button, Group, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { createContext, use, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
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

/** An undo just done, and how to do again what it undid. */
interface RedoOffer {
  id: string;
  offer: UndoOffer;
  redo: () => Promise<void>;
}

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

/** A notification's text with its one button (Undo, Redo) beside it. */
function NoticeWithAction({ message, action, onAction }: { message: string; action: string; onAction: () => void }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
        {message}
      </Text>
      <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} onClick={onAction}>
        {action}
      </Button>
    </Group>
  );
}

const UndoContext = createContext<OfferUndo | null>(null);

const UNDO_WINDOW_MS = 10_000;

export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const repositories = useRepositories();
  const latest = useRef<{ id: string; offer: UndoOffer } | null>(null);
  const latestRedo = useRef<RedoOffer | null>(null);
  // Set below; the redo offers the undo again, and the undo offers the redo.
  const offerUndoRef = useRef<OfferUndo>(() => undefined);

  const failed = useCallback(
    (title: string, error: unknown) =>
      notifications.show({
        color: 'red',
        title,
        message: error instanceof NotReverted ? locale.word(error.reason) : error instanceof Error ? error.message : String(error),
      }),
    [locale],
  );

  const runRedo = useCallback(
    async ({ id, offer, redo }: RedoOffer) => {
      if (latestRedo.current?.id === id) latestRedo.current = null;
      notifications.hide(id);
      try {
        await redo();
        offerUndoRef.current(offer);
      } catch (error) {
        failed(t('undo.redoFailed'), error);
      }
    },
    [failed, t],
  );

  const runUndo = useCallback(async (id: string, offer: UndoOffer) => {
    if (latest.current?.id === id) latest.current = null;
    notifications.hide(id);
    try {
      const undone = await repositories.captureChanges(offer.undo);
      const redoId = `redo-${crypto.randomUUID()}`;
      const redoOffer: RedoOffer = { id: redoId, offer, redo: revertOf(undone) };
      latestRedo.current = redoOffer;
      notifications.show({
        id: redoId,
        color: 'teal',
        autoClose: UNDO_WINDOW_MS,
        onClose: () => {
          if (latestRedo.current?.id === redoId) latestRedo.current = null;
        },
        message: (
          <NoticeWithAction message={offer.undoneMessage} action={t('action.redo')} onAction={() => void runRedo(redoOffer)} />
        ),
      });
    } catch (error) {
      failed(t('undo.failed'), error);
    }
  }, [repositories, runRedo, failed, t]);

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
          <NoticeWithAction message={offer.message} action={t('action.undo')} onAction={() => void runUndo(id, offer)} />
        ),
      });
    },
    [runUndo, t],
  );
  useLayoutEffect(() => {
    offerUndoRef.current = offerUndo;
  }, [offerUndo]);

  const redoLatest = () => {
    const current = latestRedo.current;
    if (current) void runRedo(current);
  };
  useHotkeys([
    [
      'mod+z',
      () => {
        const current = latest.current;
        if (current) void runUndo(current.id, current.offer);
      },
    ],
    ['mod+shift+z', redoLatest],
    ['ctrl+y', redoLatest],
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
