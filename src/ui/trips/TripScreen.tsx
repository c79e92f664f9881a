/**
 * A trip's page: what it is, its route with hotels, its travel, its people and its programme, every time
 * in the local time of the place it happens with the home time beside it.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconCopy, IconInfoCircle, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ENGAGEMENT_KIND_LABELS, ENGAGEMENT_STATUS_LABELS } from '../../domain/engagement';
import { MEMBER_ROLE_LABELS, MEMBER_ROLES } from '../../domain/person';
import { useScreen } from '../app/use-screen';
import { formatDateRange, formatDayAndTime, homeTimeLabel, type ZonedTime } from '../../domain/time';
import { TRAVEL_MODE_LABELS } from '../../domain/travel-segment';
import { TRIP_STATUS_LABELS } from '../../domain/trip';
import type { TripBundle } from '../../domain/trip-bundle';
import { useTripActions } from './trip-actions';
import { useTripBundle } from './use-trip-data';

function cityOf(bundle: TripBundle, stopId: string | null): string {
  if (stopId === null) return 'Home';
  return bundle.stops.find((stop) => stop.id === stopId)?.name ?? 'Unknown stop';
}

/** "Sun 6 Nov, 16:10 Kunming · 08:10 London": the home time follows, on its own line where space is short. */
function LocalAndHome({ time, place, homeZone }: { time: ZonedTime; place: string; homeZone: string }) {
  const home = homeTimeLabel(time, homeZone);
  return (
    <Text size="sm" component="span">
      {formatDayAndTime(time.local)} {place}
      {home && (
        <Text span c="dimmed" size="sm" style={{ whiteSpace: 'nowrap' }}>
          {' · '}
          {home}
        </Text>
      )}
    </Text>
  );
}

const ROLE_ORDER = new Map(MEMBER_ROLES.map((role, index) => [role, index]));

export function TripScreen() {
  const { tripId } = useParams();
  const bundle = useTripBundle(tripId);
  const actions = useTripActions();
  const headingRef = useScreen(bundle === undefined ? null : (bundle?.trip.name ?? 'Trip not found'));

  if (bundle === undefined) {
    return (
      <Center h={200}>
        <Loader aria-label="Loading trip" />
      </Center>
    );
  }
  if (bundle === null) {
    return (
      <Stack align="center" py="xl">
        <Title order={2} ref={headingRef} tabIndex={-1}>
          This trip is not here
        </Title>
        <Text c="dimmed">It may have been deleted.</Text>
        <Anchor component={Link} to="/trips">
          Back to trips
        </Anchor>
      </Stack>
    );
  }

  const { trip } = bundle;
  const personName = new Map(bundle.people.map((person) => [person.id, person.name]));
  const organisationName = new Map(bundle.organisations.map((organisation) => [organisation.id, organisation.name]));
  const engagements = [...bundle.engagements].sort((a, b) => a.start.utc.localeCompare(b.start.utc));
  const segments = [...bundle.segments].sort((a, b) => a.departure.utc.localeCompare(b.departure.utc));
  const memberships = [...bundle.memberships].sort(
    (a, b) =>
      (ROLE_ORDER.get(a.role) ?? 99) - (ROLE_ORDER.get(b.role) ?? 99) ||
      (personName.get(a.personId) ?? '').localeCompare(personName.get(b.personId) ?? ''),
  );
  const stopNames = (stopIds: string[]) =>
    bundle.stops.filter((stop) => stopIds.includes(stop.id)).map((stop) => stop.name);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/trips" size="sm" className="no-print">
        <Group gap={4}>
          <IconArrowLeft size={14} /> All trips
        </Group>
      </Anchor>

      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          <Group gap="sm">
            <Title order={2} ref={headingRef} tabIndex={-1}>
              {trip.name}
            </Title>
            <Badge variant="light">{TRIP_STATUS_LABELS[trip.status]}</Badge>
          </Group>
          <Text c="dimmed">
            {formatDateRange(trip.startDate, trip.endDate)} · home time {trip.homeZone}
          </Text>
          {trip.purpose && <Text maw={760}>{trip.purpose}</Text>}
        </Stack>
        <Group className="no-print" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => actions.editTrip(trip)}>
            Edit
          </Button>
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => void actions.duplicateTrip(trip)}>
            Duplicate
          </Button>
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => actions.deleteTrip(trip)}
          >
            Delete
          </Button>
        </Group>
      </Group>

      {trip.sample && (
        <Alert icon={<IconInfoCircle />} color="grape" title="Sample data">
          This trip shows what a finished plan looks like, from the Liverpool City Region’s 2016 mission to China. Change
          it freely; remove it and its people and organisations with “Remove sample data” in the app menu.
        </Alert>
      )}

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
                    {TRAVEL_MODE_LABELS[segment.mode]} {segment.number}
                    {segment.carrier && ` · ${segment.carrier}`}
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' '}
                      ({cityOf(bundle, segment.fromStopId)} → {cityOf(bundle, segment.toStopId)}
                      {segment.travellerIds && `, ${segment.travellerIds.length} travelling`})
                    </Text>
                  </Text>
                  <Text size="sm">
                    Departs <LocalAndHome time={segment.departure} place={segment.departurePlace || cityOf(bundle, segment.fromStopId)} homeZone={trip.homeZone} />
                  </Text>
                  <Text size="sm">
                    Arrives <LocalAndHome time={segment.arrival} place={segment.arrivalPlace || cityOf(bundle, segment.toStopId)} homeZone={trip.homeZone} />
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
                const city = cityOf(bundle, engagement.stopId);
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
                    <Table.Td>{MEMBER_ROLE_LABELS[membership.role]}</Table.Td>
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
