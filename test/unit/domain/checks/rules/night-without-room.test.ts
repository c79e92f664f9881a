import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../../../src/domain/checks/check-context';
import { nightsWithoutRoom } from '../../../../../src/domain/checks/rules/night-without-room';
import { runChecks } from '../../../../../src/domain/checks/run-checks';
import { zonedTimeOrThrow } from '../../../../../src/domain/shared/time';
import { aCityRecord, aJourneyRecord } from '../../../../builders/route-records';
import { aHotelRecord, aMembership, aRoom, aRoomingTrip, GARDEN, GRAND, withHotels, withRooms, type RoomingTrip } from '../../../../builders/rooming-records';
import { inChinese, inEnglish } from '../../../../builders/words';
import { sample, TODAY } from '../sample-trip-for-checks';

const found = (trip: RoomingTrip) => nightsWithoutRoom(checkContext(trip, { today: '2016-10-01' }));
const everyoneBut = (...left: string[]) =>
  ['ann', 'ben', 'cai', 'dee', 'eve']
    .filter((personId) => !left.includes(personId))
    .map((personId, index) => aRoom(`r${index}`, index % 2 === 0 ? 'grand' : 'garden', 'single', [[personId, '2016-11-13', '2016-11-15']]));

describe('a night in a city without a room there', () => {
  it('is found once rooms are entered at the city’s hotels, naming who, the night and the hotels', () => {
    const trip = withRooms(withHotels(aRoomingTrip(), GRAND, GARDEN), ...everyoneBut('cai'));
    const findings = found(trip);
    expect(findings.map((finding) => finding.id)).toEqual(['night-without-room:beijing:2016-11-13', 'night-without-room:beijing:2016-11-14']);
    expect(findings[0]).toMatchObject({ rule: 'night-without-room', severity: 'warning', cityIds: ['beijing'] });
    expect(findings[0]!.personIds).toEqual(['cai']);
    expect(inEnglish(findings[0]!.message)).toBe(
      '蔡明 has no room in Beijing on the night of Sun 13 Nov, though the rooms there are booked at Grand Hotel and Garden Hotel.',
    );
    expect(inChinese(findings[0]!.message)).toBe('蔡明在11月13日 周日当晚于北京没有房间，而该市的房间订在大酒店和花园酒店。');
  });

  it('counts several people in one finding', () => {
    const trip = withRooms(withHotels(aRoomingTrip(), GRAND, GARDEN), ...everyoneBut('ann', 'ben'));
    expect(inEnglish(found(trip)[0]!.message)).toMatch(/^Ann Lee and Ben Ode have no room in Beijing/);
  });

  it('is not found while a hotel of the city has no rooms: its guests still follow their cities', () => {
    const trip = withRooms(withHotels(aRoomingTrip(), GRAND, GARDEN), aRoom('r1', 'grand', 'single', [['ann', '2016-11-13', '2016-11-15']]));
    expect(found(trip)).toEqual([]);
  });

  it('is not found for a night spent on a journey, nor where there is no hotel at all (another rule’s)', () => {
    const flyingIn = {
      ...withRooms(withHotels(aRoomingTrip(), GRAND, GARDEN), ...everyoneBut('eve'), aRoom('late', 'grand', 'single', [['eve', '2016-11-14', '2016-11-15']])),
      segments: [
        aJourneyRecord({
          id: 'eve-in',
          fromStopId: null,
          toStopId: 'beijing',
          departure: zonedTimeOrThrow('2016-11-13T13:15', 'Europe/London'),
          arrival: zonedTimeOrThrow('2016-11-14T06:55', 'Asia/Shanghai'),
          travellerIds: ['eve'],
        }),
      ],
    };
    expect(found(flyingIn)).toEqual([]);
    // Tianjin has no hotel: night-without-hotel says so, this rule does not.
    expect(runChecks(flyingIn, { today: '2016-10-01' }).filter((finding) => finding.cityIds.includes('tianjin')).map((finding) => finding.rule)).toEqual([
      'night-without-hotel',
      'night-without-hotel',
    ]);
  });

  it('reads nights as dates: the night the clocks go back is one night like any other', () => {
    const london = aCityRecord('london', 0, '2016-10-29', '2016-10-31', { name: 'London', country: 'GB', timeZone: 'Europe/London' });
    const trip = withRooms(
      {
        ...aRoomingTrip(),
        stops: [london],
        memberships: [aMembership('ann', ['london']), aMembership('ben', ['london'])],
        accommodations: [aHotelRecord('strand', 'london', '2016-10-29', '2016-10-31')],
      },
      aRoom('r1', 'strand', 'single', [['ann', '2016-10-29', '2016-10-31']]),
      aRoom('r2', 'strand', 'single', [['ben', '2016-10-29', '2016-10-30']]),
    );
    expect(found(trip).map((finding) => [finding.id, finding.personIds])).toEqual([['night-without-room:london:2016-10-30', ['ben']]]);
  });

  it('finds nothing in the sample trip, whose rooming gives everyone a room', () => {
    expect(nightsWithoutRoom(checkContext(sample, { today: TODAY }))).toEqual([]);
  });
});
