/**
 * The command palette (Ctrl+K, or Cmd+K on a Mac): go to any trip or partner organisation by typing part of its
 * name in either script, or run what the menus hold (a new trip, the sample, a backup now, the other language, a
 * screen). The screen on show adds its own (a trip's page: its tabs, cities, people and engagements, adding to
 * it, a person's calendar; src/ui/shared/screen-commands.ts). What was chosen lately comes first. Built on
 * Mantine's Spotlight, which gives the dialog its keyboard (arrows, Enter, Escape) and gives focus back where it
 * was.
 */
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { createSpotlight, Spotlight, useSpotlight, type SpotlightActionData } from '@mantine/spotlight';
import {
  IconAddressBook,
  IconCalendarEvent,
  IconLanguage,
  IconLifebuoy,
  IconMoon,
  IconPlane,
  IconPlus,
  IconRestore,
  IconSearch,
  IconSettings,
  IconSun,
  IconTrash,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDataActions } from '../backups';
import type { FoundRecord } from '../../storage/trip-repository';
import type { Repositories } from '../../storage/repositories';
import { createRecordFinder, type RecordFinder } from '../../usecases/record-finder';
import { useRepositories } from '../shared/context';
import { useOfferedCommands } from '../shared/screen-commands';
import { useLanguage } from '../shared/locale';
import { useTripActions } from '../shared/trip-actions';

/** Kept in this browser: the ids of the actions chosen lately, newest first. Persisted, do not rename. */
const RECENT_KEY = 'delegation-planner:palette-recent';
const RECENT_KEPT = 8;
/** People and engagements of every trip are looked for once this much is typed; this many of each are listed. */
const FIND_FROM_CHARACTERS = 2;
const FOUND_OF_EACH = 20;

/** The palette's own store: its open state, read to fetch what it lists only while it shows. */
const [paletteStore, palette] = createSpotlight();

/** One finder for each set of repositories (one database): its worker, and what it holds, outlive the palette. */
const finders = new WeakMap<Repositories, RecordFinder>();
function finderOf(repositories: Repositories): RecordFinder {
  let finder = finders.get(repositories);
  if (!finder) {
    finder = createRecordFinder(repositories.trips, repositories.backups.databaseName);
    finders.set(repositories, finder);
  }
  return finder;
}

function recentIds(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function remember(id: string): string[] {
  const next = [id, ...recentIds().filter((known) => known !== id)].slice(0, RECENT_KEPT);
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify(next));
  } catch {
    // A browser that keeps nothing: the order is this window's only.
  }
  return next;
}

