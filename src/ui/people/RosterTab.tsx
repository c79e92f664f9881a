/**
 * A trip's people: who is on it, in what role, for which part of the route, with the needs the organiser
 * plans around. Search and the role filter work in memory on the live roster (deferred, so typing stays
 * quick with thousands of members), and at most a page of rows is drawn at a time.
 */
import { Anchor, Badge, Button, Group, Menu, Select, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCalendarDown, IconFileExport, IconFileImport, IconPencil, IconRoute, IconTrash, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { MEMBER_ROLE_LABELS, VISA_STATUS_LABELS, type MemberRole, type Person, type VisaStatus } from '../../domain/people/person';
import { describeRoutePart, personMatches } from '../../domain/people/person-rules';
import type { RosterEntry } from '../../storage/people-repository';
import { useRepositories } from '../shared/context';
import { useCalendarExport } from '../calendars';
import { useOfferUndo } from '../shared/undo';
import { useCurrentTrip } from '../shared/current-trip';
import { AddMemberModal } from './AddMemberModal';
import { isRole, MembershipFormModal, ROLE_OPTIONS } from './MembershipFormModal';
import { PersonFormModal } from './PersonFormModal';
import { useRosterExport } from './roster-export';
import { RosterImportModal } from './RosterImportModal';
import { useRoster } from './use-roster';
import { ListScreen, ListSearch, type ListColumn } from '../shared/components/ListScreen';
import { RowActions } from '../shared/components/RowActions';
import { inFamilyNameOrder } from '../../domain/people/name-order';
import { useLocale } from '../shared/locale';

/** Rows drawn at first and added by each "Show more". */
const PAGE = 100;

const COLUMNS: readonly ListColumn[] = [
  { header: 'Name', width: '22%' },
  { header: 'Role', width: 150 },
  { header: 'Organisation' },
  { header: 'Part of the route', width: '16%' },
  { header: 'Dietary needs', width: '14%' },
  { header: 'Visa', width: 130 },
];

const VISA_COLOURS: Record<VisaStatus, string> = {
  'not-started': 'gray',
  'invitation-requested': 'yellow',
  applied: 'blue',
  granted: 'teal',
  refused: 'red',
  'not-required': 'teal',
};

export function RosterTab() {
  const bundle = useCurrentTrip();
  const { trip, stops } = bundle;
  const roster = useRoster(trip.id);
  const { compare } = useLocale();
  const { people } = useRepositories();
  const offerUndo = useOfferUndo();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<MemberRole | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [adding, setAdding] = useState(false);
  const [importingCsv, setImportingCsv] = useState(false);
  const exportRoster = useRosterExport();
  const calendarExport = useCalendarExport();
  const [editingPerson, setEditingPerson] = useState<Person | null>(null);
  const [editingMembership, setEditingMembership] = useState<RosterEntry | null>(null);

  const deferredQuery = useDeferredValue(query);
  const deferredRole = useDeferredValue(role);
  // In the reader's order: by family name, Chinese names by pinyin in a Chinese list.
  const ordered = useMemo(() => inFamilyNameOrder(roster ?? [], (entry) => entry.person.name, compare), [roster, compare]);
  const visible = useMemo(
    () =>
      ordered.filter(
        (entry) =>
          (deferredRole === null || entry.membership.role === deferredRole) &&
          personMatches(entry.person, deferredQuery, entry.organisationName),
      ),
    [ordered, deferredQuery, deferredRole],
  );
  const memberIds = useMemo(() => new Set((roster ?? []).map((entry) => entry.person.id)), [roster]);

  const search = (text: string) => {
    setQuery(text);
    setShown(PAGE);
  };

  const remove = (entry: RosterEntry) => {
    const { person, membership } = entry;
    modals.openConfirmModal({
      title: `Remove ${person.name} from this trip?`,
      children: (
        <Text size="sm">
          They come off this trip’s roster, its engagements and its journeys. They stay in your directory of people
          and on any other trip.
        </Text>
      ),
      labels: { confirm: 'Remove from trip', cancel: 'Keep them' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const removed = await people.removeMember(membership.id);
        if (!removed) {
          notifications.show({ color: 'red', message: `${person.name} was not on this trip any more.` });
          return;
        }
        offerUndo({
          message: `Removed ${person.name} from ${trip.name}`,
          undo: async () => {
            const restored = await people.restoreMember(removed);
            if (!restored.ok) throw new Error(restored.error);
          },
          undoneMessage: `${person.name} is back on the trip`,
        });
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
    </>
  );

  const addButton = (
    <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
      Add person
    </Button>
  );
  const importButton = (
    <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImportingCsv(true)}>
      Import CSV
    </Button>
  );

  const filtered = query.trim() !== '' || role !== null;
  const page = visible.slice(0, shown);
  return (
    <ListScreen
      loading={roster === undefined}
      loadingLabel="Loading the people on this trip"
      empty={
        roster?.length === 0
          ? {
              icon: <IconUsers size={28} />,
              title: (
                <Title order={3} size="h3">
                  Nobody is on this trip yet
                </Title>
              ),
              description:
                'Add the delegates, organisers, interpreters and press who travel, with their role and the part of the route they join. People are kept in your directory for the next trip.',
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
          People <Text span c="dimmed" fw={400} inherit>({roster?.length ?? 0})</Text>
        </Title>
      }
      alignHeader="flex-end"
      toolbarGap="sm"
      toolbar={
        <>
          {importButton}
          <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => void exportRoster(trip, stops)}>
            Export CSV
          </Button>
          {addButton}
        </>
      }
      filters={
        <Group gap="sm" align="flex-end">
          <ListSearch
            label="Search people"
            showLabel
            placeholder="Name, e-mail or organisation  ( / )"
            value={query}
            onChange={search}
            width={340}
          />
          <Select
            label="Role"
            placeholder="Any role"
            data={ROLE_OPTIONS}
            value={role}
            onChange={(value) => {
              setRole(isRole(value) ? value : null);
              setShown(PAGE);
            }}
            clearable
            w={220}
          />
          {filtered && (
            <Button variant="subtle" onClick={() => { search(''); setRole(null); }}>
              Clear search and filter
            </Button>
          )}
        </Group>
      }
      tableLabel="People on this trip"
      columns={COLUMNS}
      rowActions
      minWidth={1000}
      rows={page.map((entry) => {
        const { person, membership, organisationName } = entry;
        return (
          <Table.Tr key={membership.id}>
            <Table.Td>
              <Anchor component={Link} to={`/trips/${trip.id}/people/${person.id}`} fw={600}>
                {person.name}
              </Anchor>
              {person.nameLocal && (
                <Text size="sm" c="dimmed">
                  {person.nameLocal}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{MEMBER_ROLE_LABELS[membership.role]}</Text>
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
              <Text size="sm">{describeRoutePart(stops, membership.stopIds)}</Text>
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
                {VISA_STATUS_LABELS[person.visaStatus]}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">
              <RowActions label={`Actions for ${person.name}`}>
                <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditingPerson(person)}>
                  Edit person
                </Menu.Item>
                <Menu.Item leftSection={<IconRoute size={16} />} onClick={() => setEditingMembership(entry)}>
                  Change part of the route or role
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconCalendarDown size={16} />}
                  onClick={() => void calendarExport.exportPerson(bundle, person.id)}
                >
                  Download calendar
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => remove(entry)}>
                  Remove from trip
                </Menu.Item>
              </RowActions>
            </Table.Td>
          </Table.Tr>
        );
      })}
      noMatch={visible.length === 0 ? 'Nobody on this trip matches this search and filter.' : null}
      footer={
        visible.length > shown && (
          <Group justify="center">
            <Text size="sm" c="dimmed">
              Showing {shown} of {visible.length}
            </Text>
            <Button variant="default" onClick={() => setShown((current) => current + PAGE)}>
              Show more
            </Button>
          </Group>
        )
      }
      dialogs={dialogs}
    />
  );
}
