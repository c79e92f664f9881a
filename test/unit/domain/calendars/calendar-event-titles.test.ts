import { describe, expect, it } from 'vitest';
import {
  eventNaming,
  hotelEndDate,
  hotelTitle,
  journeyTitle,
} from '../../../../src/domain/calendars/calendar-event-titles';
import { overnightFlight, sample, stopId } from './sample-trip-calendars';
import { inEnglish } from '../../../builders/words';

const naming = eventNaming(sample, inEnglish);
const tianjinHotel = sample.accommodations.find((stay) => stay.stopId === stopId(sample, 'Tianjin'))!;

describe('the title of a journey', () => {
  it('names the mode, the number and the places on the ticket', () => {
    const direct = { ...overnightFlight, number: 'MU5401', connections: [], arrivalPlace: 'Shanghai Pudong T2' };
    expect(journeyTitle(direct, naming)).toBe('Flight MU5401: Manchester Airport T2 → Shanghai Pudong T2');
  });

  it('names every leg’s number of a journey that connects, from its first departure to its last arrival', () => {
    expect(journeyTitle(overnightFlight, naming)).toBe(
      'Flight HU7908 + HU7279: Manchester Airport T2 → Kunming Changshui International Airport',
    );
  });

  it('names the cities where the ticket gives no places, and the trip’s home for a journey from home', () => {
    const fromHome = { ...overnightFlight, number: '', departurePlace: ' ', arrivalPlace: '', fromStopId: null, connections: [] };
    expect(journeyTitle(fromHome, naming)).toBe('Flight: Liverpool → Kunming');
    const trip = { ...sample, trip: { ...sample.trip, home: null } };
    expect(journeyTitle(fromHome, eventNaming(trip, inEnglish))).toBe('Flight: home → Kunming');
    expect(journeyTitle({ ...fromHome, toStopId: 'gone' }, naming)).toBe('Flight: Liverpool → unknown city');
  });
});

describe('a hotel stay', () => {
  it('is called by the hotel and its city', () => {
    expect(hotelTitle(tianjinHotel, naming)).toBe('Hotel: Haihe Bund Hotel, Tianjin');
    expect(hotelTitle({ ...tianjinHotel, stopId: 'gone' }, naming)).toBe('Hotel: Haihe Bund Hotel');
  });

  it('ends on the check-out date, or the day after check-in when it lasts no night', () => {
    expect(hotelEndDate(tianjinHotel)).toBe('2016-11-13');
    expect(hotelEndDate({ ...tianjinHotel, checkInDate: '2016-11-12', checkOutDate: '2016-11-12' })).toBe('2016-11-13');
  });
});
