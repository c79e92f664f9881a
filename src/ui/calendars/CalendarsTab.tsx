/**
 * A trip's calendars: the live calendars published to the agency's calendar server (LiveCalendarsSection), with
 * each delegate's published state beside their file's; export the whole trip, one city, one person or every
 * member at once; the reminders and organiser the files carry; who has changes they have not yet received, with
 * an export of just those; and importing a partner's invitation (.ics) as engagements.
 */
import {
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
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
import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeReminder, isDefaultReminders } from '../../domain/calendars/calendar-delivery';
import { tripOrganiser } from '../../domain/calendars/calendar-events';
import { inDelegationOrder } from '../../domain/people/person';
import { RoleName } from '../shared/components/RoleName';
import { message } from '../../domain/shared/message';
import { usePlatform, useRepositories } from '../shared/context';
import { useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';
import { CalendarImportModal } from './CalendarImportModal';
import { DeliveryStatus, formatSentAt, useCalendarDeliveries, useMemberCalendarEntries } from './calendar-delivery';
import { LiveCalendarsSection, usePublishActions } from './LiveCalendarsSection';
import { usePublicationStates } from './publication-states';
import { PublicationStatus } from './publication-status';
import { useCalendarPublishing } from './publishing';
import { RemindersModal } from './RemindersModal';
import { useCalendarExport } from './use-calendar-export';
import type { MemberCalendarsProgress } from '../../usecases/calendar-export';

/** Rows drawn at first and added by each "Show more". */
const PAGE = 100;

type Show = 'everyone' | 'changed';

export function CalendarsTab() {
  const bundle = useCurrentTrip();
  const { trip, stops } = bundle;
  const { calendars } = useRepositories();
  const platform = usePlatform();
  const { t } = useTranslation('calendars');
  const locale = useLocale();
  const calendarExport = useCalendarExport();
  const memberEntries = useMemberCalendarEntries(bundle);
  const deliveries = useCalendarDeliveries(bundle, memberEntries);
  const { account } = useCalendarPublishing();
  const publications = usePublicationStates(bundle, account, memberEntries);
  const publishActions = usePublishActions(bundle, publications);
  const reminders = useLiveQuery(() => calendars.reminders(trip.id), [calendars, trip.id]);
  const folder = useLiveQuery(() => calendars.folder(), [calendars]);
  const [cityId, setCityId] = useState<string | null>(stops[0]?.id ?? null);
  const [show, setShow] = useState<Show>('everyone');
  const [shown, setShown] = useState(PAGE);
  const [editingReminders, setEditingReminders] = useState(false);
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  // The export's progress is heard by its bar alone: the tab is not drawn again for each calendar written.
  const [progress] = useState(progressStore);
  const cancelExport = useRef<AbortController | null>(null);

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

  /** Every member's calendar, or those of `personIds`, with its progress shown and a way to cancel it. */
  const exportMembers = (key: string, personIds?: ReadonlySet<string>) =>
    run(key, async () => {
      const controller = new AbortController();
      cancelExport.current = controller;
      progress.set({ stage: 'writing', written: 0, total: personIds?.size ?? members.length });
      try {
        await calendarExport.exportMembers(bundle, personIds, { onProgress: progress.set, signal: controller.signal });
      } finally {
        cancelExport.current = null;
        progress.set(null);
      }
    });

  const reminderTimes = reminders && {
    meeting: locale.word(describeReminder(reminders.meeting)).toLocaleLowerCase(),
    flight: locale.word(describeReminder(reminders.flight)).toLocaleLowerCase(),
  };
  const reminderSummary = reminders && reminderTimes
    ? isDefaultReminders(reminders)
      ? t('tab.reminders.usual', reminderTimes)
      : t('tab.reminders.own', reminderTimes)
    : '';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={3}>{t('tab.title')}</Title>
          <Text size="sm" c="dimmed" maw={780}>
            {t('tab.intro')}
          </Text>
        </Stack>
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
          {t('tab.importButton')}
        </Button>
      </Group>

      <LiveCalendarsSection bundle={bundle} states={publications} actions={publishActions} />

      {eventCount === 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="calendar-nothing">
          <Title order={4} id="calendar-nothing">
            {t('tab.nothing.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('tab.nothing.text')}
          </Text>
        </Paper>
      )}

      {eventCount > 0 && (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Paper withBorder p="md" component="section" aria-labelledby="calendar-trip">
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={4}>
                <Title order={4} id="calendar-trip">
                  {t('tab.trip.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('tab.trip.text', { count: eventCount })}
                </Text>
              </Stack>
              <Button
                leftSection={<IconCalendarDown size={16} />}
                loading={busy === 'trip'}
                onClick={() => void run('trip', () => calendarExport.exportTrip(bundle))}
              >
                {t('tab.trip.download')}
              </Button>
            </Stack>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="calendar-city">
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={4}>
                <Title order={4} id="calendar-city">
                  {t('tab.city.title')}
                </Title>
                <Select
                  label={t('tab.city.label')}
                  data={stops.map((stop) => ({ value: stop.id, label: locale.city(stop) }))}
                  value={cityId}
                  onChange={setCityId}
                  allowDeselect={false}
                  placeholder={stops.length ? t('tab.city.choose') : t('tab.city.none')}
                />
              </Stack>
              <Button
                variant="default"
                leftSection={<IconCalendarDown size={16} />}
                disabled={!cityId}
                loading={busy === 'city'}
                onClick={() => cityId && void run('city', () => calendarExport.exportCity(bundle, cityId))}
              >
                {t('tab.city.download')}
              </Button>
            </Stack>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="calendar-everyone">
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={4}>
                <Title order={4} id="calendar-everyone">
                  {t('tab.everyone.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {platform.kind === 'web' ? t('tab.everyone.textWeb') : t('tab.everyone.textDesktop')}
                </Text>
                {platform.kind === 'desktop' && (
                  <Group gap={4} wrap="nowrap">
                    <IconFolder size={14} aria-hidden style={{ flexShrink: 0 }} />
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {folder ? t('tab.everyone.savedIn', { folder: folder.label }) : t('tab.everyone.chooseFirst')}
                    </Text>
                    {folder && (
                      <Anchor component="button" size="sm" onClick={() => void calendarExport.changeFolder()}>
                        {t('tab.everyone.change')}
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
                    disabled={busy === 'changed'}
                    onClick={() => void exportMembers('everyone')}
                  >
                    {t('tab.everyone.exportAll', { count: members.length })}
                  </Button>
                )}
                <Button
                  leftSection={<IconCalendarDown size={16} />}
                  disabled={notUpToDate.size === 0 || busy === 'everyone'}
                  loading={busy === 'changed'}
                  onClick={() => void exportMembers('changed', notUpToDate)}
                >
                  {notUpToDate.size === 0
                    ? t('tab.everyone.upToDate')
                    : someUpToDate
                      ? t('tab.everyone.exportChanged', { count: notUpToDate.size })
                      : t('tab.everyone.exportAll', { count: members.length })}
                </Button>
                {(busy === 'everyone' || busy === 'changed') && (
                  <ExportProgress store={progress} onCancel={() => cancelExport.current?.abort()} />
                )}
              </Stack>
            </Stack>
          </Paper>
        </SimpleGrid>
      )}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={2}>
            <Text fw={600} size="sm">
              {t('tab.organiser.title')}
            </Text>
            <Text size="sm">{organiser ? `${organiser.name} <${organiser.email}>` : t('tab.organiser.none')}</Text>
            <Text size="xs" c="dimmed">
              {t('tab.organiser.hint')}
            </Text>
          </Stack>
          <Stack gap={2} align="flex-start">
            <Text fw={600} size="sm">
              {t('tab.reminders.title')}
            </Text>
            <Text size="sm">{reminderSummary}</Text>
            <Button
              mt={4}
              size="xs"
              variant="default"
              leftSection={<IconBell size={14} />}
              onClick={() => setEditingReminders(true)}
            >
              {t('tab.reminders.change')}
            </Button>
          </Stack>
        </SimpleGrid>
      </Paper>

      {eventCount > 0 && (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={4}>{t('tab.latest.title')}</Title>
            <SegmentedControl
              aria-label={t('tab.latest.show')}
              value={show}
              onChange={(value) => {
                setShow(value === 'changed' ? 'changed' : 'everyone');
                setShown(PAGE);
              }}
              data={[
                { value: 'everyone', label: t('tab.latest.everyone', { number: members.length }) },
                { value: 'changed', label: t('tab.latest.notUpToDate', { number: notUpToDate.size }) },
              ]}
            />
          </Group>
          {withChanges.size > 0 && (
            <Text size="sm" role="status">
              {t('tab.latest.withChanges', { count: withChanges.size })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={publications ? 1040 : 820} type="native">
            <Table aria-label={t('tab.table.label')} verticalSpacing="sm" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="24%">{t('tab.table.name')}</Table.Th>
                  <Table.Th w={160}>{t('tab.table.role')}</Table.Th>
                  <Table.Th>{t('tab.table.calendar')}</Table.Th>
                  {publications && <Table.Th w="26%">{t('live.table')}</Table.Th>}
                  <Table.Th w={190}>
                    <VisuallyHidden>{t('tab.table.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {listed.slice(0, shown).map((membership) => {
                  const person = personById.get(membership.personId);
                  const delivery = deliveries.get(membership.personId) ?? { state: 'never' as const };
                  const name = person?.name ?? locale.word(message('calendars:event.unknownPerson'));
                  const published = publications?.people.get(membership.personId);
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
                            {t('tab.table.sent', { when: formatSentAt(delivery.sentAt, locale.language) })}
                          </Text>
                        )}
                      </Table.Td>
                      {publications && (
                        <Table.Td>
                          {published && (
                            <PublicationStatus
                              state={published}
                              name={name}
                              busy={publishActions.overwriting === membership.personId}
                              onOverwrite={() =>
                                publishActions.overwrite({ kind: 'person', personId: membership.personId }, name, published)
                              }
                            />
                          )}
                        </Table.Td>
                      )}
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconCalendarDown size={14} />}
                          aria-label={t('tab.table.downloadFor', { name })}
                          loading={busy === membership.personId}
                          onClick={() =>
                            void run(membership.personId, () => calendarExport.exportPerson(bundle, membership.personId))
                          }
                        >
                          {t('tab.table.download')}
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
              {members.length === 0 ? t('tab.latest.nobody') : t('tab.latest.allLatest')}
            </Text>
          )}
          {listed.length > shown && (
            <Group justify="center">
              <Text size="sm" c="dimmed">
                {t('tab.latest.showing', { shown, total: listed.length })}
              </Text>
              <Button variant="default" onClick={() => setShown((current) => current + PAGE)}>
                {t('tab.latest.showMore')}
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

/** Where an export of every delegate's calendar is, for its progress bar to hear. */
interface ProgressStore {
  get(): MemberCalendarsProgress | null;
  set(progress: MemberCalendarsProgress | null): void;
  subscribe(listener: () => void): () => void;
}

function progressStore(): ProgressStore {
  let current: MemberCalendarsProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(progress) {
      current = progress;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** How far the export of every delegate's calendar is, with a way to stop it until its files are being saved. */
function ExportProgress({ store, onCancel }: { store: ProgressStore; onCancel: () => void }) {
  const { t } = useTranslation('calendars');
  const progress = useSyncExternalStore(store.subscribe, store.get);
  if (!progress) return null;
  const [said, value] =
    progress.stage === 'writing'
      ? [
          t('tab.everyone.progress.writing', { written: progress.written, count: progress.total }),
          progress.total === 0 ? 0 : (90 * progress.written) / progress.total,
        ]
      : progress.stage === 'zipping'
        ? [t('tab.everyone.progress.zipping', { count: progress.total }), 95]
        : [t('tab.everyone.progress.saving', { count: progress.total }), 100];
  return (
    <Stack gap={6}>
      <Text size="sm" role="status" aria-live="polite">
        {said}
      </Text>
      <Progress value={value} aria-label={t('tab.everyone.progress.progressLabel')} animated={progress.stage !== 'writing'} />
      <Group justify="flex-end">
        <Button size="xs" variant="default" disabled={progress.stage === 'saving'} onClick={onCancel}>
          {t('tab.everyone.progress.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
