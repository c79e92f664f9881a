import { describe, expect, it } from 'vitest';
import { countedNoun } from '../../../../src/domain/shared/counted-noun';

describe('a count with its noun', () => {
  it('is singular for one and plural otherwise, zero included', () => {
    expect(countedNoun(1, 'night')).toBe('1 night');
    expect(countedNoun(3, 'night')).toBe('3 nights');
    expect(countedNoun(0, 'hotel booking')).toBe('0 hotel bookings');
  });

  it('takes an irregular plural', () => {
    expect(countedNoun(2, 'person', 'people')).toBe('2 people');
    expect(countedNoun(1, 'calendar was', 'calendars were')).toBe('1 calendar was');
  });
});
