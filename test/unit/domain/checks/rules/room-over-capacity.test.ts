import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../../../src/domain/checks/check-context';
import { roomsOverCapacity } from '../../../../../src/domain/checks/rules/room-over-capacity';
import { aRoom, aRoomingTrip, GRAND, withHotels, withRooms, type RoomingTrip } from '../../../../builders/rooming-records';
import { inChinese, inEnglish } from '../../../../builders/words';
import { sample, TODAY } from '../sample-trip-for-checks';

const found = (trip: RoomingTrip) => roomsOverCapacity(checkContext(trip, { today: '2016-10-01' }));
const beijing = withHotels(aRoomingTrip(), GRAND);

describe('a room with more people than its type sleeps', () => {
  it('is found for a twin with three, naming the nights they share, who, and the hotel', () => {
    const trip = withRooms(
      beijing,
      aRoom('r1', 'grand', 'twin', [
        ['ann', '2016-11-13', '2016-11-15'],
        ['ben', '2016-11-13', '2016-11-15'],
        ['dee', '2016-11-14', '2016-11-15'],
      ]),
    );
    const [finding] = found(trip);
    expect(finding).toMatchObject({ id: 'room-over-capacity:r1', rule: 'room-over-capacity', severity: 'warning', cityIds: ['beijing'] });
    expect(finding!.personIds).toEqual(['ann', 'ben', 'dee']);
    expect(inEnglish(finding!.message)).toBe(
      'The twin room at Grand Hotel, Beijing has 3 people on the night of Mon 14 Nov (Ann Lee, Ben Ode and Dee Moss); a twin sleeps 2.',
    );
    expect(inChinese(finding!.message)).toBe('大酒店（北京）的一间双床房在11月14日 周一当晚住了3人（Ann Lee、Ben Ode和Dee Moss）；双床房只住2人。');
  });

  it('is not found when one leaves and the next arrives, nor for a suite, a triple of three or a held room', () => {
    const trip = withRooms(
      beijing,
      aRoom('r1', 'grand', 'single', [['ann', '2016-11-13', '2016-11-14'], ['ben', '2016-11-14', '2016-11-15']]),
      aRoom('r2', 'grand', 'suite', [['cai', '2016-11-13', '2016-11-15'], ['dee', '2016-11-13', '2016-11-15'], ['eve', '2016-11-13', '2016-11-15']]),
      aRoom('r3', 'grand', 'triple', [['cai', '2016-11-13', '2016-11-15'], ['dee', '2016-11-13', '2016-11-15'], ['eve', '2016-11-13', '2016-11-15']]),
      aRoom('r4', 'grand', 'double', []),
    );
    expect(found(trip)).toEqual([]);
  });

  it('finds nothing in the sample trip', () => {
    expect(roomsOverCapacity(checkContext(sample, { today: TODAY }))).toEqual([]);
  });
});
