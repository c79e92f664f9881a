import { describe, expect, it } from 'vitest';
import { attendanceClasses, type AttendanceClass } from '../../../../src/domain/checks/attendance-classes';
import type { CheckContext } from '../../../../src/domain/checks/check-context';
import type { Finding } from '../../../../src/domain/checks/finding';
import { digestOfPeople } from '../../../../src/domain/checks/fingerprints';
import {
  byFindingId,
  ClassFinding,
  NO_IDS,
  sortedIds,
  WordedFinding,
} from '../../../../src/domain/checks/lazy-finding';
import { doubleBookings } from '../../../../src/domain/checks/rules/double-booking';
import {
  closingReception,
  context,
  earlyLeaver,
  personId,
  plain,
  retimed,
  signing,
  siteVisit,
  stopId,
  withEngagements,
} from './sample-trip-for-checks';
import { inChinese, inEnglish } from '../../../builders/words';
import { travelDocumentMessage } from '../../../../src/domain/checks/finding-wording';
import type { Message } from '../../../../src/domain/shared/message';

describe('findings as the UI reads them', () => {
  const source = withEngagements(retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'));

  it('words a conflict when it is read, the same every time, with all its fields in JSON', () => {
    const [conflict] = doubleBookings(context(source));
    expect(conflict!.message).toBe(conflict!.message);
    expect(conflict).toMatchObject({
      id: `double-booking:${signing.id}:${siteVisit.id}`,
      rule: 'double-booking',
      severity: 'error',
      message: expect.objectContaining({ code: 'checks:finding.doubleBooking' }),
      engagementIds: [signing.id, siteVisit.id],
      journeyIds: [],
      cityIds: [stopId('Tianjin')],
      fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    expect(inEnglish(conflict!.message)).toMatch(/^Joe Anderson, /);
    expect(Object.keys(plain([conflict!])[0]!).sort()).toEqual(
      ['cityIds', 'engagementIds', 'fingerprint', 'id', 'journeyIds', 'message', 'personIds', 'rule', 'severity'].sort(),
    );
    expect(plain([conflict!])[0]!.personIds).toEqual([...conflict!.personIds]);
  });
});

describe('findings worded when read', () => {
  it('works out each part once, on first read, and lists no records of a kind it was not given', () => {
    const calls = { message: 0, personIds: 0, fingerprint: 0 };
    const finding = new WordedFinding('suspicious-time:x', 'suspicious-time', 'warning', { engagementIds: ['x'] }, {
      message: () => travelDocumentMessage(`worded ${++calls.message}`),
      personIds: () => {
        calls.personIds += 1;
        return ['b', 'a'];
      },
      fingerprint: () => `print ${++calls.fingerprint}`,
    });
    expect(calls).toEqual({ message: 0, personIds: 0, fingerprint: 0 });
    expect([inEnglish(finding.message), inEnglish(finding.message)]).toEqual(['worded 1', 'worded 1']);
    expect(finding.personIds).toBe(finding.personIds);
    expect(finding.fingerprint).toBe('print 1');
    expect(calls).toEqual({ message: 1, personIds: 1, fingerprint: 1 });
    expect(finding.journeyIds).toBe(NO_IDS);
    expect(finding.cityIds).toBe(NO_IDS);
    expect(Object.isFrozen(NO_IDS)).toBe(true);
  });

  it('carries its worked-out parts in JSON, not in a spread copy', () => {
    const said = travelDocumentMessage('A visa is awaited.');
    const finding = new WordedFinding('travel-documents:visa:p', 'travel-documents', 'warning', {}, {
      message: () => said,
      personIds: () => ['p'],
      fingerprint: () => '00000001',
    });
    expect(finding.toJSON()).toEqual({
      id: 'travel-documents:visa:p',
      rule: 'travel-documents',
      severity: 'warning',
      message: said,
      personIds: ['p'],
      engagementIds: [],
      journeyIds: [],
      cityIds: [],
      fingerprint: '00000001',
    });
    expect({ ...finding }).not.toHaveProperty('message');
    expect(finding.classesOfPeople()).toBeNull();
  });
});

/** A finding about whole classes that says what it knows of them. */
class ClassProbe extends ClassFinding {
  constructor(context: CheckContext, group: AttendanceClass) {
    super(context, group, 'double-booking:probe', 'double-booking', 'error', NO_IDS, NO_IDS, NO_IDS);
  }

  protected override wordMessage(): Message {
    return this.who;
  }

  get count(): number {
    return this.headcount;
  }

  protected override fingerprintSituation(): string {
    return this.peopleFacts;
  }
}

describe('findings about attendance classes', () => {
  // Someone added to the closing reception by hand has a class of their own beside everyone else's.
  const trip = context(withEngagements({ ...closingReception, addedAttendeeIds: [earlyLeaver] }));
  const classes = attendanceClasses(trip);
  const joes = classes.find((group) => group.personIds.includes(personId('Joe Anderson')))!;
  const leavers = classes.find((group) => group.personIds.includes(earlyLeaver))!;

  it('is about one class’s people, shared, until another class is added', () => {
    const finding = new ClassProbe(trip, joes);
    expect(finding.personIds).toBe(joes.personIds);
    expect(finding.classesOfPeople()).toEqual([joes]);
    expect(inEnglish(finding.message)).toBe(`Joe Anderson, Councillor Phil Davies and ${joes.personIds.length - 2} others`);
    expect(finding.count).toBe(joes.personIds.length);
    expect(finding.fingerprint).toBe(`${joes.personIds.length} people #${joes.peopleDigest}`);
  });

  it('merges the people of every class it is about, in order, and counts and digests them all', () => {
    const finding = new ClassProbe(trip, leavers);
    finding.addClass(joes);
    const everyone = [...joes.personIds, ...leavers.personIds].sort();
    expect(finding.classesOfPeople()).toEqual([leavers, joes]);
    expect(finding.personIds).toEqual(everyone);
    expect(inEnglish(finding.message)).toBe(`Joe Anderson, Councillor Phil Davies and ${everyone.length - 2} others`);
    expect(inChinese(finding.message)).toBe(`Joe Anderson、Councillor Phil Davies及另外${everyone.length - 2}人`);
    expect(finding.count).toBe(everyone.length);
    expect(finding.fingerprint).toBe(`${everyone.length} people #${digestOfPeople(everyone)}`);
  });
});

describe('ids as findings list them', () => {
  it('are each given once, sorted', () => {
    expect(sortedIds(['b', 'a', 'b', 'C'])).toEqual(['C', 'a', 'b']);
    expect(sortedIds(new Set<string>())).toEqual([]);
  });

  it('order findings by id, by code unit rather than locale', () => {
    const withId = (id: string) => ({ id }) as Finding;
    expect(['b', 'a', 'B'].map(withId).sort(byFindingId).map((finding) => finding.id)).toEqual(['B', 'a', 'b']);
  });
});
