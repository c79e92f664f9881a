/**
 * Passport numbers and dates of birth on screen: masked ("••••••789", "•••• 1980") until the organiser reveals
 * them, one field at a time, with a toggle button beside each (aria-pressed tells whether it is shown). The
 * button stays the same element whichever way it is pressed, so the keyboard stays on it.
 */
import { ActionIcon, Button, Group, Text, TextInput, type TextInputProps } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A toggle that shows or hides one field; `field` names it for a screen reader ("Reveal passport number"). */
export function RevealButton({
  field,
  revealed,
  onToggle,
  compact = false,
}: {
  field: string;
  revealed: boolean;
  onToggle: () => void;
  /** An eye alone, where a form's columns are narrow; its name is the same. */
  compact?: boolean;
}) {
  const { t } = useTranslation('people');
  const label = t('passport.revealLabel', { field });
  if (compact) {
    return (
      <ActionIcon variant="subtle" size="lg" aria-pressed={revealed} aria-label={label} title={label} onClick={onToggle}>
        {revealed ? <IconEyeOff size={18} /> : <IconEye size={18} />}
      </ActionIcon>
    );
  }
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={revealed ? <IconEyeOff size={14} /> : <IconEye size={14} />}
      aria-pressed={revealed}
      aria-label={t('passport.revealLabel', { field })}
      onClick={onToggle}
    >
      {t('passport.reveal')}
    </Button>
  );
}

/** A value of the person page, masked until revealed; "Not recorded" when there is none. */
export function SensitiveText({ field, value, masked }: { field: string; value: string; masked: string }) {
  const { t } = useTranslation('people');
  const [revealed, setRevealed] = useState(false);
  if (value === '') return <Text size="sm" c="dimmed">{t('passport.notRecorded')}</Text>;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" ff={revealed ? undefined : 'monospace'} data-sensitive={revealed ? 'revealed' : 'masked'}>
        {revealed ? value : masked}
      </Text>
      <RevealButton field={field} revealed={revealed} onToggle={() => setRevealed((shown) => !shown)} />
    </Group>
  );
}

/**
 * A form field that holds a passport number or a date of birth: while masked, a read-only box with the masked
 * value (and any error of the field) stands in for the real input, `children`. A field with nothing in it has
 * nothing to hide and is shown as it is.
 */
export function SensitiveField({
  label,
  masked,
  revealed,
  onToggle,
  error,
  children,
}: {
  label: string;
  masked: string;
  revealed: boolean;
  onToggle: () => void;
  error?: TextInputProps['error'];
  children: ReactNode;
}) {
  const hidden = !revealed && masked !== '';
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <div style={{ flex: 1, minWidth: 0 }}>
        {hidden ? (
          <TextInput label={label} value={masked} readOnly error={error} styles={{ input: { fontFamily: 'monospace' } }} />
        ) : (
          children
        )}
      </div>
      {(masked !== '' || revealed) && (
        <div style={{ paddingBottom: error ? 22 : 0 }}>
          <RevealButton field={label} revealed={revealed} onToggle={onToggle} compact />
        </div>
      )}
    </Group>
  );
}
