/**
 * The foot every dialog that brings data in shares (a roster, a calendar file, a trip file, a backup): why
 * nothing happened, when it did not, then Cancel (or Close, when there is nothing to confirm) and the button
 * that confirms, which says what it will do ("Import 20 people", "Replace all data"). Its pieces are children
 * of the dialog's own Stack, so they keep its spacing.
 */
import { Alert, Button, Group, type MantineColor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Something that stopped the dialog, such as "Nothing was imported" with the reason. */
export interface DialogProblem {
  title: string;
  message: ReactNode;
}

export interface DialogConfirm {
  label: string;
  onConfirm: () => void;
  loading: boolean;
  disabled?: boolean;
  color?: MantineColor;
}

export interface ImportDialogFooterProps {
  /** Shown in order, each only when set. */
  problems: readonly (DialogProblem | null)[];
  onCancel: () => void;
  /** 'Cancel' unless said otherwise, such as 'Close' when nothing can be confirmed. */
  cancelLabel?: string;
  /** The confirming button; none while there is nothing to confirm. */
  confirm: DialogConfirm | null;
}

export function ImportDialogFooter({ problems, onCancel, cancelLabel, confirm }: ImportDialogFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {problems.map(
        (problem, index) =>
          problem && (
            <Alert key={index} color="red" icon={<IconAlertTriangle size={16} />} title={problem.title}>
              {problem.message}
            </Alert>
          ),
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {cancelLabel ?? t('action.cancel')}
        </Button>
        {confirm && (
          <Button color={confirm.color} loading={confirm.loading} disabled={confirm.disabled} onClick={confirm.onConfirm}>
            {confirm.label}
          </Button>
        )}
      </Group>
    </>
  );
}
