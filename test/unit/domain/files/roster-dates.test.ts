import { describe, expect, it } from 'vitest';
import { fileDateOrder, parseRosterDate } from '../../../../src/domain/files/roster-dates';

describe('reading a date as forms write it', () => {
  it('reads the common formats of 31 December 1980', () => {
    for (const text of [
      '31/12/1980',
      '1980-12-31',
      '12/31/1980',
      '31.12.1980',
      '31-12-1980',
      '1980/12/31',
      '1980年12月31日',
      '１９８０年１２月３１日',
      '31 Dec 1980',
      '31-Dec-1980',
      '31 December 1980',
      'December 31, 1980',
      'Dec 31 1980',
      '1980-12-31 00:00:00',
      '1980-12-31T00:00:00Z',
      ' 31/12/1980 ',
    ]) {
      expect([text, parseRosterDate(text, 'day-first')]).toEqual([text, '1980-12-31']);
    }
  });

  it('reads two numbers under the order the file uses, and a date that shows its order that way whatever the file says', () => {
    expect(parseRosterDate('03/04/1980', 'day-first')).toBe('1980-04-03');
    expect(parseRosterDate('03/04/1980', 'month-first')).toBe('1980-03-04');
    expect(parseRosterDate('3/4/1980', 'month-first')).toBe('1980-03-04');
    expect(parseRosterDate('12/31/1980', 'day-first')).toBe('1980-12-31');
    expect(parseRosterDate('31/12/1980', 'month-first')).toBe('1980-12-31');
    // Dots are written day first only.
    expect(parseRosterDate('03.04.1980', 'month-first')).toBe('1980-04-03');
  });

  it('reads nothing that is not a real date between 1900 and 2100', () => {
    for (const text of ['3rd June 1975', '30/02/1980', '31/13/1980', '1980-13-01', '12/31/80', '0000-01-01', '1850-06-01', 'unknown', '=1+1', '']) {
      expect([text, parseRosterDate(text, 'day-first')]).toEqual([text, null]);
    }
  });
});

describe('the order of a file’s dates', () => {
  it('is day first when a date shows it, or when no date reads two ways', () => {
    expect(fileDateOrder(['03/04/1980', '23/11/1966'])).toEqual({ kind: 'clear', order: 'day-first' });
    expect(fileDateOrder(['1980-04-03', '31 Dec 1980', '05/05/1980', ''])).toEqual({ kind: 'clear', order: 'day-first' });
    expect(fileDateOrder([])).toEqual({ kind: 'clear', order: 'day-first' });
  });

  it('is month first when a date shows that and none shows day first', () => {
    expect(fileDateOrder(['03/04/1980', '11/23/1966'])).toEqual({ kind: 'clear', order: 'month-first' });
  });

  it('is asked about, with the first such date read both ways, when every date could be either', () => {
    expect(fileDateOrder(['1980-01-01', '03/04/1980', '11/02/1985'])).toEqual({
      kind: 'ask',
      example: { text: '03/04/1980', dayFirst: '1980-04-03', monthFirst: '1980-03-04' },
    });
  });

  it('is asked about when the dates show both orders and some read either way', () => {
    expect(fileDateOrder(['23/11/1966', '11/23/1966', '03/04/1980'])).toMatchObject({ kind: 'ask', example: { text: '03/04/1980' } });
  });
});
