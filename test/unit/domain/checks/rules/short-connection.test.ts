import { describe, expect, it } from 'vitest';
import { shortConnections } from '../../../../../src/domain/checks/rules/short-connection';
import { runChecks } from '../../../../../src/domain/checks/run-checks';
import type { Journey } from '../../../../../src/domain/route/journey';
import { zonedTimeOrThrow } from '../../../../../src/domain/shared/time';
import { context, plain, sample, TODAY } from '../sample-trip-for-checks';
import { inEnglish } from '../../../../builders/words';

/** The sample's flight out, Manchester to Kunming changing in Beijing (lands 06:55, HU7279 leaves 09:50). */
const outbound = sample.segments.find((segment) => segment.connections.length > 0)!;

/** The flight out with HU7279 leaving Beijing at `leaves` instead, Beijing time. */
function leavingBeijingAt(leaves: string): Journey {
  const [change] = outbound.connections;
  return { ...outbound, connections: [{ ...change!, departure: zonedTimeOrThrow(`2016-11-06T${leaves}`, 'Asia/Shanghai') }] };
}

const withJourney = (journey: Journey) => ({
  ...sample,
  segments: sample.segments.map((segment) => (segment.id === journey.id ? journey : segment)),
});

describe('connections too short to make', () => {
  it('finds nothing in the sample, whose change in Beijing leaves 2 h 55 min', () => {
    expect(outbound.connections).toHaveLength(1);
    expect(shortConnections(context(sample))).toEqual([]);
  });

  it('warns of 40 minutes to change planes in Beijing, for everyone on the flight out, since a flight needs an hour', () => {
    const findings = shortConnections(context(withJourney(leavingBeijingAt('07:35'))));
    expect(plain(findings)).toEqual([
      expect.objectContaining({ id: `short-connection:${outbound.id}:0`, rule: 'short-connection', severity: 'warning', journeyIds: [outbound.id] }),
    ]);
    const [finding] = findings;
    expect(inEnglish(finding!.message)).toBe(
      'At Beijing Capital International Airport T2, the flight HU7908 + HU7279 from Liverpool to Kunming (Sat 5 Nov, 13:15 (UTC) – Sun 6 Nov, 13:45 Kunming) has 40 min to change (HU7908 lands 06:55, HU7279 leaves 07:35); a flight connection needs at least 60 min, for Joe Anderson, Councillor Phil Davies and 15 others.',
    );
    expect(finding!.personIds.length).toBe(17);
  });

  it('is an error when the next leg leaves before the one before lands', () => {
    const [finding] = shortConnections(context(withJourney(leavingBeijingAt('06:30'))));
    expect(finding!.severity).toBe('error');
    expect(inEnglish(finding!.message)).toContain('HU7279 leaves 25 min before HU7908 lands (HU7908 lands 06:55, HU7279 leaves 06:30); the connection cannot be made');
  });

  it('asks only 15 minutes of a train connection', () => {
    const train = { ...leavingBeijingAt('07:10'), mode: 'train' as const };
    expect(shortConnections(context(withJourney(train)))).toEqual([]);
    const tighter = { ...leavingBeijingAt('07:05'), mode: 'train' as const };
    expect(shortConnections(context(withJourney(tighter))).map((finding) => finding.severity)).toEqual(['warning']);
  });

  it('comes back once acknowledged when the connection is retimed, and is reported with the other checks', () => {
    const forty = shortConnections(context(withJourney(leavingBeijingAt('07:35'))))[0]!;
    const thirty = shortConnections(context(withJourney(leavingBeijingAt('07:25'))))[0]!;
    expect(thirty.id).toBe(forty.id);
    expect(thirty.fingerprint).not.toBe(forty.fingerprint);
    const all = runChecks(withJourney(leavingBeijingAt('07:35')), { today: TODAY });
    expect(all.filter((finding) => finding.rule === 'short-connection')).toHaveLength(1);
  });
});
