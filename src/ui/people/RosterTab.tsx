/**
 * A trip's people: who is on it, in what role, for which part of the route, with the needs the organiser
 * plans around. Search and the role filter work in memory on the live roster (deferred, so typing stays
 * quick with thousands of members), and at most a page of rows is drawn at a time.
 */
import { Anchor, Badge, Button, Checkbox, Group, Menu, Select, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconCalendarDown,
  IconFileExport,
  IconFileImport,
  IconFileSpreadsheet,
  IconPencil,
  IconRoute,
  IconTrash,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { landingFor } from '../shared/focus-landing';
import type { MemberRole, Person, VisaStatus } from '../../domain/people/person';
import { describeRoutePart, personMatches } from '../../domain/people/person-rules';
import type { RosterEntry } from '../../storage/people-repository';
import { useRepositories } from '../shared/context';
import { useCalendarExport } from '../calendars';
import { useOfferUndo } from '../shared/undo';
import { RemoveCalendarsChoice, useCalendarRemoval } from '../shared/calendar-removal';
import { calendarsOnServer } from '../../usecases/calendar-removal';
import { useCurrentTrip } from '../shared/current-trip';
import { useScreenRequest } from '../shared/screen-request';
import { AddMemberModal } from './AddMemberModal';
import { isRole, MembershipFormModal, useRoleOptions } from './MembershipFormModal';
import { PersonFormModal } from './PersonFormModal';
import { InvitationListModal } from './InvitationListModal';
import { RosterExportModal } from './RosterExportModal';
import { RosterImportModal } from './RosterImportModal';
import { useRoster } from './use-roster';
import { useLocale } from '../shared/locale';
import { ListScreen, ListSearch, type ListColumn } from '../shared/components/ListScreen';
import { RowActions } from '../shared/components/RowActions';
import { inFamilyNameOrder } from '../../domain/people/name-order';

/** Rows drawn at first and added by each "Show more". */
const PAGE = 100;


const VISA_COLOURS: Record<VisaStatus, string> = {
  'not-started': 'gray',
  'invitation-requested': 'yellow',
  'invitation-received': 'yellow',
  applied: 'blue',
  granted: 'teal',
  refused: 'red',
  'not-required': 'teal',
};

export function RosterTab() {
  const bundle = useCurrentTrip();
  const { trip, stops } = bundle;
  const roster = useRoster(trip.id);
  const { t } = useTranslation('people');
  const locale = useLocale();
  const { compare } = locale;
  const roleOptions = useRoleOptions();
  const columns: readonly ListColumn[] = [
    { header: t('roster.column.name'), width: '22%' },
    { header: t('roster.column.role'), width: 150 },
    { header: t('roster.column.organisation') },
    { header: t('roster.column.routePart'), width: '16%' },
    { header: t('roster.column.dietary'), width: '14%' },
    { header: t('roster.column.visa'), width: 130 },
  ];
  const repositories = useRepositories();
  const { people } = repositories;
  const offerUndo = useOfferUndo();
  const removeCalendars = useCalendarRemoval();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<MemberRole | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [adding, setAdding] = useState(false);
  useScreenRequest('add-person', () => setAdding(true));
  const [importingCsv, setImportingCsv] = useState(false);
  const [exportingCsv, setExportingCsv] = useState(false);
  const [invitationList, setInvitationList] = useState(false);
  const [onlyToConfirm, setOnlyToConfirm] = useState(false);
  const calendarExport = useCalendarExport();
  const [editingPerson, setEditingPerson] = useState<Person | null>(null);
  const [editingMembership, setEditingMembership] = useState<RosterEntry | null>(null);

  const deferredQuery = useDeferredValue(query);
  const deferredRole = useDeferredValue(role);
  const toConfirm = useMemo(() => (roster ?? []).filter((entry) => entry.person.nameToConfirm).length, [roster]);
  const onlyNamesToConfirm = onlyToConfirm && toConfirm > 0;
  // In the reader's order: by family name, Chinese names by pinyin in a Chinese list.
  const ordered = useMemo(() => inFamilyNameOrder(roster ?? [], (entry) => entry.person.name, compare), [roster, compare]);
  const visible = useMemo(
    () =>
      ordered.filter(
        (entry) =>
          (deferredRole === null || entry.membership.role === deferredRole) &&
          (!onlyNamesToConfirm || entry.person.nameToConfirm) &&
          personMatches(entry.person, deferredQuery, entry.organisationName),
      ),
    [ordered, deferredQuery, deferredRole, onlyNamesToConfirm],
  );
  const memberIds = useMemo(() => new Set((roster ?? []).map((entry) => entry.person.id)), [roster]);

  const search = (text: string) => {
    setQuery(text);
    setShown(PAGE);
  };

  const remove = async (entry: RosterEntry) => {
    const { person, membership } = entry;
    const calendars = await calendarsOnServer(repositories, bundle, [person.id]);
    let removeFromServer = true;
    modals.openConfirmModal({
      title: t('roster.removeTitle', { name: person.name }),
      children: (
        <>
          <Text size="sm">{t('roster.removeBody')}</Text>
          {calendars.length > 0 && <RemoveCalendarsChoice calendars={calendars} onChange={(remove) => (removeFromServer = remove)} label={t('roster.removeCalendar')} />}
        </>
      ),
      labels: { confirm: t('roster.removeConfirm'), cancel: t('roster.removeCancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const removed = await people.removeMember(membership.id);
        if (!removed) {
          notifications.show({ color: 'red', message: t('roster.notOnTripAnyMore', { name: person.name }) });
          return;
        }
        offerUndo({
          message: t('roster.removed', { name: person.name, trip: trip.name }),
          undo: async () => {
            const restored = await people.restoreMember(removed);
            if (!restored.ok) throw new Error(locale.word(restored.error));
          },
          undoneMessage: t('roster.backOnTrip', { name: person.name }),
        });
        if (calendars.length > 0 && removeFromServer) removeCalendars({ tripId: trip.id, personIds: [person.id] }, calendars);
      },
    });
  };

  const dialogs = (
    <>
      <AddMemberModal opened={adding} tripId={trip.id} stops={stops} memberIds={memberIds} onClose={() => setAdding(false)} />
      <PersonFormModal opened={editingPerson !== null} person={editingPerson} onClose={() => setEditingPerson(null)} />
      <MembershipFormModal
        key={editingMembership?.membership.id ?? 'none'}
        entry={editingMembership}
        stops={stops}
        onClose={() => setEditingMembership(null)}
      />
      {importingCsv && <RosterImportModal tripId={trip.id} stops={stops} onClose={() => setImportingCsv(false)} />}
      <RosterExportModal opened={exportingCsv} trip={trip} cities={stops} onClose={() => setExportingCsv(false)} />
      <InvitationListModal opened={invitationList} bundle={bundle} onClose={() => setInvitationList(false)} />
    </>
  );

  const addButton = (
    <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
      {t('roster.addPerson')}
    </Button>
  );
  const importButton = (
    <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImportingCsv(true)}>
      {t('roster.importCsv')}
    </Button>
  );

  const filtered = query.trim() !== '' || role !== null || onlyNamesToConfirm;
  const page = visible.slice(0, shown);
  return (
    <ListScreen
      loading={roster === undefined}
      loadingLabel={t('roster.loading')}
      empty={
        roster?.length === 0
          ? {
              icon: <IconUsers size={28} />,
              title: (
                <Title order={3} size="h3">
                  {t('roster.emptyTitle')}
                </Title>
              ),
              description: t('roster.emptyDescription'),
              actions: (
                <>
                  {addButton}
                  {importButton}
                </>
              ),
              minHeight: '40vh',
            }
          : null
      }
      heading={
        <Title order={3}>
          {t('roster.title')}{' '}
          <Text span c="dimmed" fw={400} inherit>
            {t('roster.count', { number: roster?.length ?? 0 })}
          </Text>
        </Title>
      }
      alignHeader="flex-end"
      toolbarGap="sm"
      toolbar={
        <>
          {importButton}
          <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => setExportingCsv(true)}>
            {t('roster.exportCsv')}
          </Button>
          <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setInvitationList(true)}>
            {t('invitationList.dialog.open')}
          </Button>
          {addButton}
        </>
      }
      filters={
        <Group gap="sm" align="flex-end">
          <ListSearch
            label={t('roster.searchLabel')}
            showLabel
            placeholder={t('roster.searchPlaceholder')}
            value={query}
            onChange={search}
            width={340}
          />
          <Select
            label={t('roster.roleFilter')}
            placeholder={t('roster.anyRole')}
            data={roleOptions}
            value={role}
            onChange={(value) => {
              setRole(isRole(value) ? value : null);
              setShown(PAGE);
            }}
            clearable
            w={220}
          />
          {toConfirm > 0 && (
            <Checkbox
              label={t('name.filter', { number: toConfirm })}
              checked={onlyToConfirm}
              onChange={(event) => {
                setOnlyToConfirm(event.currentTarget.checked);
                setShown(PAGE);
              }}
              mb={8}
            />
          )}
          {filtered && (
            <Button variant="subtle" onClick={() => { search(''); setRole(null); setOnlyToConfirm(false); }}>
              {t('roster.clearFilters')}
            </Button>
          )}
        </Group>
      }
      tableLabel={t('roster.tableLabel')}
      columns={columns}
      rowActions
      minWidth={1000}
      rows={page.map((entry) => {
        const { person, membership, organisationName } = entry;
        return (
          <Table.Tr key={membership.id}>
            <Table.Td>
              <Anchor component={Link} to={`/trips/${trip.id}/people/${person.id}`} fw={600} {...landingFor(person.id)}>
                {person.name}
              </Anchor>
              {person.nameLocal && (
                <Text size="sm" c="dimmed">
                  {person.nameLocal}
                </Text>
              )}
              {person.nameToConfirm && (
                <Badge variant="light" color="orange" size="sm" tt="none" display="block" w="fit-content">
                  {t('name.toConfirm')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`role.${membership.role}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{organisationName}</Text>
              {person.jobTitle && (
                <Text size="xs" c="dimmed">
                  {person.jobTitle}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{locale.word(describeRoutePart(stops, membership.stopIds))}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{person.dietary}</Text>
            </Table.Td>
            <Table.Td>
              <Badge
                variant="light"
                color={VISA_COLOURS[person.visaStatus]}
                tt="none"
                style={{ height: 'auto', whiteSpace: 'normal' }}
              >
                {t(`visa.${person.visaStatus}`)}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">
              <RowActions label={t('roster.actionsFor', { name: person.name })}>
                <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditingPerson(person)}>
                  {t('roster.editPerson')}
                </Menu.Item>
                <Menu.Item leftSection={<IconRoute size={16} />} onClick={() => setEditingMembership(entry)}>
                  {t('roster.changePart')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconCalendarDown size={16} />}
                  onClick={() => void calendarExport.exportPerson(bundle, person.id)}
                >
                  {t('roster.downloadCalendar')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove(entry)}>
                  {t('roster.removeFromTrip')}
                </Menu.Item>
              </RowActions>
            </Table.Td>
          </Table.Tr>
        );
      })}
      noMatch={visible.length === 0 ? t('roster.noMatch') : null}
      footer={
        visible.length > shown && (
          <Group justify="center">
            <Text size="sm" c="dimmed">
              {t('roster.showing', { shown, total: visible.length })}
            </Text>
            <Button variant="default" onClick={() => setShown((current) => current + PAGE)}>
              {t('roster.showMore')}
            </Button>
          </Group>
        )
      }
      dialogs={dialogs}
    />
  );
}
