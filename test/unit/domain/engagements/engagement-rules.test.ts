import { describe, expect, it } from 'vitest';
import {
  emptyEngagementDetails,
  ENGAGEMENT_DETAILS,
  engagementDetailsOf,
  engagementSchema,
  type FollowUp,
} from '../../../../src/domain/engagements/engagement';
import {
  attendanceCalculator,
  attendanceOf,
  cityForEngagement,
  emptyEngagementDraft,
  engagementEndDate,
  engagementToDraft,
  endTimeAfterKindChange,
  parseEngagementDraft,
  parseFollowUpDraft,
} from '../../../../src/domain/engagements/engagement-rules';
import { followUpsCsv } from '../../../../src/domain/files/follow-up-csv';
import type { Membership } from '../../../../src/domain/people/person';
import type { City } from '../../../../src/domain/route/city';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { localeOf } from '../../../../src/i18n/locale';
import { allInEnglish, inChinese, inEnglish, testI18n } from '../../../builders/words';

const stop = (id: string, timeZone = 'Asia/Shanghai'): City => ({
  id,
  tripId: 'trip',
  position: 0,
  name: id,
  nameLocal: '',
  country: 'CN',
  timeZone,
  latitude: null,
  longitude: null,
  arrivalDate: '2016-11-11',
  departureDate: '2016-11-13',
  notes: '',
});

const member = (personId: string, stopIds: string[]): Membership => ({
  id: `m-${personId}`,
  tripId: 'trip',
  personId,
  role: 'delegate',
  stopIds,
  notes: '',
  calendarExportedAt: null,
});

