/**
 * The catalogues: every word the interface shows, in each language it speaks, one namespace per part of the app.
 * English is the reference: its keys are the keys, and `t` is typed by them (see i18next.d.ts). A unit test holds
 * the Chinese catalogue to the same keys, plural forms and placeholders.
 *
 * To add a namespace: a JSON file in each language folder, an import for each below, and its name in NAMESPACES.
 */
import en_common from './locales/en/common.json';
import en_app from './locales/en/app.json';
import en_settings from './locales/en/settings.json';
import en_trips from './locales/en/trips.json';
import en_route from './locales/en/route.json';
import en_people from './locales/en/people.json';
import en_engagements from './locales/en/engagements.json';
import en_programme from './locales/en/programme.json';
import en_directory from './locales/en/directory.json';
import en_calendars from './locales/en/calendars.json';
import en_backups from './locales/en/backups.json';
import en_checks from './locales/en/checks.json';
import en_files from './locales/en/files.json';
import en_menu from './locales/en/menu.json';
import en_samples from './locales/en/samples.json';
import en_book from './locales/en/book.json';
import en_rooming from './locales/en/rooming.json';
import en_logistics from './locales/en/logistics.json';
import en_team from './locales/en/team.json';
import zh_common from './locales/zh-CN/common.json';
import zh_app from './locales/zh-CN/app.json';
import zh_settings from './locales/zh-CN/settings.json';
import zh_trips from './locales/zh-CN/trips.json';
import zh_route from './locales/zh-CN/route.json';
import zh_people from './locales/zh-CN/people.json';
import zh_engagements from './locales/zh-CN/engagements.json';
import zh_programme from './locales/zh-CN/programme.json';
import zh_directory from './locales/zh-CN/directory.json';
import zh_calendars from './locales/zh-CN/calendars.json';
import zh_backups from './locales/zh-CN/backups.json';
import zh_checks from './locales/zh-CN/checks.json';
import zh_files from './locales/zh-CN/files.json';
import zh_menu from './locales/zh-CN/menu.json';
import zh_samples from './locales/zh-CN/samples.json';
import zh_book from './locales/zh-CN/book.json';
import zh_rooming from './locales/zh-CN/rooming.json';
import zh_logistics from './locales/zh-CN/logistics.json';
import zh_team from './locales/zh-CN/team.json';

/** The languages the interface speaks, by BCP 47 tag. Persisted as the chosen language: do not rename. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The locale each language formats with: the app's English is British ("Sat 12 Nov", 24-hour clock). */
export const FORMAT_LOCALES: Record<Language, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

export const DEFAULT_NAMESPACE = 'common';

export const english = {
  common: en_common,
  app: en_app,
  settings: en_settings,
  trips: en_trips,
  route: en_route,
  people: en_people,
  engagements: en_engagements,
  programme: en_programme,
  directory: en_directory,
  calendars: en_calendars,
  backups: en_backups,
  checks: en_checks,
  files: en_files,
  menu: en_menu,
  samples: en_samples,
  book: en_book,
  rooming: en_rooming,
  logistics: en_logistics,
  team: en_team,
};

export type Namespace = keyof typeof english;
export const NAMESPACES = Object.keys(english) as Namespace[];

/** A catalogue as the JSON files hold it: nested objects of strings. */
export interface CatalogueTree {
  readonly [key: string]: string | CatalogueTree;
}

export const catalogues: Record<Language, Record<Namespace, CatalogueTree>> = {
  en: english,
  'zh-CN': {
    common: zh_common,
    app: zh_app,
    settings: zh_settings,
    trips: zh_trips,
    route: zh_route,
    people: zh_people,
    engagements: zh_engagements,
    programme: zh_programme,
    directory: zh_directory,
    calendars: zh_calendars,
    backups: zh_backups,
    checks: zh_checks,
    files: zh_files,
    menu: zh_menu,
    samples: zh_samples,
    book: zh_book,
    rooming: zh_rooming,
    logistics: zh_logistics,
  team: zh_team,
  },
};
