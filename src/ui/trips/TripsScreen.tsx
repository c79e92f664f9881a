/** The trips list: every mission with its dates, cities and headcount; search, create, edit, copy, delete. */
import { Anchor, Badge, Button, Menu, Table, Text, Title } from '@mantine/core';
import { IconCopy, IconFileExport, IconPencil, IconPlane, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useScreen } from '../shared/use-screen';
import { useListAddress } from '../shared/use-list-address';
import type { TripSummary } from '../../domain/trip/trip';
import { useLocale } from '../shared/locale';
import { useTripActions } from '../shared/trip-actions';
import { useTripSummaries } from './use-trip-data';
import { LoadSampleTripButton } from '../shared/components/LoadSampleTripButton';
import { ListScreen, ListSearch, type ListColumn } from '../shared/components/ListScreen';
import { RowActions } from '../shared/components/RowActions';
import { searchMatcher } from '../../domain/shared/search';

const STATUS_COLOURS = { planning: 'blue', confirmed: 'teal', completed: 'gray', cancelled: 'red' } as const;

/** Whether one of a trip's texts holds every word of the query; the query's words are folded once for the list. */
function matches(summary: TripSummary, matcher: (texts: readonly string[]) => boolean): boolean {
  const texts = [summary.trip.name, summary.trip.purpose, ...summary.cities, ...summary.citiesLocal];
  return texts.some((text) => matcher([text]));
}

export function TripsScreen() {
  const { t } = useTranslation(['trips', 'common']);
  const locale = useLocale();
  const summaries = useTripSummaries();
  const actions = useTripActions();
  // The search lives in the address, so Back from a trip returns to the same filtered list.
  const { query, update } = useListAddress();
  const setQuery = (next: string) => update({ q: next });
  const headingRef = useScreen(summaries === undefined ? null : t('list.title'));
  const columns: readonly ListColumn[] = [
    { header: t('list.column.trip'), width: '32%' },
    { header: t('list.column.dates'), width: 180 },
    { header: t('list.column.cities') },
    { header: t('list.column.participants'), width: 120, align: 'right', nowrap: true },
    { header: t('list.column.status'), width: 130 },
  ];

  const visible = useMemo(() => {
    const matcher = searchMatcher(query);
    return summaries?.filter((summary) => matches(summary, matcher)) ?? [];
  }, [summaries, query]);
  const newTrip = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => actions.createTrip()}>
      {t('list.newTrip')}
    </Button>
  );

  return (
    <ListScreen
      loading={summaries === undefined}
      loadingLabel={t('list.loading')}
      empty={
        summaries?.length === 0
          ? {
              icon: <IconPlane size={28} />,
              title: (
                <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
                  {t('list.emptyTitle')}
                </Title>
              ),
              description: t('list.emptyDescription'),
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
          {t('list.title')}
        </Title>
      }
      toolbar={
        <>
          <ListSearch label={t('list.searchLabel')} placeholder={t('list.searchPlaceholder')} value={query} onChange={setQuery} width={280} />
          {newTrip}
        </>
      }
      tableLabel={t('list.title')}
      columns={columns}
      rowActions
      rows={visible.map(({ trip, cities, participantCount }) => (
        <Table.Tr key={trip.id}>
          <Table.Td>
            <Anchor component={Link} to={`/trips/${trip.id}`} fw={600}>
              {trip.name}
            </Anchor>
            {trip.sample && (
              <Badge ml="xs" size="xs" variant="outline" color="grape">
                {t('list.sample')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{locale.dateRange(trip.startDate, trip.endDate)}</Table.Td>
          <Table.Td>
            {cities.length ? cities.join(' → ') : <Text span c="dimmed" size="sm">{t('list.noCities')}</Text>}
          </Table.Td>
          <Table.Td ta="right">{locale.number(participantCount)}</Table.Td>
          <Table.Td>
            <Badge variant="light" color={STATUS_COLOURS[trip.status]} style={{ overflow: 'visible' }}>
              {t(`status.${trip.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td ta="right">
            <RowActions label={t('common:action.actionsFor', { name: trip.name })}>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => actions.editTrip(trip)}>
                {t('common:action.edit')}
              </Menu.Item>
              <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => void actions.duplicateTrip(trip)}>
                {t('common:action.duplicate')}
              </Menu.Item>
              <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => void actions.exportTripFile(trip)}>
                {t('list.exportFile')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => actions.deleteTrip(trip)}>
                {t('common:action.delete')}
              </Menu.Item>
            </RowActions>
          </Table.Td>
        </Table.Tr>
      ))}
      noMatch={visible.length === 0 ? t('list.noMatch', { query }) : null}
    />
  );
}
