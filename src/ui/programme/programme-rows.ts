/**
 * The programme as rows: a heading row for each day and a row for each item in it, laid out at once (the list
 * knows every row and roughly how tall it is), and each row worded in the reader's words when it is first asked
 * for, by drawing it or by a find. The luxon and Intl work (home times, clock changes, dates) is done once per
 * row, trip and language and kept with the trip's records, so scrolling back, or opening the tab again, words
 * nothing again; a change to the trip's records is a new bundle and words it anew.
 *
 * Each row also carries what the programme's find looks in: what the row shows, and the names of its cities,
 * hotels and partners in the other script, so a person finds "天津" in English and "Tianjin" in Chinese.
 */
import type { TFunction } from 'i18next';
import { cityForEngagement, DEFAULT_START_TIME } from '../../domain/engagements/engagement-rules';
import { personalProgrammeInput } from '../../domain/programme/personal-programme';
import { buildProgramme, type ProgrammeDay, type ProgrammeInput, type ProgrammeItem } from '../../domain/programme/programme';
import { homeClockPlace, zonePlace } from '../../domain/route/city-names';
import { journeyNumbers } from '../../domain/route/journey-legs';
import { arrivalDayOffset } from '../../domain/route/route';
import { clockChangeOn, clockLabel, utcOffsetLabel, wallTimeIn, type ZonedTime } from '../../domain/shared/time';
import type { IsoDate } from '../../domain/shared/date-arithmetic';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { cityName, journeyEndLabel } from '../shared/current-trip';
import type { Locale } from '../shared/locale';

/** The heading of a day. */
export interface DayRow {
  kind: 'day';
  key: string;
  /** The day's place among the days (0 first). */
  day: number;
  date: IsoDate;
  zone: string;
  /** The city an engagement added on this day is booked in; null when the delegation is in none. */
  addIn: string | null;
  /** Nothing on this day: its row says so. */
  empty: boolean;
}

/** An item of a day: a journey leaving or arriving, a hotel, an engagement. */
export interface ItemRow {
  kind: 'item';
  key: string;
  day: number;
  item: ProgrammeItem;
  /** The last item of its day. */
  last: boolean;
}

export type ProgrammeRow = DayRow | ItemRow;

/** What a day's heading says. */
export interface DayWords {
  /** "Day 3 · Sat 12 Nov 2016 · Tianjin". */
  title: string;
  /** The day's cities in their own script ("天津"), '' when none. */
  local: string;
  travelDay: boolean;
  /** "Tianjin time, UTC+8". */
  clock: string;
  /** "Sat 12 Nov 2016": what the add button is labelled by. */
  written: { day: string; year: string };
  /** Lower-cased: what find looks in. */
  search: string;
}

/** What an item's row says. */
export interface ItemWords {
  /** The local time ("09:30") and where ("Tianjin"), or for a hotel the word beside it ("Check in"). */
  time: string | null;
  place: string;
  /** The time at home beside the local one, null when it reads the same. */
  home: string | null;
  title: string;
  /** The title's other script (a hotel's name in Chinese), '' when none. */
  titleLocal: string;
  /** The line under the title. */
  detail: string;
  /** The line under it in the local script (a hotel's address), '' when none. */
  detailLocal: string;
  search: string;
}

export interface ProgrammeRows {
  days: ProgrammeDay[];
  rows: ProgrammeRow[];
  /** Each day's heading row, by the day's place. */
  dayRows: number[];
  engagements: number;
  /** A row's words, worded on first asking. */
  dayWords: (row: DayRow) => DayWords;
  itemWords: (row: ItemRow) => ItemWords;
}

type Words = TFunction<['programme', 'engagements']>;

/** "UTC+8"; on the day the clocks change, both: "UTC−7 until 02:00, then UTC−8". */
function offsetOfDay(t: Words, zone: string, date: string): string {
  const change = clockChangeOn(date, zone);
  return change ? t('offsetChange', { before: change.before, at: change.at, after: change.after }) : utcOffsetLabel(zone, `${date}T12:00:00Z`);
}

/** The time at home beside a local one ("08:10 London", with the day when home is on another); null at home. */
function homeTime(t: Words, locale: Locale, time: ZonedTime, bundle: TripBundle): string | null {
  const { trip } = bundle;
  if (time.zone === trip.homeZone) return null;
  const home = wallTimeIn(time, trip.homeZone);
  // A clock that reads the same as home's (Hong Kong beside Shenzhen) needs no second time.
  if (home === time.local) return null;
  const facts = { time: home.slice(11), city: locale.place(homeClockPlace(trip)) };
  return home.slice(0, 10) === time.local.slice(0, 10)
    ? t('homeTime', facts)
    : t('homeTimeOtherDay', { ...facts, day: locale.day(home.slice(0, 10)) });
}

