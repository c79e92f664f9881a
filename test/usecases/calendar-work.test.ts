/**
 * The calendar worker's work, as plain functions: every delegate's calendar written from data alone (the words
 * made from the language), the same files the page writes, zipped or as texts; and the page's side of the
 * worker, which does the same work on the page where no worker can start, and can be cancelled.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportEveryMemberCalendar } from '../../src/domain/calendars/calendar-files';
import { previewCalendarImport } from '../../src/domain/calendars/calendar-import-preview';
import { createCalendarWork, type MemberCalendarsRequest } from '../../src/usecases/calendar-work';
import { createCalendarWorker } from '../../src/usecases/calendar-worker';
import { inChinese, inEnglish } from '../builders/words';
import { NOW, sample, unwrap } from '../unit/domain/calendars/sample-trip-calendars';
import { fixture } from './sample-data';

const request = (change: Partial<MemberCalendarsRequest> = {}): MemberCalendarsRequest => ({
  bundle: sample,
  language: 'en',
  options: { now: NOW, reminders: { meeting: 15 }, organizerName: 'Ann Organiser', organizerEmail: 'ann@example.org' },
  personIds: null,
  output: 'files',
  ...change,
});

describe('writing every delegate’s calendar from data', () => {
  const work = createCalendarWork();

  it('writes the files the page writes, in the language asked for', () => {
    for (const [language, words] of [['en', inEnglish], ['zh-CN', inChinese]] as const) {
      const written = unwrap(work.writeMemberCalendars(request({ language })));
      const onPage = unwrap(exportEveryMemberCalendar(sample, { ...request().options, words }));
      expect(written.texts).toEqual(onPage.map((file) => file.text));
      expect(written.calendars).toEqual(onPage.map(({ text: _text, ...calendar }) => calendar));
      expect(written.zip).toBeNull();
    }
  });

  it('zips them, each under its file name, telling how many are written', () => {
    const heard: string[] = [];
    const written = unwrap(
      work.writeMemberCalendars(request({ output: 'zip' }), (progress) =>
        heard.push(progress.stage === 'writing' ? `${progress.written} of ${progress.total}` : progress.stage),
      ),
    );
    const files = unzipSync(written.zip!);
    const onPage = unwrap(exportEveryMemberCalendar(sample, { ...request().options, words: inEnglish }));
    expect(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]))).toEqual(
      Object.fromEntries(onPage.map((file) => [file.fileName, file.text])),
    );
    expect(heard.at(-1)).toBe('zipping');
    expect(heard[0]).toBe(`1 of ${onPage.length}`);
    expect(written.texts).toBeNull();
  });

  it('writes only the people chosen, under the names they have among everyone’s', () => {
    const everyone = unwrap(work.writeMemberCalendars(request()));
    const chosen = [everyone.calendars[3]!.personId, everyone.calendars[1]!.personId];
    const written = unwrap(work.writeMemberCalendars(request({ personIds: chosen })));
    expect(written.calendars.map((calendar) => calendar.fileName)).toEqual([everyone.calendars[1]!.fileName, everyone.calendars[3]!.fileName]);
    expect(written.texts).toEqual([everyone.texts![1], everyone.texts![3]]);
  });
});

describe('reading a calendar file into the preview of its import, from data', () => {
  const invitation = fixture('calendars/zhengxin-invitation.ics');

  it('gives the preview the page gives, in the language asked for', () => {
    const work = createCalendarWork();
    for (const [language, words] of [['en', inEnglish], ['zh-CN', inChinese]] as const) {
      expect(work.previewCalendarImport(invitation, sample, language)).toEqual(previewCalendarImport(invitation, sample, words));
    }
  });

  it('is read on the page where no worker can start, or when the worker fails to load', async () => {
    const failing = () => {
      const target = new EventTarget() as Worker;
      Object.assign(target, { postMessage: () => queueMicrotask(() => target.dispatchEvent(new Event('error'))), terminate: () => undefined });
      return target;
    };
    const onPage = previewCalendarImport(invitation, sample, inEnglish);
    expect(await createCalendarWorker(null).previewCalendarImport(invitation, sample, 'en')).toEqual(onPage);
    expect(await createCalendarWorker(failing).previewCalendarImport(invitation, sample, 'en')).toEqual(onPage);
  });
});

describe('the page’s side of the calendar worker', () => {
  it('does the work on the page where no worker can start', async () => {
    const written = await createCalendarWorker(null).writeMemberCalendars(request());
    expect(written.ok && written.value.texts).toEqual(unwrap(createCalendarWork().writeMemberCalendars(request())).texts);
  });

  it('says cancelled, and writes nothing, when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await createCalendarWorker(null).writeMemberCalendars(request(), { signal: controller.signal })).toEqual({ ok: false, error: 'cancelled' });
  });

  it('falls back to the page when the worker fails to load', async () => {
    const failing = () => {
      const target = new EventTarget() as Worker;
      Object.assign(target, { postMessage: () => queueMicrotask(() => target.dispatchEvent(new Event('error'))), terminate: () => undefined });
      return target;
    };
    const written = await createCalendarWorker(failing).writeMemberCalendars(request());
    expect(written.ok).toBe(true);
  });
});
