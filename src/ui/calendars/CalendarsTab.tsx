/**
 * A trip's calendars: export the whole trip, one city, one person or every member at once; the reminders
 * and organiser the files carry; who has changes they have not yet received, with an export of just those;
 * and importing a partner's invitation (.ics) as engagements.
 */
import {
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell, IconCalendarDown, IconFileImport, IconFolder, IconUsers } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { describeReminder, isDefaultReminders } from '../../domain/calendars/calendar-delivery';
import { tripOrganiser } from '../../domain/calendars/calendar-events';
import { inDelegationOrder } from '../../domain/people/person';
import { RoleName } from '../shared/components/RoleName';
import { usePlatform, useRepositories } from '../shared/context';
import { useCurrentTrip } from '../shared/current-trip';
import { CalendarImportModal } from './CalendarImportModal';
import { DeliveryStatus, formatSentAt, useCalendarDeliveries } from './calendar-delivery';
import { RemindersModal } from './RemindersModal';
import { useCalendarExport } from './use-calendar-export';

/** Rows drawn at first and added by each "Show more". */
const PAGE = 100;

type Show = 'everyone' | 'changed';

export function CalendarsTab() {
  const bundle = useCurrentTrip();
  const { trip, stops } = bundle;
  const { calendars } = useRepositories();
  const platform = usePlatform();
  const calendarExport = useCalendarExport();
  const deliveries = useCalendarDeliveries(bundle);
  const reminders = useLiveQuery(() => calendars.reminders(trip.id), [calendars, trip.id]);
  const folder = useLiveQuery(() => calendars.folder(), [calendars]);
  const [cityId, setCityId] = useState<string | null>(stops[0]?.id ?? null);
  const [show, setShow] = useState<Show>('everyone');
  const [shown, setShown] = useState(PAGE);
  const [editingReminders, setEditingReminders] = useState(false);
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const personById = useMemo(() => new Map(bundle.people.map((person) => [person.id, person])), [bundle.people]);
  const members = useMemo(
    () => inDelegationOrder(bundle.memberships, (id) => personById.get(id)?.name ?? ''),
    [bundle.memberships, personById],
  );
  const notUpToDate = useMemo(
    () => new Set(members.filter((m) => deliveries.get(m.personId)?.state !== 'up-to-date').map((m) => m.personId)),
    [members, deliveries],
  );
  const withChanges = useMemo(
    () => new Set(members.filter((m) => deliveries.get(m.personId)?.state === 'changed').map((m) => m.personId)),
    [members, deliveries],
  );
  const someUpToDate = notUpToDate.size < members.length;
  const listed = show === 'changed' ? members.filter((m) => notUpToDate.has(m.personId)) : members;
  const organiser = tripOrganiser(bundle);
  const eventCount = bundle.engagements.length + bundle.segments.length + bundle.accommodations.length;

  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  };

  const reminderSummary = reminders
    ? isDefaultReminders(reminders)
      ? `The usual: ${describeReminder(reminders.meeting).toLocaleLowerCase()} a meeting, ${describeReminder(
          reminders.flight,
        ).toLocaleLowerCase()} a flight.`
      : `Your own: ${describeReminder(reminders.meeting).toLocaleLowerCase()} a meeting, ${describeReminder(
          reminders.flight,
        ).toLocaleLowerCase()} a flight, and so on.`
    : '';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={3}>Calendars</Title>
          <Text size="sm" c="dimmed" maw={780}>
            Calendar files (.ics) for delegates’ phones and calendar apps. Times are exact moments, right in every
            time zone; each event keeps its identity, so importing a newer file updates it instead of adding a copy.
          </Text>
        </Stack>
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
          Import .ics file
        </Button>
      </Group>

      {eventCount === 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="calendar-nothing">
          <Title order={4} id="calendar-nothing">
            Nothing to export yet
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            This trip has no engagements, journeys or hotel stays. Add them on the Route and Programme tabs, or import
            a partner’s invitation, and the calendars to send appear here.
          </Text>
        </Paper>
      )}

      {eventCount > 0 && (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Paper withBorder p="md" component="section" aria-labelledby="calendar-trip">
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={4}>
                <Title order={4} id="calendar-trip">
                  The whole trip
                </Title>
                <Text size="sm" c="dimmed">
                  Every engagement, journey and hotel stay: {eventCount} {eventCount === 1 ? 'event' : 'events'}.
                </Text>
              </Stack>
              <Button
                leftSection={<IconCalendarDown size={16} />}
                loading={busy === 'trip'}
                onClick={() => void run('trip', () => calendarExport.exportTrip(bundle))}
              >
                Download trip calendar
              </Button>
            </Stack>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="calendar-city">
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={4}>
                <Title order={4} id="calendar-city">
                  One city
                </Title>
                <Select
                  label="City"
                  data={stops.map((stop) => ({ value: stop.id, label: stop.name }))}
                  value={cityId}
                  onChange={setCityId}
                  allowDeselect={false}
                  placeholder={stops.length ? 'Choose a city' : 'No city on the route yet'}
                />
              </Stack>
              <Button
                variant="default"
                leftSection={<IconCalendarDown size={16} />}
                disabled={!cityId}
                loading={busy === 'city'}
                onClick={() => cityId && void run('city', () => calendarExport.exportCity(bundle, cityId))}
              >
                Download city calendar
              </Button>
            </Stack>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="calendar-everyone">
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={4}>
                <Title order={4} id="calendar-everyone">
                  Every delegate at once
                </Title>
                <Text size="sm" c="dimmed">
                  One file for each person, holding only their own programme
                  {platform.kind === 'web' ? ', downloaded together as one zip file.' : '.'}
                </Text>
                {platform.kind === 'desktop' && (
                  <Group gap={4} wrap="nowrap">
                    <IconFolder size={14} aria-hidden style={{ flexShrink: 0 }} />
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {folder ? `Saved in ${folder.label}` : 'You choose a folder the first time.'}
                    </Text>
                    {folder && (
                      <Anchor component="button" size="sm" onClick={() => void calendarExport.changeFolder()}>
                        Change
                      </Anchor>
                    )}
                  </Group>
                )}
              </Stack>
              <Stack gap="xs">
                {someUpToDate && (
                  <Button
                    variant="default"
                    leftSection={<IconUsers size={16} />}
                    loading={busy === 'everyone'}
                    onClick={() => void run('everyone', () => calendarExport.exportMembers(bundle))}
                  >
                    Export all {members.length} calendars
                  </Button>
                )}
                <Button
                  leftSection={<IconCalendarDown size={16} />}
                  disabled={notUpToDate.size === 0}
                  loading={busy === 'changed'}
                  onClick={() => void run('changed', () => calendarExport.exportMembers(bundle, notUpToDate))}
                >
                  {notUpToDate.size === 0
                    ? 'Everyone is up to date'
                    : someUpToDate
                      ? `Export the ${notUpToDate.size} not up to date`
                      : `Export all ${members.length} calendars`}
                </Button>
              </Stack>
            </Stack>
          </Paper>
        </SimpleGrid>
      )}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={2}>
            <Text fw={600} size="sm">
              Organiser
            </Text>
            <Text size="sm">
              {organiser
                ? `${organiser.name} <${organiser.email}>`
                : 'No organiser on this trip has an e-mail address: the files name the trip instead.'}
            </Text>
            <Text size="xs" c="dimmed">
              The first member with the organiser’s role and an e-mail address, named in every event.
            </Text>
          </Stack>
          <Stack gap={2} align="flex-start">
            <Text fw={600} size="sm">
              Reminders
            </Text>
            <Text size="sm">{reminderSummary}</Text>
            <Button
              mt={4}
              size="xs"
              variant="default"
              leftSection={<IconBell size={14} />}
              onClick={() => setEditingReminders(true)}
            >
              Change reminders
            </Button>
          </Stack>
        </SimpleGrid>
      </Paper>

      {eventCount > 0 && (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={4}>Who has the latest calendar</Title>
            <SegmentedControl
              aria-label="Show"
              value={show}
              onChange={(value) => {
                setShow(value === 'changed' ? 'changed' : 'everyone');
                setShown(PAGE);
              }}
              data={[
                { value: 'everyone', label: `Everyone (${members.length})` },
                { value: 'changed', label: `Not up to date (${notUpToDate.size})` },
              ]}
            />
          </Group>
          {withChanges.size > 0 && (
            <Text size="sm" role="status">
              {withChanges.size === 1 ? '1 person has' : `${withChanges.size} people have`} changes they have not yet
              received.
            </Text>
          )}
          <Table.ScrollContainer minWidth={820} type="native">
            <Table aria-label="Calendars of the people on this trip" verticalSpacing="sm" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="24%">Name</Table.Th>
                  <Table.Th w={160}>Role</Table.Th>
                  <Table.Th>Calendar</Table.Th>
                  <Table.Th w={190}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {listed.slice(0, shown).map((membership) => {
                  const person = personById.get(membership.personId);
                  const delivery = deliveries.get(membership.personId) ?? { state: 'never' as const };
                  const name = person?.name ?? 'Unknown person';
                  return (
                    <Table.Tr key={membership.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/trips/${trip.id}/people/${membership.personId}`} fw={600}>
                          {name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm"><RoleName role={membership.role} /></Text>
                      </Table.Td>
                      <Table.Td>
                        <DeliveryStatus delivery={delivery} />
                        {delivery.state === 'up-to-date' && (
                          <Text size="xs" c="dimmed" pl={22}>
                            Sent {formatSentAt(delivery.sentAt)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconCalendarDown size={14} />}
                          aria-label={`Download calendar for ${name}`}
                          loading={busy === membership.personId}
                          onClick={() =>
                            void run(membership.personId, () => calendarExport.exportPerson(bundle, membership.personId))
                          }
                        >
                          Download calendar
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {listed.length === 0 && (
            <Text c="dimmed" ta="center" py="lg">
              {members.length === 0 ? 'Nobody is on this trip yet.' : 'Everyone has the latest calendar.'}
            </Text>
          )}
          {listed.length > shown && (
            <Group justify="center">
              <Text size="sm" c="dimmed">
                Showing {shown} of {listed.length}
              </Text>
              <Button variant="default" onClick={() => setShown((current) => current + PAGE)}>
                Show more
              </Button>
            </Group>
          )}
        </Stack>
      )}

      {reminders && editingReminders && (
        <RemindersModal
          opened
          tripId={trip.id}
          reminders={reminders}
          onClose={() => setEditingReminders(false)}
        />
      )}
      {importing && <CalendarImportModal bundle={bundle} onClose={() => setImporting(false)} />}
    </Stack>
  );
}
