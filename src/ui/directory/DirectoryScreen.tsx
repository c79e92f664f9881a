/**
 * The directory: every partner organisation, shared by all trips, with its type, place, tags and how many
 * contacts and engagements it has; search, filter, create, edit, archive and delete.
 */
import {
  Anchor,
  Badge,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Menu,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconAddressBook,
  IconArchive,
  IconArchiveOff,
  IconDatabase,
  IconPencil,
  IconPlus,
  IconSearch,
  IconTrash,
} from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  organisationMatches,
  type DirectoryFilters,
  type Organisation,
  type OrganisationType,
} from '../../domain/directory/organisation';
import { useScreen } from '../shared/use-screen';
import { useTripActions } from '../shared/trip-actions';
import { countryName, placeLabel } from './country-names';
import { useOrganisationActions } from './organisation-actions';
import { OrganisationFormModal, TYPE_OPTIONS } from './OrganisationFormModal';
import { useOrganisationSummaries } from './use-directory-data';
import { RowActions } from '../shared/components/RowActions';

const isType = (value: string | null): value is OrganisationType =>
  value !== null && (ORGANISATION_TYPES as readonly string[]).includes(value);

/** The search and filters live in the address, so Back from an organisation returns to the same list. */
function useDirectoryQuery() {
  const [params, setParams] = useSearchParams();
  // The box keeps its own text so fast typing is never overtaken by the address catching up.
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const filters = useMemo<DirectoryFilters>(() => {
    const type = params.get('type');
    return {
      type: isType(type) ? type : null,
      country: params.get('country'),
      tag: params.get('tag'),
      showArchived: params.get('archived') === 'shown',
    };
  }, [params]);
  const update = (changes: Record<string, string | null>) => {
    if ('q' in changes) setQuery(changes['q'] ?? '');
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  return { query, filters, update };
}

export function DirectoryScreen() {
  const summaries = useOrganisationSummaries();
  const tripActions = useTripActions();
  const actions = useOrganisationActions();
  const navigate = useNavigate();
  const { query, filters, update } = useDirectoryQuery();
  const [form, setForm] = useState<{ opened: boolean; organisation: Organisation | null }>({
    opened: false,
    organisation: null,
  });
  const headingRef = useScreen(summaries === undefined ? null : 'Directory');
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  const visible = useMemo(
    () =>
      summaries?.filter((summary) =>
        organisationMatches(summary.organisation, query, filters, summary.contactNames),
      ) ?? [],
    [summaries, query, filters],
  );
  const countryOptions = useMemo(
    () =>
      [...new Set((summaries ?? []).map((summary) => summary.organisation.country).filter(Boolean))]
        .map((code) => ({ value: code, label: countryName(code) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [summaries],
  );
  const tagOptions = useMemo(
    () =>
      [...new Set((summaries ?? []).flatMap((summary) => summary.organisation.tags))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [summaries],
  );
  const hiddenArchived = useMemo(
    () =>
      filters.showArchived
        ? 0
        : (summaries ?? []).filter(
            (summary) =>
              summary.organisation.archived &&
              organisationMatches(summary.organisation, query, { ...filters, showArchived: true }, summary.contactNames),
          ).length,
    [summaries, query, filters],
  );

  const createOrganisation = () => setForm({ opened: true, organisation: null });
  const formModal = (
    <OrganisationFormModal
      opened={form.opened}
      organisation={form.organisation}
      onClose={() => setForm((current) => ({ ...current, opened: false }))}
      onSaved={(organisation, created) => {
        setForm((current) => ({ ...current, opened: false }));
        if (created) void navigate(`/directory/${organisation.id}`);
      }}
    />
  );

  if (summaries === undefined) {
    return (
      <Center h={200}>
        <Loader aria-label="Loading the directory" />
      </Center>
    );
  }

  if (summaries.length === 0) {
    return (
      <Center mih="60vh">
        <EmptyState
          icon={<IconAddressBook size={28} />}
          title={
            <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
              Your directory of partners
            </Title>
          }
          description="The organisations you meet and their people, kept from one mission to the next and shared by every trip: names in both scripts, contacts, and each one’s history of meetings."
        >
          <Group justify="center" mt="md">
            <Button leftSection={<IconPlus size={16} />} onClick={createOrganisation}>
              New organisation
            </Button>
            <Button
              variant="default"
              leftSection={<IconDatabase size={16} />}
              onClick={() => void tripActions.loadSampleTrip()}
            >
              Load sample trip
            </Button>
          </Group>
        </EmptyState>
        {formModal}
      </Center>
    );
  }

  const filtered = query.trim() !== '' || filters.type !== null || filters.country !== null || filters.tag !== null;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} ref={headingRef} tabIndex={-1}>
          Directory
        </Title>
        <Group>
          <TextInput
            ref={searchRef}
            aria-label="Search the directory"
            placeholder="Search names, cities, tags, contacts  ( / )"
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(event) => update({ q: event.currentTarget.value })}
            onKeyDown={(event) => {
              if (event.key === 'Escape') update({ q: null });
            }}
            w={340}
          />
          <Button leftSection={<IconPlus size={16} />} onClick={createOrganisation}>
            New organisation
          </Button>
        </Group>
      </Group>

      <Group gap="sm" align="flex-end">
        <Select
          label="Type"
          placeholder="Any type"
          data={TYPE_OPTIONS}
          value={filters.type}
          onChange={(value) => update({ type: value })}
          clearable
          w={250}
        />
        <Select
          label="Country"
          placeholder="Any country"
          data={countryOptions}
          value={filters.country}
          onChange={(value) => update({ country: value })}
          clearable
          searchable
          w={200}
        />
        <Select
          label="Tag"
          placeholder="Any tag"
          data={tagOptions}
          value={filters.tag}
          onChange={(value) => update({ tag: value })}
          clearable
          searchable
          w={220}
        />
        <Switch
          label="Show archived"
          checked={filters.showArchived}
          onChange={(event) => update({ archived: event.currentTarget.checked ? 'shown' : null })}
          mb={8}
        />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => update({ q: null, type: null, country: null, tag: null })}
            mb={2}
          >
            Clear search and filters
          </Button>
        )}
      </Group>

      <Table
        highlightOnHover
        verticalSpacing="sm"
        aria-label="Organisations"
        layout="fixed"
        style={{ overflowWrap: 'anywhere' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">Organisation</Table.Th>
            <Table.Th w={160}>Type</Table.Th>
            <Table.Th w={170}>City and country</Table.Th>
            <Table.Th>Tags</Table.Th>
            <Table.Th ta="right" w={96} style={{ whiteSpace: 'nowrap' }}>
              Contacts
            </Table.Th>
            <Table.Th ta="right" w={124} style={{ whiteSpace: 'nowrap' }}>
              Engagements
            </Table.Th>
            <Table.Th w={56}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map(({ organisation, contactCount, engagementCount }) => (
            <Table.Tr key={organisation.id}>
              <Table.Td>
                <Anchor component={Link} to={`/directory/${organisation.id}`} fw={600}>
                  {organisation.name}
                </Anchor>
                {organisation.archived && (
                  <Badge ml="xs" size="xs" variant="outline" color="gray">
                    Archived
                  </Badge>
                )}
                {organisation.sample && (
                  <Badge ml="xs" size="xs" variant="outline" color="grape">
                    Sample
                  </Badge>
                )}
                {organisation.nameLocal && (
                  <Text size="sm" c="dimmed">
                    {organisation.nameLocal}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{ORGANISATION_TYPE_LABELS[organisation.type]}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{placeLabel(organisation.city, organisation.country)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {organisation.tags.map((tag) => (
                    <Badge
                      key={tag}
                      size="sm"
                      variant="light"
                      color="gray"
                      tt="none"
                      style={{ overflow: 'visible', height: 'auto', whiteSpace: 'normal' }}
                    >
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td ta="right">{contactCount}</Table.Td>
              <Table.Td ta="right">{engagementCount}</Table.Td>
              <Table.Td ta="right">
                <RowActions label={`Actions for ${organisation.name}`}>
                    <Menu.Item
                      leftSection={<IconPencil size={16} />}
                      onClick={() => setForm({ opened: true, organisation })}
                    >
                      Edit
                    </Menu.Item>
                    {organisation.archived ? (
                      <Menu.Item
                        leftSection={<IconArchiveOff size={16} />}
                        onClick={() => void actions.setArchived(organisation, false)}
                      >
                        Unarchive
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        leftSection={<IconArchive size={16} />}
                        onClick={() => void actions.setArchived(organisation, true)}
                      >
                        Archive
                      </Menu.Item>
                    )}
                    <Menu.Divider />
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} />}
                      onClick={() => void actions.deleteOrganisation(organisation)}
                    >
                      Delete
                    </Menu.Item>
                  </RowActions>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {visible.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {filtered ? 'No organisation matches this search and these filters.' : 'Every organisation is archived.'}
        </Text>
      )}
      {hiddenArchived > 0 && (
        <Text c="dimmed" size="sm" ta="center">
          {hiddenArchived === 1 ? '1 archived organisation is hidden.' : `${hiddenArchived} archived organisations are hidden.`}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => update({ archived: 'shown' })}>
            Show archived
          </Anchor>
        </Text>
      )}
      {formModal}
    </Stack>
  );
}