describe('booking an engagement', () => {
  it('places 10:00 in Tianjin at 02:00 UTC, in the city’s zone whatever the machine’s', () => {
    const draft = { ...emptyEngagementDraft('tianjin', '2016-11-12'), title: 'MoU signing', endTime: '11:00' };
    const parsed = parseEngagementDraft(draft, [stop('tianjin')]);
    expect(parsed.ok && parsed.value.start).toEqual({ local: '2016-11-12T10:00', zone: 'Asia/Shanghai', utc: '2016-11-12T02:00:00Z' });
    expect(parsed.ok && parsed.value.end.utc).toBe('2016-11-12T03:00:00Z');
  });

  it('runs an end time earlier than the start into the next day', () => {
    const draft = { ...emptyEngagementDraft('tianjin', '2016-11-12', '22:00'), title: 'Night market', endTime: '01:00' };
    const parsed = parseEngagementDraft(draft, [stop('tianjin')]);
    expect(parsed.ok && parsed.value.end.local).toBe('2016-11-13T01:00');
  });

  it('says an end before the start ends before it starts, not that it lasts 23 hours', () => {
    const draft = { ...emptyEngagementDraft('tianjin', '2016-11-12', '15:00'), title: 'Tea', endTime: '14:00' };
    const parsed = parseEngagementDraft(draft, [stop('tianjin')]);
    expect(!parsed.ok && inEnglish(parsed.error.endTime!)).toMatch(/^It ends before it starts/);
    expect(!parsed.ok && inChinese(parsed.error.endTime!)).toMatch(/^结束时间早于开始时间/);
  });

  it('names each missing or impossible field', () => {
    const parsed = parseEngagementDraft(
      { ...emptyEngagementDraft('nowhere', '2016-02-30'), startTime: '25:00' },
      [stop('tianjin')],
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(allInEnglish(parsed.error)).toMatchObject({
      title: 'Give the engagement a title.',
      stopId: 'Choose the city where it happens.',
      startTime: '“25:00” is not a time of day: hours go from 00 to 23 (1 to 12 with am or pm), minutes from 00 to 59.',
    });
    expect(inEnglish(parsed.error.date!)).toMatch(/is not a date/);
    expect(inChinese(parsed.error.title!)).toBe('请填写活动名称。');
  });

  it('reads times as organisers type them, and refuses what is not a time with a message naming the field', () => {
    const typed = { ...emptyEngagementDraft('tianjin', '2016-11-12'), title: 'Dinner', startTime: '1930', endTime: '10:40pm' };
    const parsed = parseEngagementDraft(typed, [stop('tianjin')]);
    expect(parsed.ok && [parsed.value.start.local, parsed.value.end.local]).toEqual(['2016-11-12T19:30', '2016-11-12T22:40']);
    const refused = parseEngagementDraft({ ...typed, startTime: 'after lunch', endTime: '' }, [stop('tianjin')]);
    expect(!refused.ok && allInEnglish(refused.error)).toMatchObject({
      startTime: '“after lunch” is not a time. Type it in 24-hour form, such as 22:40 or 2240.',
      endTime: 'Enter the end time, such as 11:30.',
    });
  });

  it('books a time in the hour the clocks go back over at its first occurrence, or the second when chosen', () => {
    const la = [stop('la', 'America/Los_Angeles')];
    const draft = { ...emptyEngagementDraft('la', '2027-11-07', '01:30'), title: 'Night call', endTime: '02:15' };
    const first = parseEngagementDraft(draft, la);
    expect(first.ok && first.value.start.utc).toBe('2027-11-07T08:30:00Z');
    const second = parseEngagementDraft({ ...draft, startOccurrence: 'second' }, la);
    expect(second.ok && second.value.start.utc).toBe('2027-11-07T09:30:00Z');
    // 01:40 (summer time) to 01:10 (winter time) is half an hour on the same night, not a day.
    const across = parseEngagementDraft({ ...draft, startTime: '01:40', endTime: '01:10', endOccurrence: 'second' }, la);
    expect(across.ok && [across.value.start.utc, across.value.end.utc]).toEqual(['2027-11-07T08:40:00Z', '2027-11-07T09:10:00Z']);
  });

  it('tells the form which date an end falls on, by the booking’s own rule', () => {
    const at = (startTime: string, endTime: string, endOccurrence?: 'second') =>
      engagementEndDate({ date: '2027-11-07', startTime, endTime, endOccurrence }, 'America/Los_Angeles');
    expect(at('19:00', '22:00')).toBe('2027-11-07');
    expect(at('22:00', '01:00')).toBe('2027-11-08');
    expect(at('01:40', '01:10', 'second')).toBe('2027-11-07');
  });

  it('gives the form back the occurrence an engagement was booked at', () => {
    const la = [stop('la', 'America/Los_Angeles')];
    const draft = { ...emptyEngagementDraft('la', '2027-11-07', '01:30'), title: 'Night call', endTime: '02:15', startOccurrence: 'second' as const };
    const parsed = parseEngagementDraft(draft, la);
    if (!parsed.ok) throw new Error('expected an engagement');
    const engagement = { ...parsed.value, id: 'e1', tripId: 't1', calendar: { uid: 'u', sequence: 0 }, createdAt: '', updatedAt: '', outcome: '' };
    expect(engagementToDraft(engagement as never)).toMatchObject({ startTime: '01:30', startOccurrence: 'second', endOccurrence: 'first' });
  });

  it('refuses a start in the hour the clocks skip, in a city that changes its clocks', () => {
    const parsed = parseEngagementDraft(
      { ...emptyEngagementDraft('london', '2027-03-28', '01:30'), title: 'Breakfast', endTime: '03:00' },
      [stop('london', 'Europe/London')],
    );
    expect(!parsed.ok && inEnglish(parsed.error.startTime!)).toBe('Sun 28 Mar 2027, 01:30 does not exist in Europe/London: the clocks go forward then.');
    expect(!parsed.ok && inChinese(parsed.error.startTime!)).toBe('2027年3月28日 周日 01:30在Europe/London不存在：当时时钟拨快。');
  });
});

describe('attendance follows membership', () => {
  const memberships = [member('mayor', ['kunming', 'tianjin']), member('late', ['beijing']), member('academic', ['tianjin'])];

  it('is everyone present at the city by default', () => {
    const attendance = attendanceOf({ stopId: 'kunming', addedAttendeeIds: [], removedAttendeeIds: [] }, memberships);
    expect(attendance.attendeeIds).toEqual(['mayor']);
  });

  it('leaves out someone who joins later, and those removed by hand', () => {
    const attendance = attendanceOf({ stopId: 'tianjin', addedAttendeeIds: [], removedAttendeeIds: ['academic'] }, memberships);
    expect(attendance.attendeeIds).toEqual(['mayor']);
  });

  it('flags someone added who is not at that city, never accepting them silently', () => {
    const attendance = attendanceOf({ stopId: 'kunming', addedAttendeeIds: ['late'], removedAttendeeIds: [] }, memberships);
    expect(attendance).toEqual({ attendeeIds: ['mayor', 'late'], notAtStopIds: ['late'] });
  });
});

describe('follow-ups', () => {
  it('need a description and a real due date if any', () => {
    const parsed = parseFollowUpDraft({ description: ' ', owner: '', dueDate: '2016-13-01' });
    expect(!parsed.ok && allInEnglish(parsed.error)).toEqual({
      description: 'Say what needs doing.',
      dueDate: '“2016-13-01” is not a date. Type it like 30 Nov 2016.',
    });
  });

  it('export as CSV that a spreadsheet cannot run as formulas', () => {
    const followUp: FollowUp = {
      id: 'f',
      tripId: 't',
      engagementId: 'e',
      description: '=HYPERLINK("http://evil.example","click")',
      owner: '+Ellen, Cutler',
      dueDate: '2016-12-01',
      done: false,
      createdAt: '2016-11-12T00:00:00Z',
    };
    const csv = followUpsCsv([{ followUp, engagementTitle: 'MoU signing', engagementDate: '2016-11-12', tripName: 'Mission' }], localeOf(testI18n('en')));
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('Trip,Engagement,Engagement date,Action,Owner,Due,Done');
    expect(row).toBe(`Mission,MoU signing,2016-11-12,"'=HYPERLINK(""http://evil.example"",""click"")","'+Ellen, Cutler",2016-12-01,no`);
  });
});

describe('the free-text details of an engagement', () => {
  it('are each in the draft, empty for a new engagement, and saved trimmed', () => {
    const tianjin = stop('tianjin');
    const draft = emptyEngagementDraft(tianjin.id, '2016-11-12');
    for (const { field } of ENGAGEMENT_DETAILS) expect(draft[field], field).toBe('');
    const parsed = parseEngagementDraft(
      { ...draft, title: 'MoU signing', dressCode: '  Business attire ', briefingNotes: 'Two originals.\n' },
      [tianjin],
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value).toMatchObject({ dressCode: 'Business attire', gifts: '', objectives: '', briefingNotes: 'Two originals.' });
  });

  it('read from a record older than a detail, give that detail empty', () => {
    const details = engagementDetailsOf({ dressCode: 'Smart casual' });
    expect(details).toMatchObject({ dressCode: 'Smart casual', gifts: '', objectives: '', briefingNotes: '' });
    expect(details).toEqual({ ...emptyEngagementDetails(), dressCode: 'Smart casual' });
  });

  it('are each a text field of the stored record', () => {
    for (const { field } of ENGAGEMENT_DETAILS) expect(engagementSchema.shape[field].safeParse('text').success, field).toBe(true);
  });
});

describe('the engagement form keeps what the organiser typed', () => {
  const draft = emptyEngagementDraft('tianjin', '2016-11-12', '10:00');

  it('moves an end the form proposed when a meeting becomes a banquet', () => {
    expect(draft.endTime).toBe('11:00');
    expect(endTimeAfterKindChange(draft, 'banquet', false)).toBe('12:00');
    expect(endTimeAfterKindChange({ startTime: '19:00', endTime: '20:00' }, 'forum', false)).toBe('22:00');
  });

  it('keeps an end set by hand when the kind changes', () => {
    expect(endTimeAfterKindChange({ startTime: '10:00', endTime: '12:30' }, 'banquet', true)).toBe('12:30');
    expect(endTimeAfterKindChange({ startTime: '10:00', endTime: '10:45' }, 'briefing', true)).toBe('10:45');
  });

  it('leaves the end alone while the start is unfinished', () => {
    expect(endTimeAfterKindChange({ startTime: '', endTime: '11:00' }, 'banquet', false)).toBe('11:00');
  });
});

describe('the city a new engagement starts in', () => {
  let counter = 0;
  const sample = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
  const cityName = (id: string | null) => sample.stops.find((candidate) => candidate.id === id)?.name;

  it('is the city the delegation leaves before the journey departs, and the one it reaches after', () => {
    // 9 Nov 2016: MU5857 leaves Kunming at 10:20 for Chongqing.
    expect(cityName(cityForEngagement(sample, { date: '2016-11-09', startTime: '09:00' }))).toBe('Kunming');
    expect(cityName(cityForEngagement(sample, { date: '2016-11-09', startTime: '18:30' }))).toBe('Chongqing');
  });

  it('is not decided while the date or the time is unfinished', () => {
    expect(cityForEngagement(sample, { date: '2016-11-09', startTime: '9:' })).toBeNull();
    expect(cityForEngagement(sample, { date: '9 Nov', startTime: '09:00' })).toBeNull();
  });
});

describe('attendance for a whole trip', () => {
  const memberships = [
    { personId: 'ann', stopIds: ['tianjin', 'beijing'] },
    { personId: 'bo', stopIds: ['beijing'] },
  ] as Membership[];
  const banquet = { stopId: 'beijing', addedAttendeeIds: [] as string[], removedAttendeeIds: [] as string[] };

  it('gives each caller a list of its own, the same each time it is asked', () => {
    const attendance = attendanceCalculator(memberships);
    const first = attendance(banquet);
    first.attendeeIds.push('someone else');
    expect(attendance(banquet).attendeeIds).toEqual(['ann', 'bo']);
  });

  it('works out an engagement again once who is added or left out changes', () => {
    const attendance = attendanceCalculator(memberships);
    expect(attendance(banquet).attendeeIds).toEqual(['ann', 'bo']);
    expect(attendance({ ...banquet, removedAttendeeIds: ['bo'], addedAttendeeIds: ['ann'] }).attendeeIds).toEqual(['ann']);
    expect(attendance({ ...banquet, stopId: 'tianjin', addedAttendeeIds: ['bo'] })).toEqual({ attendeeIds: ['ann', 'bo'], notAtStopIds: ['bo'] });
  });
});