export function CommandPalette() {
  const { t } = useTranslation(['app', 'samples']);
  const { setColorScheme } = useMantineColorScheme();
  const computedScheme = useComputedColorScheme('light');
  const navigate = useNavigate();
  const repositories = useRepositories();
  const { trips, directory } = repositories;
  const tripActions = useTripActions();
  const dataActions = useDataActions();
  const { language, setLanguage } = useLanguage();
  const [recent, setRecent] = useState(recentIds);
  // Read only while the palette is open: it sits in every screen's header, and every save would read them again.
  const { opened } = useSpotlight(paletteStore);
  const summaries = useLiveQuery(() => (opened ? trips.listSummaries() : undefined), [trips, opened]);
  const organisations = useLiveQuery(() => (opened ? directory.listOrganisations() : undefined), [directory, opened]);
  const offered = useOfferedCommands();
  // People and engagements are many (thousands across the trips): read off the page's thread as the organiser
  // starts to type, then found in memory at each key (record-finder.ts); searched again should one change.
  const finder = useMemo(() => finderOf(repositories), [repositories]);
  const [query, setQuery] = useState('');
  const typing = opened && query.trim() !== '';
  const searching = opened && query.trim().length >= FIND_FROM_CHARACTERS;
  const [changes, setChanges] = useState(0);
  const [answer, setAnswer] = useState<{ query: string; changes: number; found: FoundRecord[] }>();
  useEffect(() => {
    if (opened) finder.warm();
  }, [finder, opened]);
  useEffect(() => {
    if (typing) finder.prepare();
  }, [finder, typing]);
  useEffect(() => (opened ? finder.onChange(() => setChanges((count) => count + 1)) : undefined), [finder, opened]);
  useEffect(() => {
    if (!searching) return;
    // What was found stays listed until this search answers; an answer overtaken by a later key is dropped.
    let latest = true;
    void finder.find(query, FOUND_OF_EACH).then((found) => latest && setAnswer({ query, changes, found }));
    return () => {
      latest = false;
    };
  }, [finder, searching, query, changes]);
  const found = answer?.found;
  // Until this search answers, "nothing matches" would be said too soon (the first search reads every trip).
  const answering = searching && (answer?.query !== query || answer.changes !== changes);

  const actions = useMemo(() => {
    const run = (id: string, act: () => void) => () => {
      setRecent(remember(id));
      act();
    };
    const commands: SpotlightActionData[] = [
      { id: 'command:new-trip', label: t('palette.newTrip'), leftSection: <IconPlus size={18} />, onClick: run('command:new-trip', () => tripActions.createTrip()) },
      { id: 'command:sample', label: t('palette.loadSample'), leftSection: <IconPlane size={18} />, onClick: run('command:sample', () => void tripActions.loadSampleTrip()) },
      {
        id: 'command:sample-shenzhen',
        label: t('samples:load.shenzhen'),
        leftSection: <IconPlane size={18} />,
        onClick: run('command:sample-shenzhen', () => void tripActions.loadSampleTrip('shenzhen')),
      },
      {
        id: 'command:remove-samples',
        label: t('menu.removeSample'),
        leftSection: <IconTrash size={18} />,
        onClick: run('command:remove-samples', () => void tripActions.removeSampleData()),
      },
      { id: 'command:back-up', label: t('palette.backUp'), leftSection: <IconLifebuoy size={18} />, onClick: run('command:back-up', () => void dataActions.backUpToFile()) },
      {
        id: 'command:restore',
        label: t('menu.restore'),
        leftSection: <IconRestore size={18} />,
        onClick: run('command:restore', () => void navigate('/backups?focus=restore')),
      },
      {
        id: 'command:colour-scheme',
        label: t('palette.colourScheme', { scheme: t(computedScheme === 'dark' ? 'palette.light' : 'palette.dark') }),
        leftSection: computedScheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />,
        onClick: run('command:colour-scheme', () => setColorScheme(computedScheme === 'dark' ? 'light' : 'dark')),
      },
      {
        id: 'command:language',
        label: t('palette.language'),
        leftSection: <IconLanguage size={18} />,
        onClick: run('command:language', () => setLanguage(language === 'en' ? 'zh-CN' : 'en')),
      },
      ...(
        [
          ['trips', 'nav.trips', IconPlane],
          ['directory', 'nav.directory', IconAddressBook],
          ['team', 'nav.team', IconUsersGroup],
          ['backups', 'nav.backups', IconLifebuoy],
          ['settings', 'nav.settings', IconSettings],
        ] as const
      ).map(([path, word, Icon]): SpotlightActionData => ({
        id: `screen:${path}`,
        label: t('palette.goTo', { screen: t(word) }),
        leftSection: <Icon size={18} />,
        onClick: run(`screen:${path}`, () => void navigate(`/${path}`)),
      })),
    ];
    const ofScreen = offered.map(
      (command): SpotlightActionData => ({
        id: command.id,
        label: command.label,
        ...(command.description ? { description: command.description } : {}),
        keywords: command.keywords?.filter(Boolean) ?? [],
        leftSection: command.icon,
        onClick: run(command.id, command.run),
      }),
    );
    const places: SpotlightActionData[] = [
      ...(summaries ?? []).map(({ trip, cities, citiesLocal }) => ({
        id: `trip:${trip.id}`,
        label: trip.name,
        description: t('palette.trip'),
        keywords: [...cities, ...citiesLocal],
        leftSection: <IconPlane size={18} />,
        onClick: run(`trip:${trip.id}`, () => void navigate(`/trips/${trip.id}`)),
      })),
      ...(organisations ?? []).map(({ organisation }) => ({
        id: `organisation:${organisation.id}`,
        label: organisation.name,
        description: organisation.nameLocal ? `${organisation.nameLocal} · ${t('palette.organisation')}` : t('palette.organisation'),
        keywords: [organisation.nameLocal, organisation.city],
        leftSection: <IconAddressBook size={18} />,
        onClick: run(`organisation:${organisation.id}`, () => void navigate(`/directory/${organisation.id}`)),
      })),
    ];
    const elsewhere = (searching ? (found ?? []) : []).map(
      (record): SpotlightActionData =>
        record.kind === 'person'
          ? {
              id: `person:${record.tripId}:${record.id}`,
              label: record.name,
              description: t('palette.person', { trip: record.tripName }),
              keywords: [record.nameLocal],
              leftSection: <IconUser size={18} />,
              onClick: run(`person:${record.tripId}:${record.id}`, () => void navigate(`/trips/${record.tripId}/people/${record.id}`)),
            }
          : {
              id: `engagement:${record.id}`,
              label: record.title,
              description: t('palette.engagement', { trip: record.tripName }),
              keywords: record.venue.filter(Boolean),
              leftSection: <IconCalendarEvent size={18} />,
              onClick: run(`engagement:${record.id}`, () => void navigate(`/trips/${record.tripId}/engagements/${record.id}`)),
            },
    );
    // What the screen offers of the open trip comes before the same record found across the trips.
    const offeredIds = new Set(ofScreen.map((action) => action.id));
    const all = [...ofScreen, ...commands, ...places, ...elsewhere.filter((action) => !offeredIds.has(action.id))];
    // Recent first, in the order chosen; the rest as listed.
    const rank = new Map(all.map((action, index) => [action.id, RECENT_KEPT + index]));
    recent.forEach((id, index) => rank.set(id, index));
    return all.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  }, [t, summaries, organisations, offered, searching, found, recent, tripActions, dataActions, navigate, language, setLanguage, computedScheme, setColorScheme]);

  return (
    <Spotlight
      store={paletteStore}
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      // Emptied as it closes, not once its closing animation ends: opened again at once (a quick hand), the
      // animation's end would empty what was being typed.
      clearQueryOnClose={false}
      onSpotlightClose={() => setQuery('')}
      shortcut={['mod + K']}
      limit={12}
      highlightQuery
      scrollable
      maxHeight={420}
      nothingFound={t(answering ? 'palette.searching' : 'palette.nothing')}
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: t('palette.placeholder'), 'aria-label': t('palette.label') }}
    />
  );
}

export const openCommandPalette = palette.open;
