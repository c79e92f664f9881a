import { describe, expect, it } from 'vitest';
import { guestsOf, hotelNights, roomingOf } from '../../../../src/domain/rooming/guests';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { aCityRecord, aJourneyRecord } from '../../../builders/route-records';
import {
  aHotelRecord,
  aMembership,
  aRoom,
  aRoomingTrip,
  GARDEN,
  GRAND,
  HAIHE,
  withHotels,
  withRooms,
} from '../../../builders/rooming-records';

const BEIJING_PEOPLE = ['ann', 'ben', 'cai', 'dee', 'eve'];

describe('the guests of a hotel', () => {
  it('are everyone in its city while it is the only hotel there and has no rooms, as before rooming', () => {
    const trip = withHotels(aRoomingTrip(), HAIHE, GRAND);
    expect(guestsOf(GRAND, trip)).toMatchObject({ basis: 'cities', personIds: BEIJING_PEOPLE, sharedWith: [] });
    expect(guestsOf(HAIHE, trip).personIds).toEqual(['ann', 'ben', 'cai', 'dee']);
    expect(guestsOf(GRAND, trip).nights.map((night) => night.date)).toEqual(['2016-11-13', '2016-11-14']);
  });

  it('are not yet known between two hotels of one city without rooms: each has everyone, and says with which it shares them', () => {
    const trip = withHotels(aRoomingTrip(), GRAND, GARDEN);
    expect(guestsOf(GRAND, trip)).toMatchObject({ personIds: BEIJING_PEOPLE, sharedWith: ['garden'] });
    expect(guestsOf(GARDEN, trip)).toMatchObject({ personIds: BEIJING_PEOPLE, sharedWith: ['grand'] });
  });

  it('are the people in its rooms once it has rooms, so two hotels in one city each count their own', () => {
    const trip = withRooms(
      withHotels(aRoomingTrip(), GRAND, GARDEN),
      aRoom('r1', 'grand', 'twin', [['ann', '2016-11-13', '2016-11-15'], ['ben', '2016-11-13', '2016-11-15']]),
      aRoom('r2', 'grand', 'single', [['eve', '2016-11-13', '2016-11-15']]),
      aRoom('r3', 'garden', 'single', [['cai', '2016-11-13', '2016-11-15']]),
      aRoom('r4', 'garden', 'single', [['dee', '2016-11-13', '2016-11-15']]),
    );
    expect(guestsOf(GRAND, trip)).toMatchObject({ basis: 'rooms', personIds: ['ann', 'ben', 'eve'], sharedWith: [] });
    expect(guestsOf(GARDEN, trip)).toMatchObject({ basis: 'rooms', personIds: ['cai', 'dee'] });
    const beijingNights = hotelNights(trip).filter((night) => night.stopId === 'beijing');
    expect(beijingNights.map((night) => [night.date, night.stayId, night.personIds.length])).toEqual([
      ['2016-11-13', 'grand', 3],
      ['2016-11-13', 'garden', 2],
      ['2016-11-14', 'grand', 3],
      ['2016-11-14', 'garden', 2],
    ]);
  });

  it('of a hotel without rooms are those in its city not in a room at the other: a few moved, the rest stay', () => {
    const trip = withRooms(withHotels(aRoomingTrip(), GRAND, GARDEN), aRoom('r1', 'garden', 'single', [['ann', '2016-11-13', '2016-11-15']]));
    expect(guestsOf(GARDEN, trip).personIds).toEqual(['ann']);
    expect(guestsOf(GRAND, trip)).toMatchObject({ basis: 'cities', personIds: ['ben', 'cai', 'dee', 'eve'], sharedWith: [] });
  });

  it('count each occupant on their own nights only, within the hotel’s dates', () => {
    const trip = withRooms(
      withHotels(aRoomingTrip(), GRAND),
      aRoom('r1', 'grand', 'single', [['eve', '2016-11-14', '2016-11-15']]),
      // Booked past the stay's end: the night after it is not the hotel's.
      aRoom('r2', 'grand', 'single', [['ann', '2016-11-13', '2016-11-16']]),
    );
    const nights = guestsOf(GRAND, trip).nights;
    expect(nights.map((night) => [night.date, night.personIds])).toEqual([
      ['2016-11-13', ['ann']],
      ['2016-11-14', ['ann', 'eve']],
    ]);
  });

  it('leave out people who spend the night on a journey, while the hotel follows their cities', () => {
    // Eve flies in overnight, landing on the 14th: she needs no bed on the night of the 13th.
    const trip = {
      ...withHotels(aRoomingTrip(), GRAND),
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
    expect(guestsOf(GRAND, trip).nights.map((night) => night.personIds.includes('eve'))).toEqual([false, true]);
    expect(roomingOf(trip).withoutRoom(GRAND).find((missing) => missing.personId === 'eve')?.nights).toEqual(['2016-11-14']);
  });

  it('are not those removed from the trip since they were put in a room', () => {
    const trip = withRooms(withHotels(aRoomingTrip(), GRAND), aRoom('r1', 'grand', 'single', [['gone', '2016-11-13', '2016-11-15']]));
    expect(guestsOf(GRAND, trip).personIds).toEqual([]);
  });

  it('count nights as dates, the same on the night the clocks go back', () => {
    // London, the night of Sat 29 to Sun 30 Oct 2016, when British Summer Time ends: still one night each.
    const london = aCityRecord('london', 0, '2016-10-28', '2016-10-31', { name: 'London', country: 'GB', timeZone: 'Europe/London' });
    const stay = aHotelRecord('strand', 'london', '2016-10-28', '2016-10-31');
    const trip = withRooms(
      { ...aRoomingTrip(), stops: [london], memberships: [aMembership('ann', ['london']), aMembership('ben', ['london'])], accommodations: [stay] },
      aRoom('r1', 'strand', 'single', [['ann', '2016-10-29', '2016-10-31']]),
    );
    expect(guestsOf(stay, trip).nights.map((night) => [night.date, night.personIds])).toEqual([
      ['2016-10-28', []],
      ['2016-10-29', ['ann']],
      ['2016-10-30', ['ann']],
    ]);
    expect(roomingOf(trip).withoutRoom(stay)).toEqual([
      { personId: 'ann', nights: ['2016-10-28'] },
      { personId: 'ben', nights: ['2016-10-28', '2016-10-29', '2016-10-30'] },
    ]);
  });
});

describe('the hotel nights of the roll-ups', () => {
  it('list a night without a hotel once, with everyone there', () => {
    const trip = withHotels(aRoomingTrip(), GRAND);
    const tianjin = hotelNights(trip).filter((night) => night.stopId === 'tianjin');
    expect(tianjin.map((night) => [night.date, night.stayId, night.personIds.length])).toEqual([
      ['2016-11-11', null, 4],
      ['2016-11-12', null, 4],
    ]);
  });
});
