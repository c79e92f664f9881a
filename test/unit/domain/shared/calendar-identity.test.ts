import { describe, expect, it } from 'vitest';
import { calendarIdentitySchema, nextCalendarIdentity } from '../../../../src/domain/shared/calendar-identity';

describe('the calendar identity of an engagement, journey or hotel stay', () => {
  it('is new for a new item: a fresh UID of the planner and sequence 0', () => {
    expect(nextCalendarIdentity(undefined, () => 'abc')).toEqual({ uid: 'abc@delegation-planner', sequence: 0 });
  });

  it('keeps its UID and raises its sequence when the item is saved again, asking for no new id', () => {
    const newId = () => {
      throw new Error('an item that has a UID keeps it');
    };
    expect(nextCalendarIdentity({ uid: 'partner-1@example', sequence: 3 }, newId)).toEqual({
      uid: 'partner-1@example',
      sequence: 4,
    });
  });

  it('is stored only with a UID and a whole sequence of 0 or more', () => {
    expect(calendarIdentitySchema.safeParse({ uid: 'x@delegation-planner', sequence: 0 }).success).toBe(true);
    expect(calendarIdentitySchema.safeParse({ uid: '', sequence: 0 }).success).toBe(false);
    expect(calendarIdentitySchema.safeParse({ uid: 'x', sequence: -1 }).success).toBe(false);
    expect(calendarIdentitySchema.safeParse({ uid: 'x', sequence: 1.5 }).success).toBe(false);
  });
});
