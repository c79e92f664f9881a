import { describe, expect, it } from 'vitest';
import { parseRoomDraft, roomNights, ROOM_SLEEPS, type RoomDraft } from '../../../../src/domain/rooming/room-rules';
import { GRAND } from '../../../builders/rooming-records';
import { inChinese, inEnglish } from '../../../builders/words';

const context = { stay: GRAND, memberNames: new Map([['ann', 'Ann Lee'], ['ben', 'Ben Ode']]) };
const aDraft = (changes: Partial<RoomDraft> = {}): RoomDraft => ({
  accommodationId: 'grand',
  type: 'twin',
  occupants: [
    { personId: 'ann', checkInDate: '2016-11-13', checkOutDate: '2016-11-15' },
    { personId: 'ben', checkInDate: '2016-11-14', checkOutDate: '2016-11-15' },
  ],
  requests: '  High floor ',
  confirmation: ' GH-1 ',
  ...changes,
});

/** The errors of a refused draft, in English. */
function refused(draft: RoomDraft, stay = context.stay) {
  const result = parseRoomDraft(draft, { ...context, stay });
  if (result.ok) throw new Error('expected the draft to be refused');
  return Object.fromEntries(Object.entries(result.error).map(([field, said]) => [field, inEnglish(said!)]));
}

describe('a room', () => {
  it('sleeps as many as its type says: a single 1, a twin or double 2, a triple 3, a suite is not counted', () => {
    expect(ROOM_SLEEPS).toEqual({ single: 1, twin: 2, double: 2, triple: 3, suite: null });
  });

  it('is booked for the nights someone sleeps in it, or the whole stay while held for someone not yet named', () => {
    expect(roomNights(aDraft(), GRAND)).toEqual(['2016-11-13', '2016-11-14']);
    expect(roomNights({ occupants: [] }, GRAND)).toEqual(['2016-11-13', '2016-11-14']);
    expect(roomNights({ occupants: [{ personId: 'ben', checkInDate: '2016-11-14', checkOutDate: '2016-11-15' }] }, GRAND)).toEqual(['2016-11-14']);
  });

  it('is saved with its words trimmed, sharers each on their own nights', () => {
    const result = parseRoomDraft(aDraft(), context);
    expect(result.ok && result.value).toMatchObject({ requests: 'High floor', confirmation: 'GH-1', occupants: aDraft().occupants });
  });

  it('is refused, naming each occupant’s field, for dates missing, not dates, the wrong way round or outside the stay', () => {
    const errors = refused(
      aDraft({
        occupants: [
          { personId: '', checkInDate: '', checkOutDate: '31/02/2016' },
          { personId: 'ann', checkInDate: '2016-11-14', checkOutDate: '2016-11-14' },
          { personId: 'ben', checkInDate: '2016-11-12', checkOutDate: '2016-11-15' },
          { personId: 'zoe', checkInDate: '2016-11-13', checkOutDate: '2016-11-16' },
        ],
      }),
    );
    expect(errors).toEqual({
      'occupants.0.personId': 'Choose who sleeps here, or remove the line.',
      'occupants.0.checkInDate': 'Enter the check-in date.',
      'occupants.0.checkOutDate': '“31/02/2016” is not a date.',
      'occupants.1.checkOutDate': 'Check-out must be after check-in.',
      'occupants.2.checkInDate': 'Within the stay, from Sun 13 Nov to Tue 15 Nov.',
      'occupants.3.personId': 'Not on this trip.',
      'occupants.3.checkOutDate': 'Within the stay, from Sun 13 Nov to Tue 15 Nov.',
    });
  });

  it('is refused with the same person twice on the same nights, but not on nights that follow one another', () => {
    const twice = aDraft({
      occupants: [
        { personId: 'ann', checkInDate: '2016-11-13', checkOutDate: '2016-11-15' },
        { personId: 'ann', checkInDate: '2016-11-14', checkOutDate: '2016-11-15' },
      ],
    });
    expect(refused(twice)).toEqual({ 'occupants.1.personId': 'Ann Lee is in this room twice on the same nights.' });
    const backAgain = aDraft({
      occupants: [
        { personId: 'ann', checkInDate: '2016-11-13', checkOutDate: '2016-11-14' },
        { personId: 'ann', checkInDate: '2016-11-14', checkOutDate: '2016-11-15' },
      ],
    });
    expect(parseRoomDraft(backAgain, context).ok).toBe(true);
  });

  it('is refused at a hotel that is gone, in Chinese too', () => {
    const result = parseRoomDraft(aDraft(), { ...context, stay: null });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(inEnglish(result.error.accommodationId!)).toBe('This hotel is no longer on the trip.');
      expect(inChinese(result.error.accommodationId!)).toBe('该酒店已不在本次行程中。');
    }
  });

  it('may hold more people than its type sleeps: the checks say so, the form does not stop it', () => {
    const three = aDraft({
      type: 'single',
      occupants: [
        { personId: 'ann', checkInDate: '2016-11-13', checkOutDate: '2016-11-15' },
        { personId: 'ben', checkInDate: '2016-11-13', checkOutDate: '2016-11-15' },
      ],
    });
    expect(parseRoomDraft(three, context).ok).toBe(true);
  });
});
