import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../src/domain/people/person';
import { dietarySummary, mealSummaryMessage, needsMessage } from '../../../../src/domain/people/rollups';
import { inChinese, inEnglish } from '../../../builders/words';

const guest = (dietary: string) => ({ dietary }) as Person;

describe('what the kitchen is told', () => {
  const seventeen = [guest('Halal'), guest('halal'), guest('Vegetarian'), ...Array.from({ length: 14 }, () => guest(''))];

  it('counts the meal and its needs, most common first, in English', () => {
    expect(inEnglish(mealSummaryMessage(dietarySummary(seventeen)))).toBe('17 at the meal: 2 halal, 1 vegetarian');
    expect(inEnglish(mealSummaryMessage(dietarySummary([guest(''), guest('none')])))).toBe('2 at the meal');
  });

  it('says it in Chinese with the count before the people', () => {
    expect(inChinese(mealSummaryMessage(dietarySummary(seventeen.slice(0, 2).concat(seventeen.slice(3)))))).toBe('16人用餐：2人halal');
    expect(inChinese(mealSummaryMessage(dietarySummary([guest('清真'), guest('清真'), ...Array.from({ length: 15 }, () => guest(''))])))).toBe(
      '17人用餐：2人清真',
    );
  });

  it('has no needs to name when nobody has any', () => {
    expect(needsMessage(dietarySummary([guest('')]))).toBeNull();
  });
});
