/**
 * The sentences of the rooming rules (rules/guest-in-two-hotels.ts, night-without-room.ts,
 * room-over-capacity.ts), beside finding-wording.ts and in its manner: codes of the `checks` catalogue with
 * their facts, so that no rule knows a word and no fingerprint reads a sentence. A hotel is named as a place:
 * in Chinese where it has a Chinese name, with its city.
 */
import { placeOf } from '../route/city-names';
import type { Hotel } from '../route/hotel';
import type { RoomType } from '../rooming/room';
import { day, listOf, message, type Message, type MessageValue, type PlaceValue } from '../shared/message';
import type { IsoDate } from '../shared/date-arithmetic';
import type { CheckContext } from './check-context';
import { whoLabel } from './finding-wording';

const HAN = /\p{Script=Han}/u;

/** A hotel's name as a fact: its Chinese name for a reader of Chinese, where it has one. */
export function hotelPlace(stay: Pick<Hotel, 'name' | 'nameLocal'>): PlaceValue {
  return stay.nameLocal && HAN.test(stay.nameLocal) ? { place: stay.name, chinese: stay.nameLocal } : { place: stay.name };
}

/** "Jianguomen Garden Hotel, Beijing". */
export function hotelIn(context: CheckContext, stay: Hotel): Message {
  const city = context.cityById.get(stay.stopId);
  const facts = { hotel: hotelPlace(stay), city: city ? placeOf(city) : message('checks:place.unknownCity') };
  return message('checks:finding.rooming.hotelIn', facts);
}

/** The night of one date, or the nights of several: "the night of Sun 13 Nov", "the nights of Sun 13 Nov and Mon 14 Nov". */
export function nightsLabel(nights: readonly IsoDate[]): Message {
  return nights.length === 1
    ? message('checks:finding.rooming.night', { day: day(nights[0]!) })
    : message('checks:finding.rooming.nights', { days: listOf(nights.map((night) => day(night))) });
}

/** Rule guest-in-two-hotels: "Ann Lee has a room at both … and … on the night of …", or two rooms at one. */
export function guestInTwoHotelsMessage(context: CheckContext, personId: string, first: Hotel, second: Hotel, nights: readonly IsoDate[]): Message {
  const facts = { who: whoLabel(context, [personId]), nights: nightsLabel(nights) };
  return first.id === second.id
    ? message('checks:finding.rooming.twoRooms', { ...facts, hotel: hotelIn(context, first) })
    : message('checks:finding.rooming.twoHotels', { ...facts, first: hotelIn(context, first), second: hotelIn(context, second) });
}

/** Rule night-without-room: "Ann Lee has no room in Beijing on the night of …, though rooms are booked at …." */
export function nightWithoutRoomMessage(
  context: CheckContext,
  stopId: string,
  date: IsoDate,
  personIds: readonly string[],
  stays: readonly Hotel[],
): Message {
  const city = context.cityById.get(stopId);
  const hotels: MessageValue[] = stays.map((stay) => hotelPlace(stay));
  return message('checks:finding.rooming.withoutRoom', {
    count: personIds.length,
    who: whoLabel(context, personIds),
    city: city ? placeOf(city) : message('checks:place.unknownCity'),
    nights: nightsLabel([date]),
    hotels: listOf(hotels),
  });
}

/** A room's type inside a sentence: "twin". */
export function roomTypeWord(type: RoomType): Message {
  switch (type) {
    case 'single':
      return message('checks:finding.rooming.type.single');
    case 'twin':
      return message('checks:finding.rooming.type.twin');
    case 'double':
      return message('checks:finding.rooming.type.double');
    case 'triple':
      return message('checks:finding.rooming.type.triple');
    case 'suite':
      return message('checks:finding.rooming.type.suite');
  }
}

/** Rule room-over-capacity: "The twin room at … has 3 people on the night of … (…); a twin sleeps 2." */
export function roomOverCapacityMessage(
  context: CheckContext,
  stay: Hotel,
  type: RoomType,
  sleeps: number,
  most: number,
  nights: readonly IsoDate[],
  personIds: readonly string[],
): Message {
  return message('checks:finding.rooming.overCapacity', {
    type: roomTypeWord(type),
    hotel: hotelIn(context, stay),
    people: most,
    nights: nightsLabel(nights),
    who: whoLabel(context, personIds),
    sleeps,
  });
}
