/**
 * What a trip's page offers the keyboard: its tabs on the keys 1 to 9 and 0, and, in the command palette, the
 * tabs, adding a city, a person or an engagement, the trip's own actions, and every city, person and engagement
 * of the trip by name in either script (a person's calendar exported from there too).
 */
import { IconArrowRight, IconBook, IconCalendarEvent, IconCopy, IconTrash, IconCalendarPlus, IconFileExport, IconMapPin, IconPencil, IconUser, IconUserPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { inRouteOrder } from '../../domain/route/city';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { requestPath } from '../shared/screen-request';
import { useScreenHotkeys } from '../shared/hotkeys';
import { useLocale } from '../shared/locale';
import { useScreenCommands, type ScreenCommand } from '../shared/screen-commands';
import { useTripActions } from '../shared/trip-actions';

/** The trip's tabs in the order they are shown; the first ten answer the keys 1 to 9 and 0. */
export const TRIP_TABS = ['overview', 'route', 'people', 'rooming', 'programme', 'logistics', 'checks', 'rollups', 'follow-ups', 'calendars'] as const;
export type TripTab = (typeof TRIP_TABS)[number];

/** The catalogue key of a tab's name. */
export const tabWord = (tab: TripTab) => `page.tab.${tab === 'follow-ups' ? 'followUps' : tab}` as const;

/** The key that opens the tab: 1 for the first, 0 for the tenth. */
export const tabKey = (tab: TripTab) => String((TRIP_TABS.indexOf(tab) + 1) % 10);

const ICON = 18;

/** `openBook` opens the briefing book's options, as the page's own button does. */
export function useTripCommands(bundle: TripBundle, openBook: () => void): void {
  const { t } = useTranslation(['trips', 'common']);
  const locale = useLocale();
  const navigate = useNavigate();
  const actions = useTripActions();
  const { trip } = bundle;
  const tabPath = (tab: TripTab) => (tab === 'overview' ? `/trips/${trip.id}` : `/trips/${trip.id}/${tab}`);

  useScreenHotkeys(TRIP_TABS.map((tab) => [tabKey(tab), () => void navigate(tabPath(tab))]));

  const commands = useMemo((): ScreenCommand[] => {
    const go = (path: string) => () => void navigate(path);
    const tripName = trip.name;
    const people = new Map(bundle.people.map((person) => [person.id, person]));
    const cities = new Map(bundle.stops.map((stop) => [stop.id, stop]));
    return [
      { id: 'trip:add-city', label: t('commands.addCity'), description: tripName, icon: <IconMapPin size={ICON} />, run: go(requestPath(tabPath('route'), 'add-city')) },
      {
        id: 'trip:add-engagement',
        label: t('commands.addEngagement'),
        description: tripName,
        icon: <IconCalendarPlus size={ICON} />,
        run: go(requestPath(tabPath('programme'), 'add-engagement')),
      },
      { id: 'trip:add-person', label: t('commands.addPerson'), description: tripName, icon: <IconUserPlus size={ICON} />, run: go(requestPath(tabPath('people'), 'add-person')) },
      { id: 'trip:edit', label: t('commands.editTrip'), description: tripName, icon: <IconPencil size={ICON} />, run: () => actions.editTrip(trip) },
      { id: 'trip:export-file', label: t('commands.exportFile'), description: tripName, icon: <IconFileExport size={ICON} />, run: () => void actions.exportTripFile(trip) },
      { id: 'trip:book', label: t('commands.book'), description: tripName, icon: <IconBook size={ICON} />, run: openBook },
      { id: 'trip:duplicate', label: t('commands.duplicate'), description: tripName, icon: <IconCopy size={ICON} />, run: () => void actions.duplicateTrip(trip) },
      { id: 'trip:delete', label: t('commands.delete'), description: tripName, icon: <IconTrash size={ICON} />, run: () => actions.deleteTrip(trip) },
      ...TRIP_TABS.map((tab) => ({
        id: `trip:tab:${tab}`,
        label: t('commands.goToTab', { tab: t(tabWord(tab)) }),
        description: tripName,
        icon: <IconArrowRight size={ICON} />,
        run: go(tabPath(tab)),
      })),
      ...inRouteOrder(bundle.stops).map((stop) => ({
        id: `city:${stop.id}`,
        label: locale.city(stop),
        description: t('commands.city', { trip: tripName }),
        keywords: [stop.name, stop.nameLocal],
        icon: <IconMapPin size={ICON} />,
        run: go(`/trips/${trip.id}/route?city=${stop.id}`),
      })),
      ...bundle.memberships.flatMap((membership) => {
        const person = people.get(membership.personId);
        if (!person) return [];
        const keywords = [person.name, person.nameLocal];
        return [
          {
            id: `person:${trip.id}:${person.id}`,
            label: person.name,
            description: t('commands.person', { trip: tripName }),
            keywords,
            icon: <IconUser size={ICON} />,
            run: go(`/trips/${trip.id}/people/${person.id}`),
          },
          {
            id: `person-calendar:${trip.id}:${person.id}`,
            label: t('commands.exportCalendar', { name: person.name }),
            description: tripName,
            keywords,
            icon: <IconCalendarEvent size={ICON} />,
            // On the person's page, which has the calendar's export (and its worker) to itself.
            run: go(requestPath(`/trips/${trip.id}/people/${person.id}`, 'export-calendar')),
          },
        ];
      }),
      ...bundle.engagements.map((engagement) => {
        const city = cities.get(engagement.stopId);
        return {
          id: `engagement:${engagement.id}`,
          label: engagement.title,
          description: t('commands.engagement', {
            when: `${locale.day(engagement.start.local.slice(0, 10))} ${engagement.start.local.slice(11, 16)}`,
            city: city ? locale.city(city) : '',
          }),
          keywords: [engagement.venue.name, engagement.venue.nameLocal, ...(city ? [city.name, city.nameLocal] : [])],
          icon: <IconCalendarEvent size={ICON} />,
          run: go(`/trips/${trip.id}/engagements/${engagement.id}`),
        };
      }),
    ];
    // tabPath reads only trip.id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bundle, trip, t, locale, navigate, actions, openBook]);
  useScreenCommands(commands);
}