/** A city's names in both scripts, for find. */
function cityNames(bundle: TripBundle, stopId: string | null): string {
  if (stopId === null) return bundle.trip.home?.name ?? '';
  const stop = bundle.stops.find((city) => city.id === stopId);
  return stop ? `${stop.name} ${stop.nameLocal}` : '';
}

function itemWords(bundle: TripBundle, t: Words, locale: Locale, item: ProgrammeItem): ItemWords {
  switch (item.kind) {
    case 'departure':
    case 'arrival': {
      const { segment } = item;
      const from = cityName(bundle, segment.fromStopId, locale);
      const to = cityName(bundle, segment.toStopId, locale);
      const offset = arrivalDayOffset(segment.departure, segment.arrival);
      const leaving = item.kind === 'departure';
      const places = { fromPlace: segment.departurePlace || from, toPlace: segment.arrivalPlace || to };
      const detail =
        (leaving
          ? offset > 0
            ? t('journey.arrivesAtLater', { ...places, time: segment.arrival.local.slice(11), count: offset })
            : t('journey.arrivesAt', { ...places, time: segment.arrival.local.slice(11) })
          : t('journey.leftDayBefore', { ...places, time: segment.departure.local.slice(11) })) +
        (segment.bookingReference ? t('journey.booking', { reference: segment.bookingReference }) : '') +
        (segment.travellerIds ? t('journey.travelling', { count: segment.travellerIds.length }) : '');
      const title = t(leaving ? 'journey.departs' : 'journey.arrives', {
        mode: t(`mode.${segment.mode}`),
        numbers: journeyNumbers(segment),
        from,
        to,
      });
      const place = leaving
        ? journeyEndLabel(bundle, segment.fromStopId, item.at, segment.departurePlace, locale)
        : journeyEndLabel(bundle, segment.toStopId, item.at, segment.arrivalPlace, locale);
      const time = clockLabel(item.at);
      const home = homeTime(t, locale, item.at, bundle);
      return {
        time,
        place,
        home,
        title,
        titleLocal: '',
        detail,
        detailLocal: '',
        search: [time, place, home, title, detail, cityNames(bundle, segment.fromStopId), cityNames(bundle, segment.toStopId)].join(' ').toLocaleLowerCase(),
      };
    }
    case 'check-in':
    case 'check-out': {
      const { stay } = item;
      const checkIn = item.kind === 'check-in';
      const title = t(checkIn ? 'stay.checkInAt' : 'stay.checkOutAt', { name: stay.name });
      const detailLocal = checkIn ? stay.addressLocal || stay.address : '';
      const place = checkIn ? t('stay.checkIn') : t('stay.checkOut');
      return {
        time: null,
        place,
        home: null,
        title,
        titleLocal: stay.nameLocal,
        detail: '',
        detailLocal,
        search: [place, title, stay.nameLocal, detailLocal, stay.address].join(' ').toLocaleLowerCase(),
      };
    }
    case 'engagement': {
      const { engagement } = item;
      const place = cityName(bundle, engagement.stopId, locale);
      const partners = engagement.organisationIds
        .map((id) => bundle.organisations.find((organisation) => organisation.id === id))
        .filter((organisation) => organisation !== undefined);
      const detail =
        t('engagement.until', { kind: t(`engagements:kind.${engagement.kind}`), end: clockLabel(engagement.end) }) +
        (engagement.venue.name ? ` · ${engagement.venue.name}` : '') +
        (partners.length > 0 ? t('engagement.withPartners', { partners: locale.list(partners.map((partner) => partner.name)) }) : '') +
        (engagement.status !== 'confirmed' ? t(`engagement.status.${engagement.status}`) : '');
      const time = clockLabel(item.at);
      const home = homeTime(t, locale, item.at, bundle);
      return {
        time,
        place,
        home,
        title: engagement.title,
        titleLocal: '',
        detail,
        detailLocal: '',
        search: [
          time,
          place,
          home,
          engagement.title,
          detail,
          engagement.venue.nameLocal,
          cityNames(bundle, engagement.stopId),
          ...partners.map((partner) => partner.nameLocal),
        ]
          .join(' ')
          .toLocaleLowerCase(),
      };
    }
  }
}

