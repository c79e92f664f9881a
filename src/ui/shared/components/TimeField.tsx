/**
 * A time field in 24-hour form whatever the computer's language. The browser's own time control follows the
 * operating system, not the page: under US English it shows "10:40 PM" and reads a typed `2240` as 02:24.
 * This one is a text field read by the domain's parser (`2240`, `22:40`, `22.40`, `9:30`, `0930`, `10:40pm`),
 * says what it understood while the organiser types (inside the field, "→ 22:40"), shows `HH:mm` once the field
 * is left, and names what it cannot read. Arrow keys move the time by a quarter of an hour.
 */
import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMinutesToTime, clockTimeProblem, isClockTime, parseClockTime } from '../../../domain/shared/clock-time';
import type { Message } from '../../../domain/shared/message';
import { useLocale } from '../locale';

export interface TimeFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** `HH:mm`, '' for none, or text that is not a time, kept as typed for the form's validation to name. */
  value?: string;
  onChange: (value: string) => void;
}

const STEP_MINUTES = 15;

export function TimeField({ value = '', onChange, onBlur, onKeyDown, label, error, description, ...props }: TimeFieldProps) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const { t } = useTranslation();
  const locale = useLocale();
  const [problem, setProblem] = useState<Message | null>(null);

  // A new value from outside (the form reset, an end time that follows the start) replaces what is shown.
  if (value !== shown) {
    setShown(value);
    setText(value);
    setProblem(null);
  }

  const push = (next: string) => {
    setShown(next);
    if (next !== value) onChange(next);
  };

  const commit = (typed: string) => {
    const parsed = parseClockTime(typed);
    if (parsed.ok) {
      setText(parsed.value);
      setProblem(null);
      push(parsed.value);
    } else if (parsed.error.code === 'empty') {
      setText('');
      setProblem(null);
      push('');
    } else {
      setProblem(clockTimeProblem(parsed.error, typeof label === 'string' ? label : ''));
      push(typed.trim());
    }
  };

  const reading = parseClockTime(text);
  const understood = reading.ok && reading.value !== text.trim() ? reading.value : null;

  return (
    <TextInput
      label={label}
      placeholder={t('timeField.placeholder')}
      autoComplete="off"
      spellCheck={false}
      leftSection={<IconClock size={16} />}
      // What was understood shows inside the field, not below it, so nothing moves under the pointer when
      // the hint comes and goes.
      rightSection={
        understood && (
          <Text span size="xs" c="dimmed" role="status" aria-label={t('timeField.readAs', { time: understood })} style={{ whiteSpace: 'nowrap' }}>
            → {understood}
          </Text>
        )
      }
      rightSectionWidth={understood ? 64 : undefined}
      rightSectionPointerEvents="none"
      value={text}
      description={description}
      error={error ?? (problem && locale.word(problem))}
      onChange={(event) => {
        // A readable time counts as soon as it is typed, so what depends on it (the end after the start)
        // follows at once; what cannot be read yet waits for the field to be left.
        const typed = event.currentTarget.value;
        setText(typed);
        setProblem(null);
        const parsed = parseClockTime(typed);
        if (parsed.ok) push(parsed.value);
      }}
      onBlur={(event) => {
        commit(event.currentTarget.value);
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(event.currentTarget.value);
        if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && !event.altKey) {
          const current = parseClockTime(event.currentTarget.value);
          const base = current.ok ? current.value : isClockTime(value) ? value : null;
          if (base) {
            event.preventDefault();
            const next = addMinutesToTime(base, event.key === 'ArrowUp' ? STEP_MINUTES : -STEP_MINUTES);
            setText(next);
            setProblem(null);
            push(next);
          }
        }
        onKeyDown?.(event);
      }}
      {...props}
    />
  );
}
