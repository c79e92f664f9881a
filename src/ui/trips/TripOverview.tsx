/** The trip at a glance: route with hotels, travel, engagements and who goes where. */
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ENGAGEMENT_KIND_LABELS, ENGAGEMENT_STATUS_LABELS } from '../../domain/engagements/engagement';
import { MEMBER_ROLES } from '../../domain/people/person';
import { RoleName } from '../shared/components/RoleName';
import { compareByFamilyName } from '../../domain/people/name-order';
import { formatDateRange } from '../../domain/shared/time';
import { TRAVEL_MODE_LABELS } from '../../domain/route/journey';
import { journeyNumbers } from '../../domain/route/journey-legs';
import { LocalAndHome } from '../shared/components/LocalAndHome';
import { cityName, useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';

const ROLE_ORDER = new Map(MEMBER_ROLES.map((role, index) => [role, index]));

export function TripOverview() {
  const bundle = useCurrentTrip();
  const { trip } = bundle;
  const { compare } = useLocale();
  const personName = new Map(bundle.people.map((person) => [person.id, person.name]));
  const organisationName = new Map(bundle.organisations.map((organisation) => [organisation.id, organisation.name]));
  const engagements = [...bundle.engagements].sort((a, b) => a.start.utc.localeCompare(b.start.utc));
  const segments = [...bundle.segments].sort((a, b) => a.departure.utc.localeCompare(b.departure.utc));
  const memberships = [...bundle.memberships].sort(
    (a, b) =>
      (ROLE_ORDER.get(a.role) ?? 99) - (ROLE_ORDER.get(b.role) ?? 99) ||
      compareByFamilyName(personName.get(a.personId) ?? '', personName.get(b.personId) ?? '', compare),
  );
  const stopNames = (stopIds: string[]) =>
    bundle.stops.filter((stop) => stopIds.includes(stop.id)).map((stop) => stop.name);

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            Route
          </Title>
          {bundle.stops.length === 0 ? (
            <Text c="dimmed" size="sm">
              No cities on the route yet.
            </Text>
          ) : (
            <Table aria-label="Route">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>City</Table.Th>
                  <Table.Th>Dates</Table.Th>
                  <Table.Th>Hotel</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {bundle.stops.map((stop) => {
                  const hotels = bundle.accommodations.filter((stay) => stay.stopId === stop.id);
                  return (
                    <Table.Tr key={stop.id}>
                      <Table.Td>
                        <Text fw={600} size="sm">
                          {stop.name}{' '}
                          <Text span className="local-script" c="dimmed" size="sm">
                            {stop.nameLocal}
                          </Text>
                        </Text>
                        <Text size="xs" c="dimmed">
                          {stop.timeZone}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateRange(stop.arrivalDate, stop.departureDate)}
                      </Table.Td>
                      <Table.Td>
                        {hotels.length === 0 ? (
                          <Text size="sm" c="orange">
                            No hotel
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
            Travel
          </Title>
          {segments.length === 0 ? (
            <Text c="dimmed" size="sm">
              No journeys yet.
            </Text>
          ) : (
            <Stack gap="xs">
              {segments.map((segment) => (
                <div key={segment.id}>
                  <Text size="sm" fw={600}>
                    {TRAVEL_MODE_LABELS[segment.mode]} {journeyNumbers(segment)}
                    {segment.carrier && ` · ${segment.carrier}`}
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' '}
                      ({cityName(bundle, segment.fromStopId)} → {cityName(bundle, segment.toStopId)}
                      {segment.travellerIds && `, ${segment.travellerIds.length} travelling`})
                    </Text>
                  </Text>
                  <Text size="sm">
                    Departs <LocalAndHome time={segment.departure} place={segment.departurePlace || cityName(bundle, segment.fromStopId)} homeZone={trip.homeZone} />
                  </Text>
                  <Text size="sm">
                    Arrives <LocalAndHome time={segment.arrival} place={segment.arrivalPlace || cityName(bundle, segment.toStopId)} homeZone={trip.homeZone} />
                  </Text>
                </div>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          Programme
        </Title>
        {engagements.length === 0 ? (
          <Text c="dimmed" size="sm">
            No engagements yet.
          </Text>
        ) : (
          <Table aria-label="Programme" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When (local · home)</Table.Th>
                <Table.Th>City</Table.Th>
                <Table.Th>Engagement</Table.Th>
                <Table.Th>Partners</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {engagements.map((engagement) => {
                const city = cityName(bundle, engagement.stopId);
                return (
                  <Table.Tr key={engagement.id}>
                    <Table.Td>
                      <LocalAndHome time={engagement.start} place={city} homeZone={trip.homeZone} />
                    </Table.Td>
                    <Table.Td>{city}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {engagement.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {ENGAGEMENT_KIND_LABELS[engagement.kind]}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {engagement.organisationIds.map((id) => organisationName.get(id) ?? 'Unknown').join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{ENGAGEMENT_STATUS_LABELS[engagement.status]}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          Participants ({bundle.memberships.length})
        </Title>
        {bundle.memberships.length === 0 ? (
          <Text c="dimmed" size="sm">
            Nobody is on this trip yet.
          </Text>
        ) : (
          <Table aria-label="Participants" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Part of the route</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {memberships.map((membership) => {
                const joined = stopNames(membership.stopIds);
                const everywhere = joined.length === bundle.stops.length;
                return (
                  <Table.Tr key={membership.id}>
                    <Table.Td>{personName.get(membership.personId) ?? 'Unknown person'}</Table.Td>
                    <Table.Td><RoleName role={membership.role} /></Table.Td>
                    <Table.Td>
                      <Text size="sm" c={everywhere ? 'dimmed' : undefined}>
                        {everywhere ? 'Whole route' : joined.join(', ') || 'No stops'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
