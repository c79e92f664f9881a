import { describe, expect, it } from 'vitest';
import { recordProblem } from '../../../../src/domain/files/record-checks';
import { emptyAssignmentDraft, parseAssignmentDraft, type AssignmentContext } from '../../../../src/domain/logistics/assignment-rules';
import { bookingTargets, pickUpNear } from '../../../../src/domain/logistics/booking-times';
import { emptyResourceDraft, isPhoneNumber, parseResourceDraft } from '../../../../src/domain/logistics/resource-rules';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { aBooking } from '../../../builders/logistics-records';
import { allInEnglish, inEnglish } from '../../../builders/words';

describe('the resource form', () => {
  it('keeps a vehicle’s seats, plate and driver, trimmed', () => {
    const parsed = parseResourceDraft({
      ...emptyResourceDraft('minibus'),
      name: ' Minibus 2 ',
      capacity: '１６',
      plate: '京B·M1616',
      driverName: '孙浩',
      driverPhone: '+86 10 6555 0616',
      languages: ['en'],
    });
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({ kind: 'minibus', name: 'Minibus 2', capacity: 16, plate: '京B·M1616', driverPhone: '+86 10 6555 0616', languages: [] }),
    });
  });

  it('names each field it refuses: no name, seats that are not a whole number of one or more, a phone that is not one', () => {
    for (const capacity of ['0', '16.5', 'sixteen', '-3']) {
      const parsed = parseResourceDraft({ ...emptyResourceDraft('coach'), name: '', capacity, driverPhone: 'ask at the desk' });
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(allInEnglish(parsed.error)).toEqual({
        name: 'Give it a name the delegation will know it by, such as “Coach 1” or “Ms Li”.',
        capacity: `“${capacity}” is not a number of seats: type a whole number, 1 or more, or leave it empty.`,
        driverPhone: '“ask at the desk” does not look like a phone number: digits, spaces and + only, such as +86 138 0013 8000.',
      });
    }
  });

  it('leaves the seats unknown when empty, and drops a vehicle’s fields from an interpreter', () => {
    expect(parseResourceDraft({ ...emptyResourceDraft('car'), name: 'Car', capacity: ' ' })).toMatchObject({ ok: true, value: { capacity: null } });
    const interpreter = parseResourceDraft({
      ...emptyResourceDraft('interpreter'),
      name: 'Ms Li',
      capacity: '4',
      plate: 'X',
      languages: ['zh', ' en ', 'zh', ''],
      phone: '（0151）496 0100',
    });
    expect(interpreter).toMatchObject({ ok: true, value: { capacity: null, plate: '', languages: ['zh', 'en'] } });
  });

  it('reads phone numbers as people write them', () => {
    expect(['+86 138 0013 8000', '(0151) 496-0100', '010/6555 0990', '＋８６ １３８００１３８０００'].every(isPhoneNumber)).toBe(true);
    expect(['1234', 'call Li', '+86 138 0013 8000 ext 2', ''].some(isPhoneNumber)).toBe(false);
  });
});

describe('the booking form', () => {
  let counter = 0;
  const sample = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
  const minibus = sample.resources.find((resource) => resource.name === 'Beijing minibus')!;
  const interpreter = sample.resources.find((resource) => resource.kind === 'interpreter')!;
  const meeting = sample.engagements.find((engagement) => engagement.title.includes('Qingdao Municipal'))!;
  const context: AssignmentContext = { ...bookingTargets(sample), resources: sample.resources, assignments: sample.assignments, editing: null };
  const target = { kind: 'engagement', engagementId: meeting.id } as const;

  it('reads the pick-up time as the app’s time fields do, and keeps it in 24-hour form', () => {
    const parsed = parseAssignmentDraft({ ...emptyAssignmentDraft(target, minibus.id), pickUpTime: '9.15am', pickUpPlace: ' Hotel lobby ' }, context);
    expect(parsed).toMatchObject({ ok: true, value: { pickUpTime: '09:15', pickUpPlace: 'Hotel lobby', personIds: null } });
  });

  it('names what is wrong: an unreadable time, nobody chosen, nothing to book it for, a resource booked twice', () => {
    const bad = parseAssignmentDraft({ ...emptyAssignmentDraft(null, ''), everyone: false, pickUpTime: '25:00' }, context);
    expect(bad.ok || allInEnglish(bad.error)).toEqual({
      resourceId: 'Choose the vehicle, interpreter or guide to book.',
      target: 'Choose what to book it for: an engagement, or a transfer to or from a journey.',
      personIds: 'Choose who rides, or tick everyone.',
      pickUpTime: expect.stringContaining('25:00'),
    });
    const booked = sample.assignments.find((assignment) => assignment.resourceId === interpreter.id)!;
    const twice = parseAssignmentDraft({ ...emptyAssignmentDraft(booked.target, interpreter.id) }, context);
    expect(twice.ok || allInEnglish(twice.error)).toEqual({ target: 'Meilin Zhang 张美琳 is already booked for this.' });
    expect(parseAssignmentDraft({ ...emptyAssignmentDraft(booked.target, interpreter.id) }, { ...context, editing: booked.id }).ok).toBe(true);
  });

  it('gives an interpreter no pick-up', () => {
    const parsed = parseAssignmentDraft({ ...emptyAssignmentDraft(target, interpreter.id), pickUpTime: '09:00', pickUpPlace: 'Lobby' }, context);
    expect(parsed).toMatchObject({ ok: true, value: { pickUpTime: null, pickUpPlace: '' } });
  });
});

describe('a pick-up time', () => {
  const at = (local: string, zone = 'Asia/Shanghai') => zonedTimeOrThrow(local, zone);

  it('is the occurrence of that clock time nearest to what it serves', () => {
    expect(pickUpNear('09:15', at('2016-11-16T10:00')).local).toBe('2016-11-16T09:15');
    expect(pickUpNear('22:30', at('2016-11-17T00:30')).local).toBe('2016-11-16T22:30');
    expect(pickUpNear('00:15', at('2016-11-16T23:50')).local).toBe('2016-11-17T00:15');
  });

  it('is on the city’s clock across a change of it: 00:30 before a 03:00 start in London is three and a half hours before it', () => {
    const pickUp = pickUpNear('00:30', at('2017-03-26T03:00', 'Europe/London'));
    expect(pickUp.local).toBe('2017-03-26T00:30');
    expect((Date.parse('2017-03-26T02:00:00Z') - pickUp.ms) / 60_000).toBe(90);
  });

  it('stored in a file other than as HH:mm is refused in words', () => {
    const booking = { ...aBooking({ id: 'r', tripId: 't' }, { engagementId: 'e' }), id: 'a-1', pickUpTime: '9.15' };
    expect(inEnglish(recordProblem('assignments', 0, booking)!.message)).toBe(
      'assignments, record 1 (id "a-1"), field "pickUpTime" is "9.15": must be a time of day in 24-hour form, HH:mm (such as 14:30).',
    );
  });
});
