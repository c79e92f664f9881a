/**
 * The sample trip (Liverpool to China, November 2016) as the checks' tests read it, with the engagements the
 * tests move about and ways to move them. The sample has no double booking, nothing tight and a hotel every
 * night, so each test makes the one problem it is about. Its ground logistics (whose minibus is too small for a
 * meeting, and a meeting without its interpreter, for the logistics checks to show) are kept apart, in
 * `sampleLogistics`, for the tests that are about them.
 */
import { checkContext, type CheckSource } from '../../../../src/domain/checks/check-context';
import type { Finding } from '../../../../src/domain/checks/finding';
import type { Engagement } from '../../../../src/domain/engagements/engagement';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';

let counter = 0;
const built = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
export const sample = { ...built, resources: [], assignments: [] };
/** The sample's vehicles, interpreter and guide, and their bookings. */
export const sampleLogistics = { resources: built.resources, assignments: built.assignments };
export const TODAY = '2016-10-01';
export const stopId = (name: string) => sample.stops.find((stop) => stop.name === name)!.id;
export const personId = (name: string) => sample.people.find((person) => person.name.includes(name))!.id;
export const hotelNamed = (name: string) => sample.accommodations.find((stay) => stay.name === name)!;
export const engagement = (title: string) => sample.engagements.find((candidate) => candidate.title.includes(title))!;
/** A member who leaves after Qingdao, so is never in Shanghai. */
export const earlyLeaver = sample.memberships.find(
  (membership) => membership.stopIds.length === 5 && !membership.stopIds.includes(stopId('Shanghai')),
)!.personId;

/** The engagement at new local times in its own city, `YYYY-MM-DDTHH:mm`. */
export function retimed(original: Engagement, start: string, end: string, changes: Partial<Engagement> = {}): Engagement {
  const zone = original.start.zone;
  return { ...original, start: zonedTimeOrThrow(start, zone), end: zonedTimeOrThrow(end, zone), ...changes };
}

/** The sample with some engagements replaced (matched by id). */
export function withEngagements(...replacements: Engagement[]): CheckSource {
  const byId = new Map(replacements.map((replacement) => [replacement.id, replacement]));
  return { ...sample, engagements: sample.engagements.map((candidate) => byId.get(candidate.id) ?? candidate) };
}

/** Findings as plain records, every field read: what the UI sees, and what `toEqual` can compare. */
export const plain = (findings: readonly Finding[]) => JSON.parse(JSON.stringify(findings)) as Finding[];

/** The check context of a source, as of `TODAY`. */
export const context = (source: CheckSource, bufferMinutes?: number) =>
  checkContext(source, { today: TODAY, ...(bufferMinutes === undefined ? {} : { bufferMinutes }) });

export const signing = engagement('MoU signing');
export const siteVisit = engagement('Visit to the proposed site');
export const briefing = engagement('Trade briefing');
export const qingdaoMeeting = engagement('Qingdao Municipal Bureau');
export const forum = engagement('business forum');
export const foreignAffairs = engagement('Kunming Municipal Foreign Affairs');
export const closingReception = engagement('closing reception');
export const zhangjiang = engagement('Zhangjiang');
