import { describe, expect, it } from 'vitest';
import { CHECK_RULES } from '../../../../src/domain/checks/finding';

describe('the checks’ rules', () => {
  it('keep the names acknowledgements were stored under, in the order findings are reported', () => {
    expect(CHECK_RULES).toEqual([
      'double-booking',
      'outside-stop-dates',
      'attendee-not-at-stop',
      'tight-transfer',
      'night-without-hotel',
      'suspicious-time',
      'journey-timing',
      'short-connection',
      'travel-documents',
      'overlapping-trip',
      'guest-in-two-hotels',
      'night-without-room',
      'room-over-capacity',
      'resource-double-booking',
      'resource-tight-transfer',
      'vehicle-capacity',
      'interpreter-missing',
    ]);
  });
});
