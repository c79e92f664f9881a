import { describe, expect, it } from 'vitest';
import type { CheckSource } from '../../../../src/domain/checks/check-context';
import type { Finding } from '../../../../src/domain/checks/finding';
import { findingsIndex } from '../../../../src/domain/checks/findings-index';
import { runChecks } from '../../../../src/domain/checks/run-checks';
import {
  briefing,
  closingReception,
  earlyLeaver,
  personId,
  qingdaoMeeting,
  retimed,
  sample,
  siteVisit,
  stopId,
  TODAY,
  withEngagements,
} from './sample-trip-for-checks';
import { travelDocumentMessage } from '../../../../src/domain/checks/finding-wording';

describe('the findings index', () => {
  it('finds the conflicts about each engagement, journey, city and person', () => {
    const busy: CheckSource = {
      ...withEngagements(
        retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'),
        retimed(briefing, '2016-11-13T10:15', '2016-11-13T11:00'),
        retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00'),
        { ...closingReception, addedAttendeeIds: [earlyLeaver] },
      ),
      accommodations: sample.accommodations.filter((stay) => stay.stopId !== stopId('Shanghai')),
    };
    const conflicts = runChecks(busy, { today: TODAY });
    expect(new Set(conflicts.map((conflict) => conflict.rule)).size).toBeGreaterThan(4);
    const index = findingsIndex(conflicts);
    const fields = [
      [index.byEngagement, 'engagementIds'],
      [index.byJourney, 'journeyIds'],
      [index.byCity, 'cityIds'],
      [index.byPerson, 'personIds'],
    ] as const;
    for (const [map, field] of fields) {
      const ids = new Set(conflicts.flatMap((conflict) => conflict[field]));
      expect(new Set(map.keys())).toEqual(ids);
      for (const id of ids) expect(map.get(id)).toEqual(conflicts.filter((conflict) => conflict[field].includes(id)));
    }
    expect(index.byPerson.get(personId('Joe Anderson'))!.length).toBeGreaterThan(1);
  });
});

describe('the findings index, record by record', () => {
  it('lists a finding made outside the engine by the people it names', () => {
    const made: Finding = {
      id: 'travel-documents:visa:p',
      rule: 'travel-documents',
      severity: 'warning',
      message: travelDocumentMessage('A visa is awaited.'),
      personIds: ['p', 'q'],
      engagementIds: [],
      journeyIds: [],
      cityIds: ['s'],
      fingerprint: '00000001',
    };
    const index = findingsIndex([made]);
    expect(index.byPerson.get('p')).toEqual([made]);
    expect(index.byPerson.get('q')).toEqual([made]);
    expect(index.byCity.get('s')).toEqual([made]);
    expect(index.byEngagement.size).toBe(0);
    expect(findingsIndex([]).byPerson.size).toBe(0);
  });

  it('gives the people of one attendance class one shared list, and each map once', () => {
    const findings = runChecks(withEngagements(retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00')), { today: TODAY });
    const index = findingsIndex(findings);
    const joes = index.byPerson.get(personId('Joe Anderson'))!;
    expect(joes.map((finding) => finding.rule)).toEqual(['double-booking']);
    expect(index.byPerson.get(personId('Phil Davies'))).toBe(joes);
    expect(index.byPerson).toBe(index.byPerson);
    expect(index.byEngagement).toBe(index.byEngagement);
  });
});
