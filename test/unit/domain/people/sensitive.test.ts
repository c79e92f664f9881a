import { describe, expect, it } from 'vitest';
import { maskDateOfBirth, maskPassportNumber } from '../../../../src/domain/people/sensitive';

describe('passport numbers and dates of birth on screen', () => {
  it('show a passport number by its last three characters only', () => {
    expect(maskPassportNumber('533417892')).toBe('••••••892');
    expect(maskPassportNumber(' E58219473 ')).toBe('••••••473');
    expect(maskPassportNumber('123456789')).not.toContain('123456');
  });

  it('hide a very short passport number whole, and show nothing for none', () => {
    expect(maskPassportNumber('X12')).toBe('•••');
    expect(maskPassportNumber('')).toBe('');
  });

  it('show a date of birth by its year only', () => {
    expect(maskDateOfBirth('1980-12-31')).toBe('•••• 1980');
    expect(maskDateOfBirth('1980-12-31')).not.toContain('12');
    expect(maskDateOfBirth(null)).toBe('');
  });
});
