/** The trip at a glance: route with hotels, travel, engagements, who goes where and whom to call in emergencies. */
import { RecordHistory } from '../shared/components/RecordHistory';
import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmergencyContactsCard } from './EmergencyContactsCard';
import { MEMBER_ROLES } from '../../domain/people/person';
import { RoleName } from '../shared/components/RoleName';
import { compareByFamilyName } from '../../domain/people/name-order';
import { journeyNumbers } from '../../domain/route/journey-legs';
import { LocalAndHome } from '../shared/components/LocalAndHome';
import { cityName as cityNameIn, useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';

const ROLE_ORDER = new Map(MEMBER_ROLES.map((role, index) => [role, index]));

/** How many engagements the overview lists before "Show all": the programme tab has them all, day by day. */
const OVERVIEW_ENGAGEMENTS = 15;

/**
 * The engagements the overview lists: the next ones from now while any is still to come, else the first ones,
 * in time order; all of them when asked.
 */
function overviewEngagements<E extends { end: { utc: string } }>(sorted: readonly E[], now: string, all: boolean): { shown: readonly E[]; upcoming: boolean } {
  if (all || sorted.length <= OVERVIEW_ENGAGEMENTS) return { shown: sorted, upcoming: false };
  const next = sorted.findIndex((engagement) => engagement.end.utc >= now);
  const from = next > 0 ? Math.min(next, sorted.length - OVERVIEW_ENGAGEMENTS) : 0;
  return { shown: sorted.slice(from, from + OVERVIEW_ENGAGEMENTS), upcoming: next > 0 };
}

export function TripOverview() {
  const { t } = useTranslation(['trips', 'common', 'route', 'engagements']);
  const locale = useLocale();
  const bundle = useCurrentTrip();
  const cityName = (trip: typeof bundle, stopId: string | null) => cityNameIn(trip, stopId, locale);
  const { trip } = bundle;
  const { compare } = locale;
  const personName = new Map(bundle.people.map((person) => [person.id, person.name]));
  const organisationName = new Map(bundle.organisations.map((organisation) => [organisation.id, organisation.name]));
  const engagements = [...bundle.engagements].sort((a, b) => a.start.utc.localeCompare(b.start.utc));
  const [allEngagements, setAllEngagements] = useState(false);
  const listed = overviewEngagements(engagements, new Date().toISOString(), allEngagements);
  const segments = [...bundle.segments].sort((a, b) => a.departure.utc.localeCompare(b.departure.utc));
  const memberships = [...bundle.memberships].sort(
    (a, b) =>
      (ROLE_ORDER.get(a.role) ?? 99) - (ROLE_ORDER.get(b.role) ?? 99) ||
      compareByFamilyName(personName.get(a.personId) ?? '', personName.get(b.personId) ?? '', compare),
  );
  const withTerminal = (place: string, terminal: string) =>
    terminal ? t('overview.placeWithTerminal', { place, terminal }) : place;
  const stopNames = (stopIds: string[]) =>
    bundle.stops.filter((stop) => stopIds.includes(stop.id)).map((stop) => locale.city(stop));

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('overview.route')}
          </Title>
          {bundle.stops.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('overview.noCities')}
            </Text>
          ) : (
            <Table aria-label={t('overview.route')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('overview.city')}</Table.Th>
                  <Table.Th>{t('overview.dates')}</Table.Th>
                  <Table.Th>{t('overview.hotel')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {bundle.stops.map((stop) => {
                  const hotels = bundle.accommodations.filter((stay) => stay.stopId === stop.id);
                  return (
                    <Table.Tr key={stop.id}>
                      <Table.Td>
                        <Text fw={600} size="sm">
                          {locale.city(stop)}{' '}
                          <Text span className="local-script" c="dimmed" size="sm">
                            {locale.cityBeside(stop)}
                          </Text>
                        </Text>
                        <Text size="xs" c="dimmed">
                          {stop.timeZone}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {locale.dateRange(stop.arrivalDate, stop.departureDate)}
                      </Table.Td>
                      <Table.Td>
                        {hotels.length === 0 ? (
                          <Text size="sm" c="orange">
                            {t('overview.noHotel')}
                          </Text>
                        ) : (
                          hotels.map((stay) => (
                            <Text size="sm" key={stay.id}>
                              {stay.name}
                            </Text>
                          ))
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Card>

        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('overview.travel')}
          </Title>
          {segments.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('overview.noJourneys')}
            </Text>
          ) : (
            <Stack gap="xs">
              {segments.map((segment) => (
                <div key={segment.id}>
                  <Text size="sm" fw={600}>
                    {t(`route:mode.${segment.mode}`)} {journeyNumbers(segment)}
                    {segment.carrier && ` · ${segment.carrier}`}
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' '}
                      {segment.travellerIds
                        ? t('overview.legWithTravellers', {
                            route: t('overview.fromTo', { from: cityName(bundle, segment.fromStopId), to: cityName(bundle, segment.toStopId) }),
                            travellers: t('overview.travelling', { count: segment.travellerIds.length }),
                          })
                        : t('overview.leg', {
                            route: t('overview.fromTo', { from: cityName(bundle, segment.fromStopId), to: cityName(bundle, segment.toStopId) }),
                          })}
                    </Text>
                  </Text>
                  <Text size="sm">
                    {t('overview.departs')} <LocalAndHome time={segment.departure} place={withTerminal(segment.departurePlace || cityName(bundle, segment.fromStopId), segment.departureTerminal)} trip={trip} />
                  </Text>
                  <Text size="sm">
                    {t('overview.arrives')} <LocalAndHome time={segment.arrival} place={withTerminal(segment.arrivalPlace || cityName(bundle, segment.toStopId), segment.arrivalTerminal)} trip={trip} />
                  </Text>
                </div>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4">
            {t('overview.programme')}
          </Title>
          {listed.shown.length < engagements.length && (
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                {t(listed.upcoming ? 'overview.showingNext' : 'overview.showingFirst', { count: listed.shown.length, total: engagements.length })}
              </Text>
              <Button variant="default" size="compact-sm" onClick={() => setAllEngagements(true)}>
                {t('overview.showAll', { count: engagements.length })}
              </Button>
            </Group>
          )}
        </Group>
        {engagements.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('overview.noEngagements')}
          </Text>
        ) : (
          <Table aria-label={t('overview.programme')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('overview.when')}</Table.Th>
                <Table.Th>{t('overview.city')}</Table.Th>
                <Table.Th>{t('overview.engagement')}</Table.Th>
                <Table.Th>{t('overview.partners')}</Table.Th>
                <Table.Th>{t('overview.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {listed.shown.map((engagement) => {
                const city = cityName(bundle, engagement.stopId);
                return (
                  <Table.Tr key={engagement.id}>
                    <Table.Td>
                      <LocalAndHome time={engagement.start} place={city} trip={trip} />
                    </Table.Td>
                    <Table.Td>{city}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {engagement.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`engagements:kind.${engagement.kind}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {engagement.organisationIds.map((id) => organisationName.get(id) ?? t('overview.unknown')).join(t('common:list.separator'))}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`engagements:status.${engagement.status}`)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('overview.participants', { count: bundle.memberships.length })}
        </Title>
        {bundle.memberships.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('overview.nobody')}
          </Text>
        ) : (
          <Table aria-label={t('list.column.participants')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('overview.name')}</Table.Th>
                <Table.Th>{t('overview.role')}</Table.Th>
                <Table.Th>{t('overview.partOfRoute')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {memberships.map((membership) => {
                const joined = stopNames(membership.stopIds);
                const everywhere = joined.length === bundle.stops.length;
                return (
                  <Table.Tr key={membership.id}>
                    <Table.Td>{personName.get(membership.personId) ?? t('overview.unknownPerson')}</Table.Td>
                    <Table.Td><RoleName role={membership.role} /></Table.Td>
                    <Table.Td>
                      <Text size="sm" c={everywhere ? 'dimmed' : undefined}>
                        {everywhere ? t('overview.wholeRoute') : joined.join(t('common:list.separator')) || t('overview.noStops')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      <EmergencyContactsCard bundle={bundle} />
      <Card withBorder className="no-print">
        <RecordHistory table="trips" recordId={bundle.trip.id} />
      </Card>
    </Stack>
  );
}
