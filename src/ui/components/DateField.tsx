/** A date field that takes dates as people type them ("1 Mar 2027", "01/03/2027", "2027-03-01") or picks. */
import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseUserDate } from '../../domain/time';

export function DateField(props: Omit<DateInputProps, 'dateParser' | 'valueFormat'>) {
  return (
    <DateInput
      valueFormat="D MMM YYYY"
      placeholder="e.g. 5 Nov 2016"
      dateParser={(text) => parseUserDate(text)}
      firstDayOfWeek={1}
      {...props}
    />
  );
}
