/**
 * The programme tab: the trip day by day, each day under its city, every item at the local time where it
 * happens with the home time beside it. Travel days show the change of city and zone; today is marked while
 * the trip is under way. Prints cleanly.
 */
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import {
  IconBed,
  IconBus,
  IconCar,
  IconDoorExit,
  IconPlane,
  IconPlus,
  IconPrinter,
  IconShip,
  IconTrain,
  IconUsers,
} from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  cityForEngagement,
  DEFAULT_START_TIME,
  emptyEngagementDraft,
  type EngagementDraft,
} from '../../domain/engagements/engagement-rules';
import { EngagementFormModal } from '../engagements';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLocale, type Locale } from '../shared/locale';
import { buildProgramme, isToday, type ProgrammeDay, type ProgrammeItem } from '../../domain/programme/programme';
import { arrivalDayOffset } from '../../domain/route/route';
import { clockChangeOn, clockLabel, utcOffsetLabel, wallTimeIn, type ZonedTime } from '../../domain/shared/time';
import { homeClockPlace, zonePlace } from '../../domain/route/city-names';
import type { TravelMode } from '../../domain/route/journey';
import { journeyNumbers } from '../../domain/route/journey-legs';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { journeyEndLabel, cityName, useCurrentTrip } from '../shared/current-trip';
import type { ReviewedFinding } from '../../domain/checks/acknowledgements';
import { JourneyConnections } from '../shared/components/JourneyConnections';
import { FindingMarker, useTripChecks } from '../checks';

const MODE_ICONS: Record<TravelMode, ReactNode> = {
  flight: <IconPlane size={16} />,
  train: <IconTrain size={16} />,
  coach: <IconBus size={16} />,
  car: <IconCar size={16} />,
  ferry: <IconShip size={16} />,
};

/** "UTC+8"; on the day the clocks change, both: "UTC−7 until 02:00, then UTC−8". */
function offsetOfDay(t: TFunction<'programme'>, zone: string, date: string): string {
  const change = clockChangeOn(date, zone);
  return change ? t('offsetChange', { before: change.before, at: change.at, after: change.after }) : utcOffsetLabel(zone, `${date}T12:00:00Z`);
}

/** The time at home beside a local one ("08:10 London", with the day when home is on another); null at home. */
/** What a home clock is named by: the trip's home zone and home city. */
type HomeClock = Parameters<typeof homeClockPlace>[0];

function homeTime(t: TFunction<'programme'>, locale: Locale, time: ZonedTime, trip: HomeClock): string | null {
  if (time.zone === trip.homeZone) return null;
  const home = wallTimeIn(time, trip.homeZone);
  // A clock that reads the same as home's (Hong Kong beside Shenzhen) needs no second time.
  if (home === time.local) return null;
  const facts = { time: home.slice(11), city: locale.place(homeClockPlace(trip)) };
  return home.slice(0, 10) === time.local.slice(0, 10)
    ? t('homeTime', facts)
    : t('homeTimeOtherDay', { ...facts, day: locale.day(home.slice(0, 10)) });
}

function Time({ time, trip, place }: { time: ZonedTime; trip: HomeClock; place: string }) {
  const { t } = useTranslation('programme');
  const locale = useLocale();
  const home = homeTime(t, locale, time, trip);
  return (
    <Stack gap={0} w={170} style={{ flexShrink: 0 }}>
      <Text size="sm" fw={700}>
        {clockLabel(time)} <Text span size="xs" fw={400}>{place}</Text>
      </Text>
      {home && (
        <Text size="xs" c="dimmed">
          {home}
        </Text>
      )}
    </Stack>
  );
}

/** The findings to mark on an item: all of them, or on a person's programme those that concern that person. */
function useItemFindings(personId: string | null) {
  const { marks } = useTripChecks();
  const concerning = (items: readonly ReviewedFinding[] | undefined) =>
    personId === null || !items
      ? items
      : items.filter(
          (item) => item.finding.personIds.length === 0 || item.finding.personIds.includes(personId),
        );
  return {
    ofEngagement: (id: string) => concerning(marks.byEngagement.get(id)),
    ofJourney: (id: string) => concerning(marks.byJourney.get(id)),
  };
}

