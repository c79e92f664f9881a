/**
 * A date field for people who type: "5 Nov 2027", "05/11/2027" (day first) or "2027-11-05", read when the
 * field is left. A calendar opens from the button beside it, never by itself, so it cannot cover the form's
 * buttons or catch a click meant for them. Text that is not a date stays in the field and reaches the
 * form's validation as typed, which names it.
 */
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, parseUserDate } from '../../../domain/shared/time';
import { useLocale, type Locale } from '../locale';

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** A date (`YYYY-MM-DD`), '' for none, or text that is not a date, kept as typed. */
  value?: string;
  onChange: (value: string) => void;
}

/** A date as the reader writes it with its year ("5 Nov 2027", "2027年11月5日"), which the field reads back. */
function display(value: string, locale: Locale): string {
  return isIsoDate(value) ? locale.dateWithYear(value) : value;
}

export function DateField({ value = '', onChange, onBlur, label, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [text, setText] = useState(display(value, locale));
  const [shownIn, setShownIn] = useState(locale.language);
  const [shown, setShown] = useState(value);
  const [calendarOpen, setCalendarOpen] = useState(false);

  // A new value from outside (the form reset, the calendar) replaces what the field shows.
  if (value !== shown || locale.language !== shownIn) {
    setShown(value);
    setShownIn(locale.language);
    setText(display(value, locale));
  }

  const commit = (typed: string) => {
    const trimmed = typed.trim();
    const parsed = trimmed ? parseUserDate(trimmed) : '';
    const next = parsed ?? trimmed;
    setText(display(next, locale));
    setShown(next);
    if (next !== value) onChange(next);
  };

  return (
    // The calendar button, not the text field, says that it opens the calendar: a text field may not be "expanded".
    <Popover opened={calendarOpen} onChange={setCalendarOpen} position="bottom-end" shadow="md" trapFocus returnFocus withRoles={false}>
      <Popover.Target>
        <TextInput
          label={label}
          placeholder={t('dateField.placeholder')}
          value={text}
          onChange={(event) => {
            // A complete date counts as soon as it is typed, so an error beside the field clears before the
            // field is left, and the form's layout does not move under the pointer on the way to a button.
            const typed = event.currentTarget.value;
            setText(typed);
            const parsed = parseUserDate(typed);
            if (parsed && parsed !== value) {
              setShown(parsed);
              onChange(parsed);
            }
          }}
          onBlur={(event) => {
            commit(event.currentTarget.value);
            onBlur?.(event);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(event.currentTarget.value);
            if (event.key === 'ArrowDown' && event.altKey) setCalendarOpen(true);
          }}
          rightSection={
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={typeof label === 'string' ? t('dateField.pick', { field: locale.language === 'en' ? label.toLowerCase() : label }) : t('dateField.pickDate')}
              aria-haspopup="dialog"
              aria-expanded={calendarOpen}
              onClick={() => setCalendarOpen((open) => !open)}
            >
              <IconCalendar size={16} />
            </ActionIcon>
          }
          {...props}
        />
      </Popover.Target>
      <Popover.Dropdown
        onKeyDown={(event) => {
          // Escape closes the calendar, not the dialog around it.
          if (event.key === 'Escape') {
            event.stopPropagation();
            setCalendarOpen(false);
          }
        }}
      >
        <DatePicker
          value={isIsoDate(value) ? value : null}
          defaultDate={isIsoDate(value) ? value : undefined}
          firstDayOfWeek={1}
          onChange={(picked) => {
            setCalendarOpen(false);
            if (picked) onChange(picked);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
