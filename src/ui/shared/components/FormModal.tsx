/**
 * A dialog holding one form, with the behaviour every form in the app shares: closing with unsaved changes
 * asks first, a failed save moves the keyboard to the first field in error, Save and Cancel sit together, and
 * Ctrl/Cmd+Enter (or Ctrl/Cmd+S) saves from any field, as the Save button's tooltip says.
 */
import { Button, Group, Modal, Stack, Tooltip, type ModalProps } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ShortcutKeys } from '../hotkeys';

/** Saves the form from any of its fields. Ctrl/Cmd+S too, which would otherwise save the web page. */
export const SAVE_FORM_KEYS = ['mod', 'Enter'] as const;

export interface FormModalProps {
  opened: boolean;
  title: string;
  /** Whether the form holds changes that closing would lose. */
  isDirty: () => boolean;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  submitting?: boolean;
  size?: ModalProps['size'];
  /**
   * Another dialog is open over this one (a form opened from within this form): Escape belongs to that one, so
   * it closes only the dialog on top and leaves this form as it was. (Every open dialog hears Escape.)
   */
  underAnotherDialog?: boolean;
  children: ReactNode;
}

/**
 * After a failed save, the keyboard goes to the first field that needs attention. Reads the form from the
 * event's target, which, unlike currentTarget, is still set after an await.
 */
export function focusFirstError(event: FormEvent<HTMLFormElement> | undefined): void {
  const form = event?.target instanceof HTMLFormElement ? event.target : null;
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

export function FormModal({
  opened,
  title,
  isDirty,
  onClose,
  onSubmit,
  submitLabel,
  submitting,
  size = 'lg',
  underAnotherDialog = false,
  children,
}: FormModalProps) {
  const { t } = useTranslation();
  // Through the form's own submit, so its checks and the focus on the first error work as a click on Save.
  const submitFromKeyboard = (event: KeyboardEvent) => {
    const form = (event.target as HTMLElement | null)?.closest('form');
    if (!submitting) form?.requestSubmit();
  };
  const requestClose = () => {
    if (!isDirty()) {
      onClose();
      return;
    }
    modals.openConfirmModal({
      title: t('dialog.discardTitle'),
      children: t('dialog.discardBody'),
      labels: { confirm: t('action.discardChanges'), cancel: t('action.keepEditing') },
      confirmProps: { color: 'red' },
      onConfirm: onClose,
    });
  };

  return (
    <Modal opened={opened} onClose={requestClose} title={title} size={size} closeOnEscape={!underAnotherDialog}>
      <form
        onSubmit={onSubmit}
        noValidate
        onKeyDown={getHotkeyHandler([
          ['mod+Enter', submitFromKeyboard],
          ['mod+S', submitFromKeyboard],
        ])}
      >
        <Stack gap="md">
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              {t('action.cancel')}
            </Button>
            <Tooltip label={<ShortcutKeys keys={SAVE_FORM_KEYS} />} openDelay={400}>
              <Button type="submit" loading={submitting}>
                {submitLabel}
              </Button>
            </Tooltip>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
