import { describe, expect, it } from 'vitest';
import { buildProgramme } from '../../../../src/domain/programme/programme';
import { personalProgrammeInput } from '../../../../src/domain/programme/personal-programme';
import {
  dietarySummary,
  engagementHeadcounts,
  mealSummaryMessage,
  nightHeadcounts,
  travelDocumentWarnings,
} from '../../../../src/domain/people/rollups';
import { inChinese, inEnglish } from '../../../builders/words';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';

let counter = 0;
const sample = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
const stopId = (name: string) => sample.stops.find((stop) => stop.name === name)!.id;
const personId = (name: string) => sample.people.find((person) => person.name.includes(name))!.id;
const lateJoiner = sample.memberships.find(
  (membership) => membership.stopIds.length === 3 && membership.stopIds[0] === stopId('Beijing'),
)!.personId;
const earlyLeaver = sample.memberships.find(
  (membership) => membership.stopIds.length === 5 && !membership.stopIds.includes(stopId('Shanghai')),
)!.personId;
const banquet = sample.engagements.find((engagement) => engagement.stopId === stopId('Kunming') && engagement.kind === 'banquet')!;

describe('a person’s own programme', () => {
  it('starts in Beijing for someone who joins there, with their own flight out', () => {
    const input = personalProgrammeInput(sample, lateJoiner)!;
    expect(input.stops.map((stop) => stop.name)).toEqual(['Beijing', 'Qingdao', 'Shanghai']);
    const days = buildProgramme(input);
    const firstItems = days.flatMap((day) => day.items);
    expect(firstItems[0]?.kind).toBe('departure');
    expect(days.some((day) => day.stopIds.includes(stopId('Kunming')))).toBe(false);
    expect(input.segments.every((segment) => segment.toStopId !== stopId('Kunming'))).toBe(true);
    expect(input.segments.some((segment) => segment.fromStopId === stopId('Shanghai') && segment.toStopId === null)).toBe(true);
  });

  it('leaves out the Kunming banquet for someone who joins in Beijing', () => {
    const input = personalProgrammeInput(sample, lateJoiner)!;
    expect(input.engagements.map((engagement) => engagement.id)).not.toContain(banquet.id);
  });

  it('ends with their own flight home for someone who leaves after Qingdao, without the Shanghai days', () => {
    const input = personalProgrammeInput(sample, earlyLeaver)!;
    expect(input.stops.at(-1)?.name).toBe('Qingdao');
    expect(input.segments.some((segment) => segment.toStopId === stopId('Shanghai'))).toBe(false);
    expect(input.segments.filter((segment) => segment.toStopId === null).every((segment) => segment.travellerIds?.includes(earlyLeaver))).toBe(true);
    expect(input.engagements.some((engagement) => engagement.stopId === stopId('Shanghai'))).toBe(false);
  });

  it('is nothing for someone not on the trip', () => {
    expect(personalProgrammeInput(sample, 'stranger')).toBeNull();
  });
});

