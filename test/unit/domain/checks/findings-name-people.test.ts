/**
 * Every finding names who it affects: a walk over every rule's findings on one trip built to break each rule,
 * so that a rule whose findings forget their people (as "time in the wrong zone?" once did) fails here, and a
 * new rule fails until this trip breaks it too.
 */
import { describe, expect, it } from 'vitest';
import type { CheckSource } from '../../../../src/domain/checks/check-context';
import { CHECK_RULES, type CheckRule, type Finding } from '../../../../src/domain/checks/finding';
import { runChecks } from '../../../../src/domain/checks/run-checks';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { duplicateTripRecords } from '../../../../src/domain/trip/trip-duplication';
import {
  briefing,
  closingReception,
  earlyLeaver,
  foreignAffairs,
  hotelNamed,
  personId,
  qingdaoMeeting,
  retimed,
  sample,
  sampleLogistics,
  siteVisit,
  stopId,
  TODAY,
  withEngagements,
  zhangjiang,
} from './sample-trip-for-checks';
import { inEnglish } from '../../../builders/words';

/**
 * Rules whose findings are about the plan, not about anyone: an engagement on a day its city is not on the
 * route has, on that day, no one there to attend it. Keep this list short; each entry needs its reason.
 */
const ABOUT_NO_ONE: ReadonlySet<CheckRule> = new Set(['outside-stop-dates']);

let counter = 0;
const copy = duplicateTripRecords(sample, { newId: () => `copy-${++counter}`, now: '2026-01-02T00:00:00.000Z', name: 'Mission (copy)' });

/** The sample's flight out, changing in Beijing, with 40 minutes to change instead of 2 h 55 min. */
const outbound = sample.segments.find((segment) => segment.connections.length > 0)!;
const tightOutbound = {
  ...outbound,
  connections: outbound.connections.map((change) => ({ ...change, departure: zonedTimeOrThrow('2016-11-06T07:35', 'Asia/Shanghai') })),
};

/** The sample's Beijing rooms: the Mayor also put in Professor Harland's single at the other hotel, Fiona Gallagher's room gone. */
const harland = personId('Harland');
const gallagher = personId('Gallagher');
const rooms = sample.rooms
  .filter((room) => !room.occupants.some((occupant) => occupant.personId === gallagher))
  .map((room) =>
    room.occupants.some((occupant) => occupant.personId === harland) && room.accommodationId === hotelNamed('Haidian Scholars Hotel').id
      ? { ...room, occupants: [...room.occupants, { ...room.occupants[0]!, personId: personId('Joe Anderson') }] }
      : room,
  );

/** The sample with one of each mistake. */
const everyMistake: CheckSource = {
  ...withEngagements(
    retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'), // double-booking with the MoU signing
    retimed(closingReception, '2016-11-25T18:00', '2016-11-25T20:00'), // outside-stop-dates
    { ...zhangjiang, addedAttendeeIds: [earlyLeaver] }, // attendee-not-at-stop
    retimed(foreignAffairs, '2016-11-07T12:20', '2016-11-07T13:00'), // tight-transfer after the forum
    retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00'), // suspicious-time
    retimed(briefing, '2016-11-13T08:00', '2016-11-13T09:00'), // journey-timing: the train lands at 10:33
  ),
  accommodations: sample.accommodations.filter((stay) => stay.stopId !== stopId('Shanghai')), // night-without-hotel
  otherTrips: [{ trip: copy.trip, stops: copy.stops, memberships: copy.memberships }], // overlapping-trip
  segments: sample.segments.map((segment) => (segment.id === outbound.id ? tightOutbound : segment)), // short-connection
  // travel-documents: the sample has a delegate whose passport runs out too soon.
  rooms, // guest-in-two-hotels and room-over-capacity (the Mayor), night-without-room (Fiona Gallagher)
  // The interpreter is booked for the signing and the site visit moved over it (resource-double-booking), and
  // for the forum and the meeting 20 minutes after it (resource-tight-transfer); the sample's minibus is too
  // small (vehicle-capacity) and its Qingdao meeting has no interpreter (interpreter-missing).
  ...sampleLogistics,
};

const findings = runChecks(everyMistake, { today: TODAY });
const nameOf = new Map(sample.people.map((person) => [person.id, person.name]));

describe('every finding names who it affects', () => {
  it('the trip built to break every rule breaks every one', () => {
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(CHECK_RULES));
  });

  it.each(CHECK_RULES.filter((rule) => !ABOUT_NO_ONE.has(rule)))('%s: each finding lists its people and names them', (rule) => {
    const ofRule = findings.filter((finding: Finding) => finding.rule === rule);
    expect(ofRule.length).toBeGreaterThan(0);
    for (const finding of ofRule) {
      expect(finding.personIds.length, finding.id).toBeGreaterThan(0);
      expect(finding.personIds.every((id) => nameOf.has(id)), finding.id).toBe(true);
      const named = finding.personIds.filter((id) => inEnglish(finding.message).includes(nameOf.get(id)!));
      expect(named.length, `${finding.id}: ${inEnglish(finding.message)}`).toBeGreaterThan(0);
    }
  });

  it('the rules about no one are few, and their findings indeed list no one', () => {
    expect(ABOUT_NO_ONE.size).toBeLessThanOrEqual(1);
    for (const finding of findings.filter((candidate) => ABOUT_NO_ONE.has(candidate.rule))) {
      expect(finding.personIds).toEqual([]);
    }
  });
});
