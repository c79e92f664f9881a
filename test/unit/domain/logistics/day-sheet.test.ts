import { describe, expect, it } from 'vitest';
import { daySheet, type DaySheetSource } from '../../../../src/domain/logistics/day-sheet';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { aBooking, aResource } from '../../../builders/logistics-records';
import { aCityRecord } from '../../../builders/route-records';

let counter = 0;
const sample = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
const resource = (name: string) => sample.resources.find((candidate) => candidate.name === name)!;
const engagement = (title: string) => sample.engagements.find((candidate) => candidate.title.includes(title))!;

describe('a driver’s day sheet', () => {
  const coach = resource('Beijing coach');
  const sheet = daySheet(sample, coach.id, '2016-11-13')!;

  it('lists each pick-up of the day in time order, at the city’s 24-hour time', () => {
    expect(sheet.days).toHaveLength(1);
    expect(sheet.days[0]!.city?.name).toBe('Beijing');
    expect(sheet.days[0]!.entries.map((entry) => entry.booking.time)).toEqual(['10:45', '14:20']);
  });

  it('says where to pick up and where to go in the local script first, and in English', () => {
    const [station, embassy] = sheet.days[0]!.entries;
    expect(station!.booking.from).toEqual({ local: '北京南站 北出口', english: 'Beijing South Railway Station, north exit' });
    expect(station!.booking.to).toEqual({
      local: '建国门花园酒店 北京市朝阳区建国门外大街22号',
      english: 'Jianguomen Garden Hotel, 22 Jianguomenwai Avenue, Chaoyang District, Beijing',
    });
    // Without a pick-up place, from the hotel the delegation stays at that day.
    expect(embassy!.booking.from.local).toBe('建国门花园酒店 北京市朝阳区建国门外大街22号');
    expect(embassy!.booking.to).toEqual({
      local: '英国驻华大使馆 北京市朝阳区光华路11号',
      english: 'British Embassy Beijing, 11 Guanghua Road, Chaoyang District, Beijing',
    });
  });

  it('names the passengers in both scripts where known, head of delegation first, and counts them', () => {
    const [station, embassy] = sheet.days[0]!.entries;
    // Off the Tianjin train: everyone but the three who fly in from Manchester that morning.
    expect(station!.passengers).toHaveLength(17);
    expect(station!.passengers[0]!.name).toBe('Joe Anderson');
    expect(station!.passengers).toContainEqual({ id: expect.any(String), name: 'Meilin Zhang', nameLocal: '张美琳' });
    // The embassy briefing: twenty in Beijing, less the interpreter, who is not attending it.
    expect(embassy!.passengers).toHaveLength(19);
    expect(embassy!.passengers.map((passenger) => passenger.name)).not.toContain('Meilin Zhang');
  });

  it('gives the contact on board: the organiser and the local coordinator from the trip’s contacts in emergencies', () => {
    expect(sheet.organiser).toEqual({ name: 'Ellen Cutler', phone: '+44 7700 900110', email: 'ellen.cutler@investliverpool.example' });
    expect(sheet.coordinator?.name).toBe('Wang Fang 王芳');
  });

  it('offers every day the resource is booked, and holds them all when no day is chosen', () => {
    expect(sheet.dates).toEqual(['2016-11-13', '2016-11-15']);
    const all = daySheet(sample, coach.id, null)!;
    expect(all.days.map((day) => day.date)).toEqual(['2016-11-13', '2016-11-15']);
    expect(all.days[1]!.entries[0]!.booking.to.english).toBe('Beijing South Railway Station');
  });

  it('leaves off a cancelled engagement', () => {
    const embassy = engagement('Trade briefing');
    const cancelled = { ...sample, engagements: sample.engagements.map((each) => (each.id === embassy.id ? { ...each, status: 'cancelled' as const } : each)) };
    expect(daySheet(cancelled, coach.id, '2016-11-13')!.days[0]!.entries.map((entry) => entry.booking.time)).toEqual(['10:45']);
  });
});

describe('a day sheet across a change of the clocks', () => {
  // London, the night summer time ends: 01:00–02:00 happens twice.
  const london = aCityRecord('london', 0, '2017-10-28', '2017-10-30', { name: 'London', country: 'GB', timeZone: 'Europe/London' });
  const base = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `x-${++counter}` });
  const template = base.engagements[0]!;
  const at = (id: string, local: string, end: string) => ({
    ...template,
    id,
    stopId: london.id,
    start: zonedTimeOrThrow(local, 'Europe/London'),
    end: zonedTimeOrThrow(end, 'Europe/London'),
    venue: { name: id, nameLocal: '', address: '', addressLocal: '' },
  });
  const car = aResource('car', 'Night car', 4);
  const source: DaySheetSource = {
    ...base,
    stops: [london],
    accommodations: [],
    segments: [],
    memberships: [{ ...base.memberships[0]!, stopIds: [london.id] }],
    engagements: [at('Late dinner', '2017-10-29T00:30', '2017-10-29T01:15'), at('Early call', '2017-10-29T03:00', '2017-10-29T04:00'), at('Breakfast', '2017-10-30T00:20', '2017-10-30T01:00')],
    resources: [car],
    assignments: [
      aBooking(car, { engagementId: 'Early call' }, { pickUpTime: '01:40' }),
      aBooking(car, { engagementId: 'Late dinner' }, { pickUpTime: '00:10' }),
      // For a start just after midnight, picked up the evening before.
      aBooking(car, { engagementId: 'Breakfast' }, { pickUpTime: '23:50' }),
    ],
  };

  it('keeps local times and the order they happen in, and puts a pick-up before midnight on its own day', () => {
    const sheet = daySheet(source, car.id, null)!;
    expect(sheet.days.map((day) => [day.date, day.entries.map((entry) => `${entry.booking.time} ${entry.booking.to.english}`)])).toEqual([
      ['2017-10-29', ['00:10 Late dinner', '01:40 Early call', '23:50 Breakfast']],
    ]);
  });
});
