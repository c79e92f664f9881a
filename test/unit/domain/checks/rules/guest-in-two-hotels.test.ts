import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../../../src/domain/checks/check-context';
import { guestsInTwoHotels } from '../../../../../src/domain/checks/rules/guest-in-two-hotels';
import { runChecks } from '../../../../../src/domain/checks/run-checks';
import { aRoom, aRoomingTrip, GARDEN, GRAND, HAIHE, withHotels, withRooms, type RoomingTrip } from '../../../../builders/rooming-records';
import { inChinese, inEnglish } from '../../../../builders/words';

const TODAY = '2016-10-01';
const found = (trip: RoomingTrip) => guestsInTwoHotels(checkContext(trip, { today: TODAY }));
const beijing = withHotels(aRoomingTrip(), HAIHE, GRAND, GARDEN);

describe('a person in two hotels on one night', () => {
  it('is found, naming the person, the nights and both hotels (by check-in, then name), in English and Chinese', () => {
    const trip = withRooms(
      beijing,
      aRoom('r1', 'grand', 'single', [['ann', '2016-11-13', '2016-11-15']]),
      aRoom('r2', 'garden', 'single', [['ann', '2016-11-14', '2016-11-15']]),
    );
    const [finding, ...more] = found(trip);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ id: 'guest-in-two-hotels:ann:r1:r2', rule: 'guest-in-two-hotels', severity: 'error', cityIds: ['beijing'] });
    expect(finding!.personIds).toEqual(['ann']);
    expect(inEnglish(finding!.message)).toBe('Ann Lee has a room at both Garden Hotel, Beijing and Grand Hotel, Beijing on the night of Mon 14 Nov.');
    expect(inChinese(finding!.message)).toBe('Ann Lee在11月14日 周一当晚同时在花园酒店（北京）和大酒店（北京）有房间。');
  });

  it('names every night the two rooms share, and two rooms at one hotel as such', () => {
    const trip = withRooms(
      beijing,
      aRoom('r1', 'grand', 'single', [['ben', '2016-11-13', '2016-11-15']]),
      aRoom('r2', 'grand', 'twin', [['ben', '2016-11-13', '2016-11-15'], ['cai', '2016-11-13', '2016-11-15']]),
    );
    expect(found(trip).map((finding) => inEnglish(finding.message))).toEqual([
      'Ben Ode has two rooms at Grand Hotel, Beijing on the nights of Sun 13 Nov and Mon 14 Nov.',
    ]);
  });

  it('is not found for rooms one after the other, nor in a hotel that follows the cities', () => {
    const trip = withRooms(
      beijing,
      aRoom('r1', 'grand', 'single', [['ann', '2016-11-13', '2016-11-14']]),
      aRoom('r2', 'garden', 'single', [['ann', '2016-11-14', '2016-11-15']]),
      aRoom('r3', 'grand', 'single', [['ben', '2016-11-13', '2016-11-15']]),
    );
    expect(found(trip)).toEqual([]);
    // Tianjin's hotel has no rooms: its guests follow the cities, which is not a second room.
    expect(runChecks(trip, { today: TODAY }).filter((finding) => finding.rule === 'guest-in-two-hotels')).toEqual([]);
  });

  it('comes back after an acknowledgement only when the nights or rooms behind it change', () => {
    const rooms = [aRoom('r1', 'grand', 'single', [['ann', '2016-11-13', '2016-11-15']]), aRoom('r2', 'garden', 'single', [['ann', '2016-11-14', '2016-11-15']])];
    const before = found(withRooms(beijing, ...rooms))[0]!.fingerprint;
    const requested = found(withRooms(beijing, { ...rooms[0]!, requests: 'High floor' }, rooms[1]!))[0]!.fingerprint;
    const longer = found(withRooms(beijing, rooms[0]!, aRoom('r2', 'garden', 'single', [['ann', '2016-11-13', '2016-11-15']])))[0]!.fingerprint;
    expect(requested).toBe(before);
    expect(longer).not.toBe(before);
  });
});
