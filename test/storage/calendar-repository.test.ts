import { describe, expect, it } from 'vitest';
import { memberCalendarDigests } from '../../src/domain/calendars/calendar-digest';
import { exportEveryMemberCalendar } from '../../src/domain/calendars/calendar-files';
import { DEFAULT_REMINDER_MINUTES } from '../../src/domain/calendars/calendar-reminders';
import { calendarDelivery } from '../../src/domain/calendars/calendar-delivery';
import { emptyEngagementDraft, engagementToDraft } from '../../src/domain/engagements/engagement-rules';
import { importItems, previewCalendarImport } from '../../src/domain/calendars/calendar-import-preview';
import { CALENDAR_SETTING_KEYS } from '../../src/storage/calendar-repository';
import { freshRepositories } from './test-database';
import { inEnglish } from '../builders/words';

async function withSample() {
  const context = freshRepositories();
  const { tripId } = await context.repos.sample.load();
  const bundle = (await context.repos.trips.getBundle(tripId))!;
  return { ...context, tripId, bundle };
}

const EXPORTED_AT = '2016-11-01T09:00:00.000Z';

describe('calendar reminders', () => {
  it('are the defaults until the organiser changes them', async () => {
    const { repos, tripId } = await withSample();
    expect(await repos.calendars.reminders(tripId)).toEqual(DEFAULT_REMINDER_MINUTES);
  });

  it('are kept per trip, and reset to the defaults', async () => {
    const { repos, tripId } = await withSample();
    await repos.calendars.saveReminders(tripId, { ...DEFAULT_REMINDER_MINUTES, meeting: 15, flight: null });
    expect(await repos.calendars.reminders(tripId)).toEqual({ ...DEFAULT_REMINDER_MINUTES, meeting: 15, flight: null });
    expect(await repos.calendars.reminders('another-trip')).toEqual(DEFAULT_REMINDER_MINUTES);
    await repos.calendars.resetReminders(tripId);
    expect(await repos.calendars.reminders(tripId)).toEqual(DEFAULT_REMINDER_MINUTES);
  });

  it('read a damaged stored value as the defaults, keeping whatever kinds are still valid', async () => {
    const { repos, db, tripId } = await withSample();
    await db.settings.put({ key: CALENDAR_SETTING_KEYS.reminders(tripId), value: { meeting: 'soon', train: 45, banquet: -5 } });
    expect(await repos.calendars.reminders(tripId)).toEqual({ ...DEFAULT_REMINDER_MINUTES, train: 45 });
    await db.settings.put({ key: CALENDAR_SETTING_KEYS.reminders(tripId), value: 'garbage' });
    expect(await repos.calendars.reminders(tripId)).toEqual(DEFAULT_REMINDER_MINUTES);
  });
});

describe('the folder for every delegate’s calendar', () => {
  it('is chosen once and remembered', async () => {
    const { repos } = await withSample();
    expect(await repos.calendars.folder()).toBeNull();
    await repos.calendars.rememberFolder({ id: 'f0b1c2d3', label: '/home/ana/Calendars' });
    expect(await repos.calendars.folder()).toEqual({ id: 'f0b1c2d3', label: '/home/ana/Calendars' });
  });
});

