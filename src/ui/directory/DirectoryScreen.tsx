/**
 * The directory: every partner organisation, shared by all trips, with its type, place, tags and how many
 * contacts and engagements it has; search, filter, create, edit, archive and delete.
 */
import {
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Select,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  IconAddressBook,
  IconArchive,
  IconArchiveOff,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  ORGANISATION_TYPES,
  organisationMatches,
  type DirectoryFilters,
  type Organisation,
  type OrganisationType,
} from '../../domain/directory/organisation';
import { useLocale } from '../shared/locale';
import { useScreen } from '../shared/use-screen';
import { useListAddress } from '../shared/use-list-address';
import { placeLabel } from './place-label';
import { useOrganisationActions } from './organisation-actions';
import { OrganisationFormModal, useTypeOptions } from './OrganisationFormModal';
import { useOrganisationSummaries } from './use-directory-data';
import { LoadSampleTripButton } from '../shared/components/LoadSampleTripButton';
import { ListScreen, ListSearch, type ListColumn } from '../shared/components/ListScreen';
import { RowActions } from '../shared/components/RowActions';

const isType = (value: string | null): value is OrganisationType =>
  value !== null && (ORGANISATION_TYPES as readonly string[]).includes(value);

/** The search and filters live in the address, so Back from an organisation returns to the same list. */
function useDirectoryQuery() {
  const { query, params, update } = useListAddress();
  const filters = useMemo<DirectoryFilters>(() => {
    const type = params.get('type');
    return {
      type: isType(type) ? type : null,
      country: params.get('country'),
      tag: params.get('tag'),
      showArchived: params.get('archived') === 'shown',
    };
  }, [params]);
  return { query, filters, update };
}

export function DirectoryScreen() {
  const { t } = useTranslation('directory');
  const locale = useLocale();
  const typeOptions = useTypeOptions();
  const columns = useMemo<readonly ListColumn[]>(
    () => [
      { header: t('list.column.organisation'), width: '28%' },
      { header: t('list.column.type'), width: 160 },
      { header: t('list.column.place'), width: 170 },
      { header: t('list.column.tags') },
      { header: t('list.column.contacts'), width: 96, align: 'right', nowrap: true },
      { header: t('list.column.engagements'), width: 124, align: 'right', nowrap: true },
    ],
    [t],
  );
  const summaries = useOrganisationSummaries();
  const actions = useOrganisationActions();
  const navigate = useNavigate();
  const { query, filters, update } = useDirectoryQuery();
  const [form, setForm] = useState<{ opened: boolean; organisation: Organisation | null }>({
    opened: false,
    organisation: null,
  });
  const headingRef = useScreen(summaries === undefined ? null : t('title'));

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
        .map((code) => ({ value: code, label: locale.country(code) }))
        .sort((a, b) => locale.compare(a.label, b.label)),
    [summaries, locale],
  );
  const tagOptions = useMemo(
    () =>
      [...new Set((summaries ?? []).flatMap((summary) => summary.organisation.tags))].sort(locale.compare),
    [summaries, locale],
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

  const filtered = query.trim() !== '' || filters.type !== null || filters.country !== null || filters.tag !== null;
  const newOrganisation = (
    <Button leftSection={<IconPlus size={16} />} onClick={createOrganisation}>
      {t('list.newOrganisation')}
    </Button>
  );
  return (
    <ListScreen
      loading={summaries === undefined}
      loadingLabel={t('list.loading')}
      empty={
        summaries?.length === 0
          ? {
              icon: <IconAddressBook size={28} />,
              title: (
                <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
                  {t('list.emptyTitle')}
                </Title>
              ),
              description: t('list.emptyDescription'),
              actions: (
                <>
                  {newOrganisation}
                  <LoadSampleTripButton />
                </>
              ),
              minHeight: '60vh',
            }
          : null
      }
      heading={
        <Title order={2} ref={headingRef} tabIndex={-1}>
          {t('title')}
        </Title>
      }
      toolbar={
        <>
          <ListSearch
            label={t('list.searchLabel')}
            placeholder={t('list.searchPlaceholder')}
            value={query}
            onChange={(text) => update({ q: text || null })}
            width={340}
          />
          {newOrganisation}
        </>
      }
      filters={
        <Group gap="sm" align="flex-end">
          <Select
            label={t('list.type')}
            placeholder={t('list.anyType')}
            data={typeOptions}
            value={filters.type}
            onChange={(value) => update({ type: value })}
            clearable
            w={250}
          />
          <Select
            label={t('list.country')}
            placeholder={t('list.anyCountry')}
            data={countryOptions}
            value={filters.country}
            onChange={(value) => update({ country: value })}
            clearable
            searchable
            w={200}
          />
          <Select
            label={t('list.tag')}
            placeholder={t('list.anyTag')}
            data={tagOptions}
            value={filters.tag}
            onChange={(value) => update({ tag: value })}
            clearable
            searchable
            w={220}
          />
          <Switch
            label={t('list.showArchived')}
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
              {t('list.clear')}
            </Button>
          )}
        </Group>
      }
      tableLabel={t('list.tableLabel')}
      columns={columns}
      rowActions
      rows={
        visible.map(({ organisation, contactCount, engagementCount }) => (
          <Table.Tr key={organisation.id}>
            <Table.Td>
              <Anchor component={Link} to={`/directory/${organisation.id}`} fw={600}>
                {organisation.name}
              </Anchor>
              {organisation.archived && (
                <Badge ml="xs" size="xs" variant="outline" color="gray">
                  {t('badge.archived')}
                </Badge>
              )}
              {organisation.sample && (
                <Badge ml="xs" size="xs" variant="outline" color="grape">
                  {t('badge.sample')}
                </Badge>
              )}
              {organisation.nameLocal && (
                <Text size="sm" c="dimmed">
                  {organisation.nameLocal}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`type.${organisation.type}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{placeLabel(organisation.city, organisation.country, locale)}</Text>
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
              <RowActions label={t('action.rowActions', { name: organisation.name })}>
                <Menu.Item
                  leftSection={<IconPencil size={16} />}
                  onClick={() => setForm({ opened: true, organisation })}
                >
                  {t('action.edit')}
                </Menu.Item>
                {organisation.archived ? (
                  <Menu.Item
                    leftSection={<IconArchiveOff size={16} />}
                    onClick={() => void actions.setArchived(organisation, false)}
                  >
                    {t('action.unarchive')}
                  </Menu.Item>
                ) : (
                  <Menu.Item
                    leftSection={<IconArchive size={16} />}
                    onClick={() => void actions.setArchived(organisation, true)}
                  >
                    {t('action.archive')}
                  </Menu.Item>
                )}
                <Menu.Divider />
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  onClick={() => void actions.deleteOrganisation(organisation)}
                >
                  {t('action.delete')}
                </Menu.Item>
              </RowActions>
            </Table.Td>
          </Table.Tr>
        ))
      }
      noMatch={
        visible.length === 0
          ? filtered
            ? t('list.noMatch')
            : t('list.allArchived')
          : null
      }
      footer={
        hiddenArchived > 0 && (
          <Text c="dimmed" size="sm" ta="center">
            {t('list.hiddenArchived', { count: hiddenArchived })}{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => update({ archived: 'shown' })}>
              {t('list.showArchived')}
            </Anchor>
          </Text>
        )
      }
      dialogs={formModal}
    />
  );
}
