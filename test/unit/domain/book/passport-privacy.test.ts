/**
 * Passport numbers and dates of birth stay with the organiser: no delegate's book holds another's, a delegate's
 * own book holds theirs only when the organiser ticks passport details, and no calendar or host programme holds
 * any. Each output is read whole, as text, so that no field of it can carry one in unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { BOOK_SECTIONS, briefingBook, type BookOptions } from '../../../../src/domain/book/briefing-book';
import { hostProgramme, hostsOf } from '../../../../src/domain/book/host-programme';
import { exportEveryMemberCalendar, exportTripCalendar } from '../../../../src/domain/calendars/calendar-files';
import type { Person } from '../../../../src/domain/people/person';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { inEnglish } from '../../../builders/words';

function sample(): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
}

/** Everything in a value as text: maps and sets included. */
const asText = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Map ? [...inner.entries()] : inner instanceof Set ? [...inner] : inner));

/** The ways a date of birth could be written: 1975-02-08, 19750208. */
const birthForms = (person: Person) => (person.dateOfBirth ? [person.dateOfBirth, person.dateOfBirth.replaceAll('-', '')] : []);

function expectNoneOf(text: string, people: readonly Person[]) {
  for (const person of people) {
    expect(person.passportNumber).not.toBe('');
    expect(text, `${person.name}’s passport number`).not.toContain(person.passportNumber);
    for (const form of birthForms(person)) expect(text, `${person.name}’s date of birth`).not.toContain(form);
  }
}

const delegateBook = (personId: string, passportDetails?: boolean): BookOptions => ({
  personId,
  edition: 'delegate',
  sections: BOOK_SECTIONS,
  ...(passportDetails !== undefined && { passportDetails }),
});

describe('passport numbers and dates of birth', () => {
  it('are in no delegate’s book, theirs or another’s, unless the organiser ticks them', () => {
    const bundle = sample();
    for (const member of bundle.memberships) {
      const book = briefingBook({ bundle }, delegateBook(member.personId));
      expectNoneOf(asText(book), bundle.people);
    }
  });

  it('put in a delegate’s book when ticked, are theirs alone', () => {
    const bundle = sample();
    const kerr = bundle.people.find((person) => person.name === 'Daniel Kerr')!;
    const book = briefingBook({ bundle }, delegateBook(kerr.id, true))!;

    expect(book.passport).toMatchObject({ passportNumber: '497150329', dateOfBirth: '1975-02-08' });
    expectNoneOf(asText(book), bundle.people.filter((person) => person.id !== kerr.id));
  });

  it('are in the organiser’s edition only when ticked', () => {
    const bundle = sample();
    const organiser: BookOptions = { personId: null, edition: 'organiser', sections: BOOK_SECTIONS };

    expectNoneOf(asText(briefingBook({ bundle }, organiser)), bundle.people);
    const ticked = briefingBook({ bundle }, { ...organiser, passportDetails: true })!;
    expect(ticked.members.find((member) => member.person.name === 'Daniel Kerr')!.care!.passport!.passportNumber).toBe('497150329');
  });

  it('are in no host programme, whatever the book options', () => {
    const bundle = sample();
    for (const host of hostsOf(bundle)) expectNoneOf(asText(hostProgramme(bundle, host.id)), bundle.people);
  });

  it('are in no calendar: neither the trip’s nor any delegate’s', () => {
    const bundle = sample();
    const options = { words: inEnglish, now: '2026-01-02T03:04:05.000Z' };
    const trip = exportTripCalendar(bundle, options);
    const everyone = exportEveryMemberCalendar(bundle, options);
    if (!trip.ok || !everyone.ok) throw new Error('The calendars were not written.');

    expectNoneOf(trip.value.text, bundle.people);
    expect(everyone.value).toHaveLength(20);
    for (const file of everyone.value) expectNoneOf(asText(file), bundle.people);
  });
});