describe('roll-ups', () => {
  it('does not count someone who joins in Beijing in the Kunming banquet’s headcount', () => {
    const headcount = engagementHeadcounts([banquet], sample.memberships)[0]!;
    expect(headcount.attendeeIds).not.toContain(lateJoiner);
    expect(headcount.attendeeIds).toContain(personId('Joe Anderson'));
    expect(headcount.attendeeIds.length).toBe(
      sample.memberships.filter((membership) => membership.stopIds.includes(stopId('Kunming'))).length -
        banquet.removedAttendeeIds.length,
    );
  });

  it('counts each hotel night’s members, fewer before the late joiners arrive', () => {
    const nights = nightHeadcounts(sample.stops, sample.accommodations, sample.memberships);
    const kunming = nights.find((night) => night.stopId === stopId('Kunming'))!;
    const beijing = nights.find((night) => night.stopId === stopId('Beijing'))!;
    expect(beijing.personIds.length).toBe(kunming.personIds.length + 3);
  });

  it('does not count in a hotel night those who spend it on their flight in', () => {
    const lateFlight = sample.segments.find((segment) => segment.travellerIds?.includes(lateJoiner))!;
    const dayLater = {
      ...lateFlight,
      departure: zonedTimeOrThrow('2016-11-13T13:15', lateFlight.departure.zone),
      arrival: zonedTimeOrThrow('2016-11-14T06:55', lateFlight.arrival.zone),
    };
    const segments = sample.segments.map((segment) => (segment.id === lateFlight.id ? dayLater : segment));
    const nights = nightHeadcounts(sample.stops, sample.accommodations, sample.memberships, segments);
    const beijing = nights.filter((night) => night.stopId === stopId('Beijing'));
    expect(beijing.map((night) => night.date)).toEqual(['2016-11-13', '2016-11-14']);
    expect(beijing[0]!.personIds).not.toContain(lateJoiner);
    expect(beijing[1]!.personIds).toContain(lateJoiner);
    expect(beijing[0]!.personIds.length).toBe(beijing[1]!.personIds.length - lateFlight.travellerIds!.length);
  });

  it('sums dietary needs for a meal', () => {
    const attendees = engagementHeadcounts([banquet], sample.memberships)[0]!.attendeeIds.map(
      (id) => sample.people.find((person) => person.id === id)!,
    );
    const summary = dietarySummary(attendees);
    expect(inEnglish(mealSummaryMessage(summary))).toMatch(/^\d+ at the meal: /);
    expect(dietarySummary([
      { ...attendees[0]!, dietary: 'Halal' },
      { ...attendees[0]!, dietary: 'halal' },
      { ...attendees[0]!, dietary: 'Nut allergy' },
      { ...attendees[0]!, dietary: '' },
    ])).toEqual({ count: 4, needs: [['Halal', 2], ['Nut allergy', 1]] });
  });

  it('warns of a passport expiring within six months of the trip’s end and a visa not granted near departure', () => {
    const person = sample.people[0]!;
    const warnings = travelDocumentWarnings(
      { startDate: '2027-03-01', endDate: '2027-03-14' },
      [
        { ...person, id: 'short', name: 'Short Passport', passportExpiry: '2027-09-13', visaStatus: 'granted' },
        { ...person, id: 'fine', name: 'Fine Passport', passportExpiry: '2027-09-14', visaStatus: 'granted' },
        { ...person, id: 'waiting', name: 'Still Waiting', passportExpiry: '2030-01-01', visaStatus: 'applied' },
      ],
      '2027-02-15',
    );
    expect(warnings.map((warning) => [warning.personId, warning.kind])).toEqual([
      ['short', 'passport-expiry'],
      ['waiting', 'visa'],
    ]);
    expect(inEnglish(warnings[1]!.message)).toBe('Still Waiting’s visa is “applied”, 14 days before departure.');
    expect(travelDocumentWarnings({ startDate: '2027-03-01', endDate: '2027-03-14' }, [
      { ...person, id: 'waiting', name: 'Still Waiting', passportExpiry: '2030-01-01', visaStatus: 'applied' },
    ], '2027-01-01')).toEqual([]);
  });

  it('says a passport that runs out before the trip starts does so, rather than "less than 6 months after it ends"', () => {
    const [expired] = travelDocumentWarnings(
      { startDate: '2027-03-01', endDate: '2027-03-14' },
      [{ ...sample.people[0]!, id: 'old', name: 'Old Passport', passportExpiry: '2027-02-20', visaStatus: 'granted' }],
      '2027-01-01',
    );
    expect(inEnglish(expired!.message)).toMatch(/^Old Passport’s passport expires on 20 Feb 2027, before the trip starts \(needed until 14 Sep 2027\)\.$/);
    expect(inChinese(expired!.message)).toBe('Old Passport的护照于2027年2月20日到期，早于行程开始（须有效至2027年9月14日）。');
  });
});
