import { describe, expect, it } from 'vitest';
import { buildProgramme, isToday, type ProgrammeItem } from '../../../../src/domain/programme/programme';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { homeTimeOf } from '../../../../src/domain/shared/time';

let counter = 0;
const sample = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
const programme = buildProgramme(sample);
const cityName = (id: string) => sample.stops.find((stop) => stop.id === id)?.name;

function describeItem(item: ProgrammeItem): string {
  switch (item.kind) {
    case 'departure':
      return `depart ${item.segment.number} ${item.at.local.slice(11)}`;
    case 'arrival':
      return `arrive ${item.segment.number} ${item.at.local.slice(11)}`;
    case 'check-in':
      return `check in ${item.stay.name}`;
    case 'check-out':
      return `check out ${item.stay.name}`;
    case 'engagement':
      return `${item.at.local.slice(11)} ${item.engagement.title}`;
  }
}

describe('the programme', () => {
  it('runs day by day from leaving home to coming back', () => {
    expect(programme[0]?.date).toBe('2016-11-05');
    expect(programme.at(-1)?.date).toBe('2016-11-19');
    expect(programme).toHaveLength(15);
  });

  it('puts each day under its city, and a travel day under both', () => {
    const day = (date: string) => programme.find((entry) => entry.date === date)!;
    expect(day('2016-11-07').stopIds.map(cityName)).toEqual(['Kunming']);
    expect(day('2016-11-09').stopIds.map(cityName)).toEqual(['Kunming', 'Chongqing']);
    expect(day('2016-11-05').stopIds).toEqual([]);
    expect(day('2016-11-05').zone).toBe('Europe/London');
    expect(day('2016-11-12').zone).toBe('Asia/Shanghai');
  });

  it('shows an overnight flight leaving on one day and landing on the next, in each end’s local time', () => {
    const leaving = programme.find((entry) => entry.date === '2016-11-05')!.items.map(describeItem);
    const landing = programme.find((entry) => entry.date === '2016-11-06')!.items.map(describeItem);
    expect(leaving).toContain('depart HU7908 13:15');
    expect(landing[0]).toBe('arrive HU7908 13:45');
  });

  it('orders a day by the instant things happen, with check-in after arriving in the city', () => {
    const tianjin = programme.find((entry) => entry.date === '2016-11-11')!.items.map(describeItem);
    const arrival = tianjin.findIndex((text) => text.startsWith('depart GS7569'));
    const checkIn = tianjin.findIndex((text) => text.startsWith('check in'));
    const checkOut = tianjin.findIndex((text) => text.startsWith('check out'));
    expect(checkOut).toBeLessThan(arrival);
    expect(checkIn).toBeGreaterThan(arrival);
  });

  it('keeps the MoU signing at 10:00 Tianjin, which is 02:00 at home in London', () => {
    const day = programme.find((entry) => entry.date === '2016-11-12')!;
    const signing = day.items.find((item) => item.kind === 'engagement' && item.engagement.kind === 'signing');
    expect(signing && signing.kind === 'engagement' && signing.at.local).toBe('2016-11-12T10:00');
    expect(signing && signing.kind === 'engagement' && homeTimeOf(signing.at, 'Europe/London')).toEqual({ clock: '02:00', otherDay: null });
  });

  it('still shows a city whose dates fall outside the trip’s, rather than hiding it', () => {
    const chengdu = { ...sample.stops.at(-1)!, id: 'chengdu', name: 'Chengdu', position: 6, arrivalDate: '2016-11-20', departureDate: '2016-11-22' };
    const days = buildProgramme({ ...sample, stops: [...sample.stops, chengdu] });
    expect(days.at(-1)?.date).toBe('2016-11-22');
    expect(days.at(-1)?.stopIds).toEqual(['chengdu']);
  });

  it('knows which day is today where that day is lived', () => {
    // 23:30 on 11 Nov in London is already 12 Nov in Tianjin.
    const day = programme.find((entry) => entry.date === '2016-11-12')!;
    expect(isToday(day, '2016-11-11T23:30:00Z')).toBe(true);
    expect(isToday(day, '2016-11-11T15:00:00Z')).toBe(false);
  });
});
