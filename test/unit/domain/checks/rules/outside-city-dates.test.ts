import { describe, expect, it } from 'vitest';
import { engagementsOutsideCityDates } from '../../../../../src/domain/checks/rules/outside-city-dates';
import { runChecks } from '../../../../../src/domain/checks/run-checks';
import { context, foreignAffairs, qingdaoMeeting, retimed, sample, TODAY, withEngagements } from '../sample-trip-for-checks';
import { inEnglish } from '../../../../builders/words';

describe('engagements outside their city’s dates', () => {
  it('finds a Qingdao meeting on a day the delegation is already in Shanghai', () => {
    const source = withEngagements(retimed(qingdaoMeeting, '2016-11-18T10:00', '2016-11-18T11:30'));
    const [conflict, ...rest] = engagementsOutsideCityDates(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.engagementIds).toEqual([qingdaoMeeting.id]);
    expect(inEnglish(conflict!.message)).toBe(
      '“Meeting with the Qingdao Municipal Bureau of Commerce” is on Fri 18 Nov in Qingdao, but the delegation is there from Tue 15 Nov to Thu 17 Nov.',
    );
  });

  it('reports an engagement in a city on a day the delegation is elsewhere once, not as clashes there', () => {
    // In Kunming on the day of the MoU signing in Tianjin: those "at" it are in Tianjin.
    const source = withEngagements(
      retimed(foreignAffairs, '2016-11-12T10:00', '2016-11-12T11:00'),
    );
    const found = runChecks(source, { today: TODAY }).filter((conflict) =>
      conflict.engagementIds.includes(foreignAffairs.id),
    );
    expect(found.map((conflict) => conflict.rule)).toEqual(['outside-stop-dates']);
  });

  it('finds none in the sample trip', () => {
    expect(engagementsOutsideCityDates(context(sample))).toEqual([]);
  });
});