function dayWords(bundle: TripBundle, t: Words, locale: Locale, day: ProgrammeDay, index: number): DayWords {
  const cities = day.stopIds.map((id) => cityName(bundle, id, locale));
  const where = cities.length ? cities.join(' → ') : day.zone === bundle.trip.homeZone ? t('day.homeAndTravel') : locale.place(zonePlace(day.zone));
  const written = { day: locale.day(day.date), year: day.date.slice(0, 4) };
  const local = day.stopIds
    .map((id) => bundle.stops.find((stop) => stop.id === id)?.nameLocal)
    .filter(Boolean)
    .join(' → ');
  // The clock is named after the day's own city on it ("Beijing time"), not the city the zone is named after.
  const clockCity = [...day.stopIds]
    .reverse()
    .map((id) => bundle.stops.find((stop) => stop.id === id))
    .find((stop): stop is NonNullable<typeof stop> => stop?.timeZone === day.zone);
  const clockCityName = clockCity ? locale.city(clockCity) : locale.place(zonePlace(day.zone));
  const title = t('day.title', { number: index + 1, ...written, where });
  const clock = t('day.clock', { city: clockCityName, offset: offsetOfDay(t, day.zone, day.date) });
  return {
    title,
    local,
    travelDay: cities.length > 1,
    clock,
    written,
    search: [title, local, clock, ...day.stopIds.map((id) => cityNames(bundle, id))].join(' ').toLocaleLowerCase(),
  };
}

/** The rows of `days`, to be worded in `locale`'s words as they are asked for. */
export function programmeRows(bundle: TripBundle, days: ProgrammeDay[], t: Words, locale: Locale, personal: boolean): ProgrammeRows {
  const rows: ProgrammeRow[] = [];
  const dayRows: number[] = [];
  let engagements = 0;
  days.forEach((day, index) => {
    dayRows.push(rows.length);
    rows.push({
      kind: 'day',
      key: day.date,
      day: index,
      date: day.date,
      zone: day.zone,
      // New engagements on a day start where the delegation is at their usual start hour.
      addIn: personal ? null : cityForEngagement(bundle, { date: day.date, startTime: DEFAULT_START_TIME }),
      empty: day.items.length === 0,
    });
    day.items.forEach((item, position) => {
      if (item.kind === 'engagement') engagements += 1;
      rows.push({ kind: 'item', key: item.key, day: index, item, last: position === day.items.length - 1 });
    });
  });
  const wordedDays = new Map<DayRow, DayWords>();
  const wordedItems = new Map<ItemRow, ItemWords>();
  return {
    days,
    rows,
    dayRows,
    engagements,
    dayWords: (row) => {
      let words = wordedDays.get(row);
      if (!words) {
        words = dayWords(bundle, t, locale, days[row.day]!, row.day);
        wordedDays.set(row, words);
      }
      return words;
    },
    itemWords: (row) => {
      let words = wordedItems.get(row);
      if (!words) {
        words = itemWords(bundle, t, locale, row.item);
        wordedItems.set(row, words);
      }
      return words;
    },
  };
}

/** A person's part of the trip, per trip's records and person: cut once, shared by their programme and calendar. */
const personalInputs = new WeakMap<TripBundle, Map<string, ProgrammeInput | null>>();

/** The programme input of one person on the trip (see `personalProgrammeInput`), cut once per bundle. */
export function personalInputOf(bundle: TripBundle, personId: string): ProgrammeInput | null {
  let byPerson = personalInputs.get(bundle);
  if (!byPerson) {
    byPerson = new Map();
    personalInputs.set(bundle, byPerson);
  }
  if (!byPerson.has(personId)) byPerson.set(personId, personalProgrammeInput(bundle, personId));
  return byPerson.get(personId) ?? null;
}

/** The rows worded so far, per trip's records (a bundle is replaced, never changed, when its records change). */
const worded = new WeakMap<TripBundle, Map<string, ProgrammeRows>>();

/**
 * The programme of the trip, or of one person on it, as rows in `locale`'s words: worded once per bundle,
 * language and person, and the same object each time after that.
 */
export function programmeRowsOf(bundle: TripBundle, personId: string | null, t: Words, locale: Locale): ProgrammeRows {
  let byKey = worded.get(bundle);
  if (!byKey) {
    byKey = new Map();
    worded.set(bundle, byKey);
  }
  const key = `${locale.language}\u0000${personId ?? ''}`;
  let rows = byKey.get(key);
  if (!rows) {
    const input = personId === null ? bundle : personalInputOf(bundle, personId);
    rows = programmeRows(bundle, input ? buildProgramme(input) : [], t, locale, personId !== null);
    byKey.set(key, rows);
  }
  return rows;
}

/** The rows of `programme` that `query` is found in, in order ('' finds none). Words every row, once. */
export function findRows(programme: ProgrammeRows, query: string): number[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  const found: number[] = [];
  programme.rows.forEach((row, index) => {
    const words = row.kind === 'day' ? programme.dayWords(row) : programme.itemWords(row);
    if (words.search.includes(needle)) found.push(index);
  });
  return found;
}