describe('recording exported calendars', () => {
  it('keeps when each person’s calendar was exported and what it held, so they show as up to date', async () => {
    const { repos, tripId, bundle } = await withSample();
    const files = exportEveryMemberCalendar(bundle, { words: inEnglish, now: EXPORTED_AT });
    if (!files.ok) throw new Error(inEnglish(files.error));
    const recorded = await repos.calendars.recordExports(
      tripId,
      files.value.map((file) => ({ personId: file.personId, digest: file.digest, reminders: file.reminders })),
      EXPORTED_AT,
    );
    expect(recorded).toBe(bundle.memberships.length);

    const after = (await repos.trips.getBundle(tripId))!;
    const now = memberCalendarDigests(after, inEnglish);
    for (const membership of after.memberships) {
      expect(membership.calendarExportedAt).toBe(EXPORTED_AT);
      expect(calendarDelivery(membership, now.get(membership.personId)!)).toEqual({ state: 'up-to-date', sentAt: EXPORTED_AT });
    }
  });

  it('shows an edit of the MoU signing as one update for everyone at it, and nobody else', async () => {
    const { repos, tripId, bundle } = await withSample();
    const files = exportEveryMemberCalendar(bundle, { words: inEnglish, now: EXPORTED_AT });
    if (!files.ok) throw new Error(inEnglish(files.error));
    await repos.calendars.recordExports(tripId, files.value, EXPORTED_AT);
    const mou = bundle.engagements.find((engagement) => engagement.title.includes('MoU signing'))!;
    await repos.engagements.save(tripId, mou.id, { ...engagementToDraft(mou), startTime: '10:30', endTime: '11:30' });

    const after = (await repos.trips.getBundle(tripId))!;
    const now = memberCalendarDigests(after, inEnglish);
    const changed = after.memberships.filter((membership) => {
      const delivery = calendarDelivery(membership, now.get(membership.personId)!);
      return delivery.state === 'changed';
    });
    const attending = files.value.filter((file) => mou.calendar.uid in file.digest).map((file) => file.personId);
    expect(changed.map((membership) => membership.personId).sort()).toEqual(attending.sort());
    expect(attending.length).toBeGreaterThan(0);
    expect(calendarDelivery(changed[0]!, now.get(changed[0]!.personId)!)).toMatchObject({
      state: 'changed',
      sentAt: EXPORTED_AT,
      changes: { added: 0, updated: 1, removed: 0, total: 1, events: [{ uid: mou.calendar.uid, kind: 'moved' }] },
    });
  });

  it('skips someone who has left the trip since', async () => {
    const { repos, tripId, bundle } = await withSample();
    const recorded = await repos.calendars.recordExports(
      tripId,
      [
        { personId: 'not-a-member', digest: {}, reminders: 'none' },
        { personId: bundle.memberships[0]!.personId, digest: {}, reminders: 'none' },
      ],
      EXPORTED_AT,
    );
    expect(recorded).toBe(1);
  });
});

describe('a deleted engagement, once recorded as sent', () => {
  it('is sent as cancelled from what was recorded, and the person is up to date once that is recorded too', async () => {
    const { repos, tripId, bundle } = await withSample();
    const files = exportEveryMemberCalendar(bundle, { words: inEnglish, now: EXPORTED_AT });
    if (!files.ok) throw new Error(inEnglish(files.error));
    await repos.calendars.recordExports(tripId, files.value, EXPORTED_AT);
    const mou = bundle.engagements.find((engagement) => engagement.title.includes('MoU signing'))!;
    await repos.engagements.remove(mou.id);

    const after = (await repos.trips.getBundle(tripId))!;
    const attending = after.memberships.filter((m) => mou.calendar.uid in (m.calendarExportedEvents ?? {}));
    expect(attending.length).toBeGreaterThan(0);
    const first = attending[0]!;
    expect(first.calendarExportedEvents?.[mou.calendar.uid]).toEqual({
      entry: `${mou.calendar.sequence} CONFIRMED`,
      title: mou.title,
      start: mou.start.utc,
      end: mou.end.utc,
    });
    const delivery = calendarDelivery(first, memberCalendarDigests(after, inEnglish).get(first.personId)!);
    expect(delivery).toMatchObject({ state: 'changed', changes: { removed: 1 } });

    const resent = exportEveryMemberCalendar(after, { words: inEnglish, now: '2016-11-02T09:00:00.000Z' });
    if (!resent.ok) throw new Error(inEnglish(resent.error));
    const theirs = resent.value.find((file) => file.personId === first.personId)!;
    expect(theirs.text).toContain(`UID:${mou.calendar.uid}`);
    expect(theirs.digest[mou.calendar.uid]?.entry).toBe(`${mou.calendar.sequence + 1} CANCELLED`);
    await repos.calendars.recordExports(tripId, [theirs], '2016-11-02T09:00:00.000Z');
    const recorded = (await repos.trips.getBundle(tripId))!;
    const membership = recorded.memberships.find((m) => m.personId === first.personId)!;
    expect(calendarDelivery(membership, memberCalendarDigests(recorded, inEnglish).get(first.personId)!).state).toBe('up-to-date');
  });
});

