import { describe, expect, it } from 'vitest';
import {
  cityFacts,
  digestOfPeople,
  engagementFacts,
  fingerprintOf,
  peopleFacts,
  journeyFacts,
} from '../../../../src/domain/checks/fingerprints';
import { context, retimed, sample, signing, stopId } from './sample-trip-for-checks';

describe('fingerprints', () => {
  it('are FNV-1a over the facts, each followed by a unit separator, as acknowledgements already stored them', () => {
    // Values worked out apart from the app (FNV-1a, 32 bits, over the UTF-16 code units): persisted, so pinned.
    expect(fingerprintOf([])).toBe('811c9dc5');
    expect(fingerprintOf([''])).toBe('1a0c7e2e');
    expect(fingerprintOf(['double-booking', 'id-61@2016-11-12T02:00:00Z'])).toBe('bb4bfd9b');
  });

  it('tell facts apart however they are cut', () => {
    expect(fingerprintOf(['ab', 'c'])).toBe('34f40c41');
    expect(fingerprintOf(['a', 'bc'])).toBe('a1fef9ab');
  });

  it('digest a set of people whatever their order, and add up over sets that do not overlap', () => {
    expect(digestOfPeople(['id-36', 'id-37'])).toBe(3481423837);
    expect(digestOfPeople(['id-37', 'id-36'])).toBe(3481423837);
    expect((digestOfPeople(['id-36']) + digestOfPeople(['id-37'])) >>> 0).toBe(3481423837);
    expect(digestOfPeople([])).toBe(0);
    expect(peopleFacts(2, 3481423837)).toBe('2 people #3481423837');
  });

  it('read an engagement’s times, city and venue, so moving it changes them', () => {
    expect(engagementFacts(signing)).toBe(`${signing.id}@2016-11-12T02:00:00Z/2016-11-12T03:00:00Z/${stopId('Tianjin')}/Haihe Bund Hotel, Binhai Room`);
    expect(engagementFacts(retimed(signing, '2016-11-12T10:30', '2016-11-12T11:00'))).not.toBe(engagementFacts(signing));
    expect(engagementFacts({ ...signing, title: 'Renamed' })).toBe(engagementFacts(signing));
  });

  it('read a journey’s times and the cities it runs between, home as null', () => {
    const outbound = sample.segments.find((segment) => segment.fromStopId === null)!;
    expect(journeyFacts(outbound)).toBe(
      `${outbound.id}@${outbound.departure.utc}/${outbound.arrival.utc}/null/${outbound.toStopId}`,
    );
  });

  it('name a city by its name, or as they always have when it is gone', () => {
    const trip = context(sample);
    expect(cityFacts(trip.cityById.get(stopId('Qingdao')))).toBe('Qingdao');
    expect(cityFacts(undefined)).toBe('an unknown city');
  });
});
