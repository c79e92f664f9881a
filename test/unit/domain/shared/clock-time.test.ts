import { describe, expect, it } from 'vitest';
import { addMinutesToTime, clockTimeProblem, parseClockTime } from '../../../../src/domain/shared/clock-time';
import { message } from '../../../../src/domain/shared/message';
import { inChinese, inEnglish } from '../../../builders/words';

const understood = (typed: string) => {
  const result = parseClockTime(typed);
  return result.ok ? result.value : `refused: ${result.error.code}`;
};

describe('a time as an organiser types it', () => {
  it.each([
    ['2240', '22:40'],
    ['22:40', '22:40'],
    ['22.40', '22:40'],
    ['22h40', '22:40'],
    ['9:30', '09:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['9', '09:00'],
    ['22', '22:00'],
    ['0', '00:00'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['10:40pm', '22:40'],
    ['10:40 PM', '22:40'],
    ['10.40 p.m.', '22:40'],
    ['10pm', '22:00'],
    ['12am', '00:00'],
    ['12:30am', '00:30'],
    ['12pm', '12:00'],
    ['7 a.m.', '07:00'],
    [' 22:40 ', '22:40'],
    ['２２：４０', '22:40'],
  ])('reads %j as %s', (typed, expected) => {
    expect(understood(typed)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['half past ten', 'unreadable'],
    ['22:4', 'unreadable'],
    ['10:40:30', 'unreadable'],
    ['22-40', 'unreadable'],
    ['12345', 'unreadable'],
    ['-1', 'unreadable'],
    ['24:00', 'out-of-range'],
    ['2400', 'out-of-range'],
    ['25', 'out-of-range'],
    ['10:60', 'out-of-range'],
    ['13pm', 'out-of-range'],
    ['22:40pm', 'out-of-range'],
    ['0am', 'out-of-range'],
  ])('refuses %j (%s)', (typed, code) => {
    expect(understood(typed)).toBe(`refused: ${code}`);
  });

  it('says what went wrong, naming the field and showing the form it wants', () => {
    const startTime = message('common:clockTime.field.startTime');
    expect(inEnglish(clockTimeProblem({ code: 'empty' }, startTime))).toBe('Enter the start time, such as 14:30.');
    expect(inEnglish(clockTimeProblem({ code: 'unreadable', text: 'noon-ish' }, startTime))).toBe(
      '“noon-ish” is not a time. Type it in 24-hour form, such as 22:40 or 2240.',
    );
    expect(inEnglish(clockTimeProblem({ code: 'out-of-range', text: '25:00' }, startTime))).toMatch(/hours go from 00 to 23/);
  });

  it('says it in Chinese too', () => {
    const startTime = message('common:clockTime.field.startTime');
    expect(inChinese(clockTimeProblem({ code: 'empty' }, startTime, '10:00'))).toBe('请输入开始时间，例如10:00。');
    expect(inChinese(clockTimeProblem({ code: 'unreadable', text: 'noon-ish' }, startTime))).toBe(
      '“noon-ish”不是时间。请按24小时制输入，例如22:40或2240。',
    );
    expect(inChinese(clockTimeProblem({ code: 'out-of-range', text: '25:00' }, startTime))).toMatch(/小时为00至23/);
  });
});

describe('moving a time of day', () => {
  it('adds minutes to a time of day', () => {
    expect(addMinutesToTime('09:30', 90)).toBe('11:00');
    expect(addMinutesToTime('23:30', 60)).toBe('00:30');
    expect(addMinutesToTime('00:10', -15)).toBe('23:55');
  });
});