function Item({ bundle, item, personId }: { bundle: TripBundle; item: ProgrammeItem; personId: string | null }) {
  const findings = useItemFindings(personId);
  const { t } = useTranslation(['programme', 'engagements']);
  const locale = useLocale();
  switch (item.kind) {
    case 'departure':
    case 'arrival': {
      const { segment } = item;
      const from = cityName(bundle, segment.fromStopId, locale);
      const to = cityName(bundle, segment.toStopId, locale);
      const offset = arrivalDayOffset(segment.departure, segment.arrival);
      const leaving = item.kind === 'departure';
      return (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Time
            time={item.at}
            trip={bundle.trip}
            place={
              leaving
                ? journeyEndLabel(bundle, segment.fromStopId, item.at, segment.departurePlace, locale)
                : journeyEndLabel(bundle, segment.toStopId, item.at, segment.arrivalPlace, locale)
            }
          />
          {MODE_ICONS[segment.mode]}
          <div>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t(leaving ? 'journey.departs' : 'journey.arrives', {
                  mode: t(`mode.${segment.mode}`),
                  numbers: journeyNumbers(segment),
                  from,
                  to,
                })}
              </Text>
              <FindingMarker tripId={bundle.trip.id} items={findings.ofJourney(segment.id)} />
            </Group>
            <Text size="xs" c="dimmed">
              {leaving
                ? offset > 0
                  ? t('journey.arrivesAtLater', { fromPlace: segment.departurePlace || from, toPlace: segment.arrivalPlace || to, time: segment.arrival.local.slice(11), count: offset })
                  : t('journey.arrivesAt', { fromPlace: segment.departurePlace || from, toPlace: segment.arrivalPlace || to, time: segment.arrival.local.slice(11) })
                : t('journey.leftDayBefore', { fromPlace: segment.departurePlace || from, toPlace: segment.arrivalPlace || to, time: segment.departure.local.slice(11) })}
              {segment.bookingReference && t('journey.booking', { reference: segment.bookingReference })}
              {segment.travellerIds && t('journey.travelling', { count: segment.travellerIds.length })}
            </Text>
            {leaving && <JourneyConnections journey={segment} />}
          </div>
        </Group>
      );
    }
    case 'check-in':
    case 'check-out':
      return (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Stack w={170} gap={0} style={{ flexShrink: 0 }}>
            <Text size="xs" c="dimmed">
              {item.kind === 'check-in' ? t('stay.checkIn') : t('stay.checkOut')}
            </Text>
          </Stack>
          {item.kind === 'check-in' ? <IconBed size={16} /> : <IconDoorExit size={16} />}
          <div>
            <Text size="sm" fw={600}>
              {t(item.kind === 'check-in' ? 'stay.checkInAt' : 'stay.checkOutAt', { name: item.stay.name })}{' '}
              <Text span className="local-script" size="sm" c="dimmed">
                {item.stay.nameLocal}
              </Text>
            </Text>
            {item.kind === 'check-in' && (item.stay.addressLocal || item.stay.address) && (
              <Text size="xs" c="dimmed" className="local-script">
                {item.stay.addressLocal || item.stay.address}
              </Text>
            )}
          </div>
        </Group>
      );
    case 'engagement': {
      const { engagement } = item;
      const place = cityName(bundle, engagement.stopId, locale);
      const partners = engagement.organisationIds
        .map((id) => bundle.organisations.find((organisation) => organisation.id === id)?.name)
        .filter(Boolean);
      return (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Time time={item.at} trip={bundle.trip} place={place} />
          <IconUsers size={16} />
          <div style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Anchor
                component={Link}
                to={`/trips/${bundle.trip.id}/engagements/${engagement.id}`}
                size="sm"
                fw={600}
                td={engagement.status === 'cancelled' ? 'line-through' : undefined}
              >
                {engagement.title}
              </Anchor>
              <FindingMarker tripId={bundle.trip.id} items={findings.ofEngagement(engagement.id)} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('engagement.until', { kind: t(`engagements:kind.${engagement.kind}`), end: clockLabel(engagement.end) })}
              {engagement.venue.name && ` · ${engagement.venue.name}`}
              {partners.length > 0 && t('engagement.withPartners', { partners: locale.list(partners as string[]) })}
              {engagement.status !== 'confirmed' && t(`engagement.status.${engagement.status}`)}
            </Text>
          </div>
        </Group>
      );
    }
  }
}

