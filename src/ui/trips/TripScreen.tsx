/**
 * A trip's page: its name, dates and actions above tabs for the overview, the route editor and the programme.
 * The trip's records are read once here, live, and handed to the tab on show.
 */
import { Anchor, Badge, Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCopy, IconFileExport, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { formatDateRange } from '../../domain/shared/time';
import { TRIP_STATUS_LABELS } from '../../domain/trip/trip';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useScreen } from '../shared/use-screen';
import { useTranslation } from 'react-i18next';
import { attentionSummary, TripChecksContext, useTripChecksOf } from '../checks';
import { useTripActions } from '../shared/trip-actions';
import { useTripBundle } from './use-trip-data';
import { SampleTripNotice } from '../shared/components/SampleTripNotice';

const TABS = ['overview', 'route', 'people', 'programme', 'checks', 'rollups', 'follow-ups', 'calendars'] as const;

export function TripScreen() {
  const { tripId } = useParams();
  const bundle = useTripBundle(tripId);
  const { pathname } = useLocation();
  // An engagement's page belongs to the programme, a person's page to the people.
  const tab = pathname.includes('/engagements/')
    ? 'programme'
    : pathname.includes('/people/')
      ? 'people'
      : (TABS.find((candidate) => pathname.endsWith(`/${candidate}`)) ?? 'overview');
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

  return <TripPage bundle={bundle} tab={tab} headingRef={headingRef} />;
}

function TripPage({
  bundle,
  tab,
  headingRef,
}: {
  bundle: TripBundle;
  tab: string;
  headingRef: ReturnType<typeof useScreen>;
}) {
  const actions = useTripActions();
  const navigate = useNavigate();
  const checks = useTripChecksOf(bundle);
  const { openErrors, openWarnings } = checks.review;
  const { t } = useTranslation('checks');
  const { trip } = bundle;
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
            {formatDateRange(trip.startDate, trip.endDate)} · home {trip.home ? `${trip.home.name}, ` : ''}time{' '}
            {trip.homeZone}
          </Text>
          {trip.purpose && tab === 'overview' && <Text maw={760}>{trip.purpose}</Text>}
        </Stack>
        <Group className="no-print" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button
            variant="default"
            aria-label="Edit trip"
            leftSection={<IconPencil size={16} />}
            onClick={() => actions.editTrip(trip)}
          >
            Edit
          </Button>
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => void actions.duplicateTrip(trip)}>
            Duplicate
          </Button>
          <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => void actions.exportTripFile(trip)}>
            Export
          </Button>
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => actions.deleteTrip(trip)}>
            Delete
          </Button>
        </Group>
      </Group>

      {trip.sample && tab === 'overview' && <SampleTripNotice trip={trip} />}

      <Tabs
        value={tab}
        onChange={(value) => void navigate(value === 'overview' ? `/trips/${trip.id}` : `/trips/${trip.id}/${value}`)}
        className="no-print"
      >
        <Tabs.List>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="route">Route</Tabs.Tab>
          <Tabs.Tab value="people">People</Tabs.Tab>
          <Tabs.Tab value="programme">Programme</Tabs.Tab>
          <Tabs.Tab
            value="checks"
            aria-label={`Checks: ${attentionSummary(t, openErrors, openWarnings).toLocaleLowerCase()}`}
            rightSection={
              openErrors + openWarnings > 0 ? (
                <Badge size="sm" circle={openErrors + openWarnings < 10} color={openErrors > 0 ? 'red' : 'orange'}>
                  {openErrors + openWarnings}
                </Badge>
              ) : null
            }
          >
            Checks
          </Tabs.Tab>
          <Tabs.Tab value="rollups">Roll-ups</Tabs.Tab>
          <Tabs.Tab value="follow-ups">Follow-ups</Tabs.Tab>
          <Tabs.Tab value="calendars">Calendars</Tabs.Tab>
        </Tabs.List>
      </Tabs>

      <TripChecksContext value={checks}>
        <Outlet context={bundle satisfies TripBundle} />
      </TripChecksContext>
    </Stack>
  );
}
