import { describe, expect, it } from 'vitest';
import { daysOnTrip, sharedDays } from '../../../../src/domain/checks/other-trips';

const trip = { startDate: '2016-11-05', endDate: '2016-11-19' };
const stops = [
  { id: 'kunming', position: 0, arrivalDate: '2016-11-06', departureDate: '2016-11-09' },
  { id: 'beijing', position: 1, arrivalDate: '2016-11-09', departureDate: '2016-11-13' },
  { id: 'shanghai', position: 2, arrivalDate: '2016-11-13', departureDate: '2016-11-19' },
];

describe('the days a person is on a trip', () => {
  it('are the trip’s days for someone on the whole route, travel out and home included', () => {
    expect(daysOnTrip(trip, stops, ['kunming', 'beijing', 'shanghai'])).toEqual({ from: '2016-11-05', to: '2016-11-19' });
  });

  it('start at the city where they join and end at the one they leave after', () => {
    expect(daysOnTrip(trip, stops, ['beijing', 'shanghai'])).toEqual({ from: '2016-11-09', to: '2016-11-19' });
    expect(daysOnTrip(trip, stops, ['kunming'])).toEqual({ from: '2016-11-05', to: '2016-11-09' });
    expect(daysOnTrip(trip, stops, ['beijing'])).toEqual({ from: '2016-11-09', to: '2016-11-13' });
  });

  it('are the trip’s days when it has no route yet, and none for someone at none of its cities', () => {
    expect(daysOnTrip(trip, [], [])).toEqual({ from: '2016-11-05', to: '2016-11-19' });
    expect(daysOnTrip(trip, stops, [])).toBeNull();
    expect(daysOnTrip(trip, stops, ['a city since taken off the route'])).toBeNull();
  });
});

describe('the days two trips share for one person', () => {
  it('are the days both have them', () => {
    expect(sharedDays({ from: '2016-11-05', to: '2016-11-19' }, { from: '2016-11-10', to: '2016-11-25' })).toEqual({
      from: '2016-11-10',
      to: '2016-11-19',
    });
    expect(sharedDays({ from: '2016-11-05', to: '2016-11-19' }, { from: '2016-11-05', to: '2016-11-19' })).toEqual({
      from: '2016-11-05',
      to: '2016-11-19',
    });
  });

  it('are none for someone who leaves one trip on the 10th and joins the other on the 11th, or the same day', () => {
    expect(sharedDays({ from: '2016-11-05', to: '2016-11-10' }, { from: '2016-11-11', to: '2016-11-20' })).toBeNull();
    expect(sharedDays({ from: '2016-11-05', to: '2016-11-10' }, { from: '2016-11-10', to: '2016-11-20' })).toBeNull();
    expect(sharedDays({ from: '2016-11-10', to: '2016-11-20' }, { from: '2016-11-05', to: '2016-11-10' })).toBeNull();
  });

  it('include a single day both trips have them on from its start, or to its end', () => {
    expect(sharedDays({ from: '2016-11-10', to: '2016-11-10' }, { from: '2016-11-10', to: '2016-11-20' })).toEqual({
      from: '2016-11-10',
      to: '2016-11-10',
    });
    expect(sharedDays({ from: '2016-11-05', to: '2016-11-10' }, { from: '2016-11-01', to: '2016-11-10' })).toEqual({
      from: '2016-11-05',
      to: '2016-11-10',
    });
  });
});
