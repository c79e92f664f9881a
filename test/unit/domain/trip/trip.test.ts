import { describe, expect, it } from 'vitest';
import { parseTripDraft, validateTripDraft } from '../../../../src/domain/trip/trip';
import { copyName } from '../../../../src/domain/trip/trip-duplication';
import { aTripDraft } from '../../../builders/trip-draft';

describe('trip form rules', () => {
  it('accepts a named trip with a real home zone and end after start', () => {
    expect(validateTripDraft(aTripDraft().build())).toEqual({});
  });

  it('requires a name', () => {
    expect(validateTripDraft(aTripDraft().named('   ').build()).name).toBe('Give the trip a name.');
  });

  it('refuses an end before the start, naming the end date', () => {
    const errors = validateTripDraft(aTripDraft().from('2027-03-10').to('2027-03-09').build());
    expect(errors).toEqual({ endDate: 'The trip cannot end before it starts.' });
  });

  it('allows a one-day trip', () => {
    expect(validateTripDraft(aTripDraft().from('2027-03-10').to('2027-03-10').build())).toEqual({});
  });

  it('refuses a home zone that is not an IANA zone, with an example of one that is', () => {
    expect(validateTripDraft(aTripDraft().withHomeZone('GMT+1').build()).homeZone).toMatch(/Europe\/London/);
    expect(validateTripDraft(aTripDraft().withHomeZone('').build()).homeZone).toMatch(/Choose/);
  });

  it('names typed text that is not a date', () => {
    expect(validateTripDraft(aTripDraft().from('31/02/2027').build()).startDate).toBe(
      '“31/02/2027” is not a date. Type it like 5 Nov 2027.',
    );
    expect(validateTripDraft(aTripDraft().from('2027-02-30').build()).startDate).toMatch(/is not a date/);
  });

  it('refuses years that can only be typing mistakes, and trips longer than a year', () => {
    expect(validateTripDraft(aTripDraft().from('0001-01-01').build()).startDate).toBe(
      'Enter a date between 1900 and 2100.',
    );
    expect(validateTripDraft(aTripDraft().from('2027-01-01').to('2028-06-01').build()).endDate).toMatch(/a year at most/);
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
