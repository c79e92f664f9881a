import { describe, expect, it } from 'vitest';
import { parseTripDraft, validateTripDraft } from '../../../../src/domain/trip/trip';
import { copyName } from '../../../../src/domain/trip/trip-duplication';
import { aTripDraft } from '../../../builders/trip-draft';
import { allInEnglish, inChinese, inEnglish } from '../../../builders/words';
import type { Message } from '../../../../src/domain/shared/message';

const english = (said: Message | undefined) => (said === undefined ? undefined : inEnglish(said));

describe('trip form rules', () => {
  it('accepts a named trip with a real home zone and end after start', () => {
    expect(validateTripDraft(aTripDraft().build())).toEqual({});
  });

  it('requires a name', () => {
    expect(english(validateTripDraft(aTripDraft().named('   ').build()).name)).toBe('Give the trip a name.');
  });

  it('refuses an end before the start, naming the end date', () => {
    const errors = validateTripDraft(aTripDraft().from('2027-03-10').to('2027-03-09').build());
    expect(allInEnglish(errors)).toEqual({ endDate: 'The trip cannot end before it starts.' });
  });

  it('allows a one-day trip', () => {
    expect(validateTripDraft(aTripDraft().from('2027-03-10').to('2027-03-10').build())).toEqual({});
  });

  it('refuses a home zone that is not an IANA zone, with an example of one that is', () => {
    expect(english(validateTripDraft(aTripDraft().withHomeZone('GMT+1').build()).homeZone)).toMatch(/Europe\/London/);
    expect(english(validateTripDraft(aTripDraft().withHomeZone('').build()).homeZone)).toMatch(/Choose/);
  });

  it('names typed text that is not a date', () => {
    expect(english(validateTripDraft(aTripDraft().from('31/02/2027').build()).startDate)).toBe(
      '“31/02/2027” is not a date. Type it like 5 Nov 2027.',
    );
    expect(english(validateTripDraft(aTripDraft().from('2027-02-30').build()).startDate)).toMatch(/is not a date/);
  });

  it('refuses years that can only be typing mistakes, and trips longer than a year', () => {
    expect(english(validateTripDraft(aTripDraft().from('0001-01-01').build()).startDate)).toBe(
      'Enter a date between 1900 and 2100.',
    );
    expect(english(validateTripDraft(aTripDraft().from('2027-01-01').to('2028-06-01').build()).endDate)).toMatch(/a year at most/);
  });

  it('says each problem in Chinese too', () => {
    const chinese = (said: Message | undefined) => (said === undefined ? undefined : inChinese(said));
    expect(chinese(validateTripDraft(aTripDraft().named('').build()).name)).toBe('请填写行程名称。');
    expect(chinese(validateTripDraft(aTripDraft().named('x'.repeat(201)).build()).name)).toBe('名称请少于200个字符。');
    expect(chinese(validateTripDraft(aTripDraft().withHomeZone('GMT+1').build()).homeZone)).toBe(
      '“GMT+1”不是时区，请从列表中选择。',
    );
    expect(chinese(validateTripDraft(aTripDraft().from('31/02/2027').build()).startDate)).toBe(
      '“31/02/2027”不是日期。请按2027-11-05的格式输入。',
    );
    expect(chinese(validateTripDraft(aTripDraft().from('0001-01-01').build()).startDate)).toBe(
      '请输入1900年至2100年之间的日期。',
    );
    expect(chinese(validateTripDraft(aTripDraft().from('2027-03-10').to('2027-03-09').build()).endDate)).toBe(
      '行程结束日期不能早于开始日期。',
    );
    expect(chinese(validateTripDraft({ ...aTripDraft().build(), conflictBufferMinutes: 300 }).conflictBufferMinutes)).toBe(
      '请输入0至240之间的整数分钟数。',
    );
  });

  it('keeps the English of a long name and a buffer out of range', () => {
    expect(english(validateTripDraft(aTripDraft().named('x'.repeat(201)).build()).name)).toBe(
      'Keep the name under 200 characters.',
    );
    expect(english(validateTripDraft({ ...aTripDraft().build(), conflictBufferMinutes: -1 }).conflictBufferMinutes)).toBe(
      'Enter a whole number of minutes from 0 to 240.',
    );
  });

  it('stores the home zone as the time zone database spells it', () => {
    const parsed = parseTripDraft(aTripDraft().withHomeZone('asia/shanghai').build());
    expect(parsed.ok && parsed.value.homeZone).toBe('Asia/Shanghai');
  });

  it('trims what it saves', () => {
    const parsed = parseTripDraft(aTripDraft().named('  Mission  ').withHomeZone(' Europe/London ').build());
    expect(parsed.ok && parsed.value.name).toBe('Mission');
    expect(parsed.ok && parsed.value.homeZone).toBe('Europe/London');
  });
});

describe('copy names', () => {
  it('names copies without clashing', () => {
    expect(copyName('Mission', ['Mission'])).toBe('Mission (copy)');
    expect(copyName('Mission', ['Mission', 'Mission (copy)'])).toBe('Mission (copy 2)');
    expect(copyName('Mission (copy)', ['Mission', 'Mission (copy)'])).toBe('Mission (copy 2)');
  });
});