describe('importing a calendar’s events as engagements', () => {
  const invitation = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zhengxin Group//Invitations//EN',
    'BEGIN:VEVENT',
    'UID:tour-1@zhengxin.example',
    'DTSTAMP:20161020T080000Z',
    'DTSTART;TZID=Asia/Shanghai:20161112T150000',
    'DTEND;TZID=Asia/Shanghai:20161112T163000',
    'SUMMARY:Tour of the Zhengxin sensor plant',
    'LOCATION:Zhengxin Group\\, Tianjin',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:dinner-1@zhengxin.example',
    'DTSTAMP:20161020T080000Z',
    'DTSTART;TZID=Asia/Shanghai:20161112T190000',
    'DTEND;TZID=Asia/Shanghai:20161112T210000',
    'SUMMARY:Welcome dinner',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it('saves every chosen draft at once, in the city’s time', async () => {
    const { repos, db, tripId, bundle } = await withSample();
    const preview = previewCalendarImport(invitation, bundle, inEnglish);
    if (!preview.ok) throw new Error(inEnglish(preview.error));
    const before = await db.engagements.count();
    const saved = await repos.engagements.saveMany(tripId, preview.value.drafts);
    if (!saved.ok) throw new Error(inEnglish(saved.error));
    expect(saved.value.map((engagement) => [engagement.title, engagement.start.local, engagement.start.utc])).toEqual([
      ['Tour of the Zhengxin sensor plant', '2016-11-12T15:00', '2016-11-12T07:00:00Z'],
      ['Welcome dinner', '2016-11-12T19:00', '2016-11-12T11:00:00Z'],
    ]);
    expect(new Set(saved.value.map((engagement) => engagement.calendar.uid)).size).toBe(2);
    expect(await db.engagements.count()).toBe(before + 2);
  });

  it('keeps each event’s UID, refuses the same invitation a second time, and applies a newer version as an update', async () => {
    const { repos, db, tripId, bundle } = await withSample();
    const first = previewCalendarImport(invitation, bundle, inEnglish);
    if (!first.ok) throw new Error(inEnglish(first.error));
    const saved = await repos.engagements.importCalendar(tripId, importItems(first.value.events));
    if (!saved.ok) throw new Error(inEnglish(saved.error));
    expect(saved.value.map((engagement) => engagement.calendar)).toEqual([
      { uid: 'tour-1@zhengxin.example', sequence: 0 },
      { uid: 'dinner-1@zhengxin.example', sequence: 0 },
    ]);
    const count = await db.engagements.count();

    const after = (await repos.trips.getBundle(tripId))!;
    const again = previewCalendarImport(invitation, after, inEnglish);
    if (!again.ok) throw new Error(inEnglish(again.error));
    expect(again.value.events.every((event) => event.draft === null)).toBe(true);
    // Even when asked to, the repository does not add a second copy.
    const copied = await repos.engagements.importCalendar(tripId, importItems(first.value.events));
    expect(copied.ok).toBe(false);
    expect(await db.engagements.count()).toBe(count);

    const moved = invitation
      .replace('UID:tour-1@zhengxin.example', 'UID:tour-1@zhengxin.example\r\nSEQUENCE:3')
      .replace('DTSTART;TZID=Asia/Shanghai:20161112T150000', 'DTSTART;TZID=Asia/Shanghai:20161112T153000');
    const update = previewCalendarImport(moved, after, inEnglish);
    if (!update.ok) throw new Error(inEnglish(update.error));
    const tour = update.value.events[0]!;
    expect(tour.updates?.calendar.uid).toBe('tour-1@zhengxin.example');
    const updated = await repos.engagements.importCalendar(tripId, importItems([tour]));
    if (!updated.ok) throw new Error(inEnglish(updated.error));
    expect(await db.engagements.count()).toBe(count);
    const stored = await db.engagements.get(tour.updates!.id);
    expect(stored?.start.local).toBe('2016-11-12T15:30');
    expect(stored?.calendar).toEqual({ uid: 'tour-1@zhengxin.example', sequence: 3 });
  });

  it('saves nothing when one draft is refused, and names it', async () => {
    const { repos, db, tripId, bundle } = await withSample();
    const tianjin = bundle.stops.find((stop) => stop.name === 'Tianjin')!;
    const good = { ...emptyEngagementDraft(tianjin.id, '2016-11-12', '15:00'), title: 'Tour' };
    const bad = { ...emptyEngagementDraft(tianjin.id, '2016-11-12', '16:00'), title: '' };
    const before = await db.engagements.count();
    const saved = await repos.engagements.saveMany(tripId, [good, bad]);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(inEnglish(saved.error)).toMatch(/^Event 2, “”: /);
    expect(await db.engagements.count()).toBe(before);
  });
});
