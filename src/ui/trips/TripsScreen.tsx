/** The trips list: every mission with its dates, cities and headcount; search, create, edit, copy, delete. */
import { Anchor, Badge, Button, Menu, Table, Text, Title } from '@mantine/core';
import { IconCopy, IconFileExport, IconPencil, IconPlane, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useScreen } from '../shared/use-screen';
import { useListAddress } from '../shared/use-list-address';
import { formatDateRange } from '../../domain/shared/time';
import { TRIP_STATUS_LABELS, type TripSummary } from '../../domain/trip/trip';
import { useTripActions } from '../shared/trip-actions';
import { useTripSummaries } from './use-trip-data';
import { LoadSampleTripButton } from '../shared/components/LoadSampleTripButton';
import { ListScreen, ListSearch, type ListColumn } from '../shared/components/ListScreen';
import { RowActions } from '../shared/components/RowActions';
import { matchesSearch } from '../../domain/shared/search';

const STATUS_COLOURS = { planning: 'blue', confirmed: 'teal', completed: 'gray', cancelled: 'red' } as const;

const COLUMNS: readonly ListColumn[] = [
  { header: 'Trip', width: '32%' },
  { header: 'Dates', width: 150 },
  { header: 'Cities' },
  { header: 'Participants', width: 120, align: 'right', nowrap: true },
  { header: 'Status', width: 130 },
];

function matches(summary: TripSummary, query: string): boolean {
  const texts = [summary.trip.name, summary.trip.purpose, ...summary.cities, ...summary.citiesLocal];
  return texts.some((text) => matchesSearch(query, [text]));
}

export function TripsScreen() {
  const summaries = useTripSummaries();
  const actions = useTripActions();
  // The search lives in the address, so Back from a trip returns to the same filtered list.
  const { query, update } = useListAddress();
  const setQuery = (next: string) => update({ q: next });
  const headingRef = useScreen(summaries === undefined ? null : 'Trips');

  const visible = useMemo(() => summaries?.filter((summary) => matches(summary, query)) ?? [], [summaries, query]);
  const newTrip = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => actions.createTrip()}>
      New trip
    </Button>
  );

  return (
    <ListScreen
      loading={summaries === undefined}
      loadingLabel="Loading trips"
      empty={
        summaries?.length === 0
          ? {
              icon: <IconPlane size={28} />,
              title: (
                <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
                  Plan your first delegation
                </Title>
              ),
              description:
                'A trip holds the route, hotels and travel, the meetings with partners, and who goes where. Start a new one, or look around the sample: the Liverpool City Region trade mission to six Chinese cities.',
              actions: (
                <>
                  {newTrip}
                  <LoadSampleTripButton />
                  <LoadSampleTripButton sample="shenzhen" />
                </>
              ),
              minHeight: '60vh',
            }
          : null
      }
      heading={
        <Title order={2} ref={headingRef} tabIndex={-1}>
          Trips
        </Title>
      }
      toolbar={
        <>
          <ListSearch label="Search trips" placeholder="Search trips and cities  ( / )" value={query} onChange={setQuery} width={280} />
          {newTrip}
        </>
      }
      tableLabel="Trips"
      columns={COLUMNS}
      rowActions
      rows={visible.map(({ trip, cities, participantCount }) => (
        <Table.Tr key={trip.id}>
          <Table.Td>
            <Anchor component={Link} to={`/trips/${trip.id}`} fw={600}>
              {trip.name}
            </Anchor>
            {trip.sample && (
              <Badge ml="xs" size="xs" variant="outline" color="grape">
                Sample
              </Badge>
            )}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateRange(trip.startDate, trip.endDate)}</Table.Td>
          <Table.Td>
            {cities.length ? cities.join(' → ') : <Text span c="dimmed" size="sm">No cities yet</Text>}
          </Table.Td>
          <Table.Td ta="right">{participantCount}</Table.Td>
          <Table.Td>
            <Badge variant="light" color={STATUS_COLOURS[trip.status]} style={{ overflow: 'visible' }}>
              {TRIP_STATUS_LABELS[trip.status]}
            </Badge>
          </Table.Td>
          <Table.Td ta="right">
            <RowActions label={`Actions for ${trip.name}`}>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => actions.editTrip(trip)}>
                Edit
              </Menu.Item>
              <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => void actions.duplicateTrip(trip)}>
                Duplicate
              </Menu.Item>
              <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => void actions.exportTripFile(trip)}>
                Export trip file…
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => actions.deleteTrip(trip)}>
                Delete
              </Menu.Item>
            </RowActions>
          </Table.Td>
        </Table.Tr>
      ))}
      noMatch={visible.length === 0 ? `No trip matches “${query}”.` : null}
    />
  );
}
