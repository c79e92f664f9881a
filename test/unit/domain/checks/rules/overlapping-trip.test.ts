import { describe, expect, it } from 'vitest';
import type { CheckSource } from '../../../../../src/domain/checks/check-context';
import type { OtherTrip } from '../../../../../src/domain/checks/other-trips';
import { overlappingTrips } from '../../../../../src/domain/checks/rules/overlapping-trip';
import { runChecks } from '../../../../../src/domain/checks/run-checks';
import type { TripRecords } from '../../../../../src/domain/trip/trip-bundle';
import { duplicateTripRecords } from '../../../../../src/domain/trip/trip-duplication';
import { context, personId, sample, stopId, TODAY } from '../sample-trip-for-checks';
import { inEnglish } from '../../../../builders/words';

let counter = 0;
const copy = duplicateTripRecords(sample, { newId: () => `copy-${++counter}`, now: '2026-01-02T00:00:00.000Z', name: 'Mission (copy)' });

/** A trip's records as another trip's checks read them. */
function asOtherTrip(records: Pick<TripRecords, 'trip' | 'stops' | 'memberships'>): OtherTrip {
  return { trip: records.trip, stops: records.stops, memberships: records.memberships };
}

const withOthers = (source: CheckSource, ...others: OtherTrip[]): CheckSource => ({ ...source, otherTrips: others });
const copySource: CheckSource = { ...copy, people: sample.people };

/** The copy with its dates moved by `days` and its name as given. */
function moved(days: number, changes: Partial<TripRecords['trip']> = {}): TripRecords {
  const shift = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return {
    ...copy,
    trip: { ...copy.trip, startDate: shift(copy.trip.startDate), endDate: shift(copy.trip.endDate), ...changes },
    stops: copy.stops.map((stop) => ({ ...stop, arrivalDate: shift(stop.arrivalDate), departureDate: shift(stop.departureDate) })),
  };
}

describe('a person on two trips at once', () => {
  it('is found on both trips of a duplicated plan, naming the other trip, its dates and the people', () => {
    const [here, ...rest] = overlappingTrips(context(withOthers(sample, asOtherTrip(copy))));
    expect(rest).toEqual([]);
    expect(here).toMatchObject({ id: `overlapping-trip:${copy.trip.id}`, rule: 'overlapping-trip', severity: 'error' });
    expect(here!.otherTripIds).toEqual([copy.trip.id]);
    expect(here!.personIds).toEqual(sample.memberships.map((membership) => membership.personId).sort());
    expect(inEnglish(here!.message)).toBe(
      `Joe Anderson, Councillor Phil Davies and ${sample.memberships.length - 2} others are also on the trip “Mission (copy)” (Sat 5 Nov – Sat 19 Nov 2016), from Sat 5 Nov to Sat 19 Nov while on this one.`,
    );

    const [there] = overlappingTrips(context(withOthers(copySource, asOtherTrip(sample))));
    expect(there!.id).toBe(`overlapping-trip:${sample.trip.id}`);
    expect(inEnglish(there!.message)).toContain(`also on the trip “${sample.trip.name}” (Sat 5 Nov – Sat 19 Nov 2016)`);
    expect(there!.personIds).toEqual(here!.personIds);
  });

  it('is reported with the rest of the checks, which find nothing across trips when given no other trips', () => {
    expect(runChecks(withOthers(sample, asOtherTrip(copy)), { today: TODAY }).map((finding) => finding.rule)).toContain(
      'overlapping-trip',
    );
    expect(runChecks(sample, { today: TODAY }).map((finding) => finding.rule)).not.toContain('overlapping-trip');
  });

  it('names only those whose days on the two trips meet: not someone who leaves one the day the other begins', () => {
    // The copy moved to begin on the day the original ends: whoever is on both leaves one and joins the other.
    const next = moved(14);
    expect(next.trip.startDate).toBe(sample.trip.endDate);
    expect(overlappingTrips(context(withOthers(sample, asOtherTrip(next))))).toEqual([]);
    // A day earlier, the days share a night: for those at the original's last city and the copy's first.
    const [overlap] = overlappingTrips(context(withOthers(sample, asOtherTrip(moved(13)))));
    const both = sample.memberships.filter(
      (membership) => membership.stopIds.includes(stopId('Shanghai')) && membership.stopIds.includes(stopId('Kunming')),
    );
    expect(both.length).toBeLessThan(sample.memberships.length);
    expect(overlap!.personIds).toEqual(both.map((membership) => membership.personId).sort());
    expect(inEnglish(overlap!.message)).toContain('from Fri 18 Nov to Sat 19 Nov while on this one');
  });

  it('leaves out a person who, on the other trip, is at none of its cities', () => {
    const joe = personId('Joe Anderson');
    const elsewhere = { ...copy, memberships: copy.memberships.map((membership) => (membership.personId === joe ? { ...membership, stopIds: [] } : membership)) };
    const [finding] = overlappingTrips(context(withOthers(sample, asOtherTrip(elsewhere))));
    expect(finding!.personIds).not.toContain(joe);
    expect(finding!.personIds).toHaveLength(sample.memberships.length - 1);
  });

  it('finds nothing with a cancelled trip, on either side', () => {
    expect(overlappingTrips(context(withOthers(sample, asOtherTrip({ ...copy, trip: { ...copy.trip, status: 'cancelled' } }))))).toEqual([]);
    const cancelled = { ...sample, trip: { ...sample.trip, status: 'cancelled' as const } };
    expect(overlappingTrips(context(withOthers(cancelled, asOtherTrip(copy))))).toEqual([]);
  });

  it('keeps its fingerprint when the other trip is renamed, and changes it when the days shared change', () => {
    const fingerprint = (other: TripRecords) =>
      overlappingTrips(context(withOthers(sample, asOtherTrip(other))))[0]!.fingerprint;
    expect(fingerprint(moved(0, { name: 'Another name' }))).toBe(fingerprint(copy));
    expect(fingerprint(moved(1))).not.toBe(fingerprint(copy));
  });
});