export function DayCard({
  bundle,
  day,
  number,
  today,
  onAdd,
  personId = null,
}: {
  bundle: TripBundle;
  day: ProgrammeDay;
  number: number;
  today: boolean;
  onAdd: (() => void) | null;
  /** On a person's programme: mark only the findings that concern them. */
  personId?: string | null;
}) {
  const { t } = useTranslation('programme');
  const locale = useLocale();
  const cities = day.stopIds.map((id) => cityName(bundle, id, locale));
  const where = cities.length ? cities.join(' → ') : day.zone === bundle.trip.homeZone ? t('day.homeAndTravel') : locale.place(zonePlace(day.zone));
  const written = { day: locale.day(day.date), year: day.date.slice(0, 4) };
  const local = day.stopIds.map((id) => bundle.stops.find((stop) => stop.id === id)?.nameLocal).filter(Boolean);
  // The clock is named after the day's own city on it ("Beijing time"), not the city the zone is named after.
  const clockCity =
    [...day.stopIds]
      .reverse()
      .map((id) => bundle.stops.find((stop) => stop.id === id))
      .find((stop): stop is NonNullable<typeof stop> => stop?.timeZone === day.zone);
  const clockCityName = clockCity ? locale.city(clockCity) : locale.place(zonePlace(day.zone));
  return (
    <Card withBorder className="programme-day" aria-current={today ? 'date' : undefined} bd={today ? '2px solid var(--mantine-color-indigo-5)' : undefined}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs">
          <Title order={3} size="h5">
            {t('day.title', { number, ...written, where })}
          </Title>
          {local.length > 0 && (
            <Text className="local-script" c="dimmed" size="sm">
              {local.join(' → ')}
            </Text>
          )}
          {today && <Badge color="indigo">{t('day.today')}</Badge>}
          {cities.length > 1 && (
            <Badge variant="light" color="grape">
              {t('day.travelDay')}
            </Badge>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('day.clock', { city: clockCityName, offset: offsetOfDay(t, day.zone, day.date) })}
          </Text>
          {onAdd && (
            <Button
              size="compact-xs"
              variant="subtle"
              className="no-print"
              leftSection={<IconPlus size={12} />}
              onClick={onAdd}
              aria-label={t('day.addOn', written)}
            >
              {t('day.add')}
            </Button>
          )}
        </Group>
      </Group>
      {day.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('day.nothing')}
        </Text>
      ) : (
        <Stack gap="sm">
          {day.items.map((item) => (
            <Item key={item.key} bundle={bundle} item={item} personId={personId} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

export function ProgrammeView() {
  const bundle = useCurrentTrip();
  const days = useMemo(() => buildProgramme(bundle), [bundle]);
  const now = new Date().toISOString();
  const [adding, setAdding] = useState<EngagementDraft | null>(null);
  /** New engagements on a day start where the delegation is at their usual start hour (see `cityForEngagement`). */
  const { t } = useTranslation('programme');
  const locale = useLocale();
  const cityFor = (day: ProgrammeDay) => cityForEngagement(bundle, { date: day.date, startTime: DEFAULT_START_TIME });
  return (
    <Stack gap="md">
      <Group justify="space-between" className="no-print">
        <Text size="sm" c="dimmed">
          {t('view.note', { home: locale.place(homeClockPlace(bundle.trip)) })}
        </Text>
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          {t('view.print')}
        </Button>
      </Group>
      {bundle.stops.length === 0 && (
        <Text size="sm" c="dimmed" className="no-print">
          {t('view.noCities')}
        </Text>
      )}
      {days.map((day, index) => {
        const stopId = cityFor(day);
        return (
          <DayCard
            key={day.date}
            bundle={bundle}
            day={day}
            number={index + 1}
            today={isToday(day, now)}
            onAdd={stopId ? () => setAdding(emptyEngagementDraft(stopId, day.date)) : null}
          />
        );
      })}
      {adding && (
        <EngagementFormModal
          bundle={bundle}
          engagementId={null}
          initial={adding}
          onClose={() => setAdding(null)}
        />
      )}
    </Stack>
  );
}
