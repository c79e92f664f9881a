/**
 * The route's journeys in order of departure: how, from where to where, each end's local time beside home's,
 * a day-change badge when the arrival falls on another date, how long it takes, and the checks' markers. A
 * journey that connects is one row, from its first departure to its last arrival, with each change and the
 * time to make it under its route.
 */
import { Badge, Button, Card, Group, Menu, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../domain/route/journey';
import { journeyNumbers } from '../../domain/route/journey-legs';
import { arrivalDayOffset, durationMessage, journeyToDraft } from '../../domain/route/route';
import { minutesBetween } from '../../domain/shared/time';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { FindingMarker, useTripChecks } from '../checks';
import { JourneyConnections } from '../shared/components/JourneyConnections';
import { LocalAndHome } from '../shared/components/LocalAndHome';
import { RowActions } from '../shared/components/RowActions';
import { useRepositories } from '../shared/context';
import { cityName, journeyEndLabel } from '../shared/current-trip';
import { useOfferUndo } from '../shared/undo';
import { journeyFormValues } from './JourneyFormModal';
import { nextJourneyDraft } from '../../domain/route/new-route-drafts';
import type { RouteEditing } from './use-route-editing';
import { useLocale } from '../shared/locale';
import { landingFor } from '../shared/focus-landing';

function JourneyRow({
  bundle,
  journey,
  onEdit,
  onRemove,
}: {
  bundle: TripBundle;
  journey: Journey;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const locale = useLocale();
  const from = cityName(bundle, journey.fromStopId, locale);
  const to = cityName(bundle, journey.toStopId, locale);
  const offset = arrivalDayOffset(journey.departure, journey.arrival);
  const { marks } = useTripChecks();
  const { t } = useTranslation(['route', 'common']);
  return (
    <Table.Tr tabIndex={-1} {...landingFor(journey.id)}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {t('journeys.heading', { mode: t(`mode.${journey.mode}`), numbers: journeyNumbers(journey) })}
        </Text>
        <FindingMarker tripId={bundle.trip.id} items={marks.byJourney.get(journey.id)} />
        <Text size="xs" c="dimmed">
          {journey.carrier}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {t('journeys.fromTo', { from, to })}
        </Text>
        <JourneyConnections journey={journey} />
        {journey.travellerIds && (
          <Badge size="xs" variant="outline">
            {t('journeys.travellers', { count: journey.travellerIds.length })}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <LocalAndHome
          time={journey.departure}
          place={journeyEndLabel(bundle, journey.fromStopId, journey.departure, journey.departurePlace, locale)}
          trip={bundle.trip}
        />
        <Text size="xs" c="dimmed">
          {journey.departurePlace}
        </Text>
      </Table.Td>
      <Table.Td>
        <LocalAndHome
          time={journey.arrival}
          place={journeyEndLabel(bundle, journey.toStopId, journey.arrival, journey.arrivalPlace, locale)}
          trip={bundle.trip}
        />
        {offset !== 0 && (
          <Badge size="xs" variant="light" color="grape" ml={4}>
            {t('journeys.dayOffset', { offset: offset > 0 ? `+${offset}` : String(offset) })}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {journey.arrivalPlace}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {locale.word(durationMessage(minutesBetween(journey.departure, journey.arrival)))}
      </Table.Td>
      <Table.Td>{journey.bookingReference}</Table.Td>
      <Table.Td w={48}>
        <RowActions label={t('journeys.actions', { journey: journey.number || t('journeys.theJourney'), from, to })}>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
            {t('common:action.edit')}
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onRemove}>
            {t('common:action.remove')}
          </Menu.Item>
        </RowActions>
      </Table.Td>
    </Table.Tr>
  );
}

/** The travel card of the route tab; `onOpen` opens the form for a new or existing journey. */
export function JourneysCard({ bundle, onOpen }: { bundle: TripBundle; onOpen: (editing: RouteEditing) => void }) {
  const { route } = useRepositories();
  const { t } = useTranslation('route');
  const offerUndo = useOfferUndo();
  const journeys = useMemo(
    () => [...bundle.segments].sort((a, b) => a.departure.utc.localeCompare(b.departure.utc)),
    [bundle.segments],
  );

  const removeJourney = async (journey: Journey) => {
    const removed = await route.removeJourney(journey.id);
    if (removed) {
      offerUndo({
        message: t('journeys.removed', { mode: t(`modeInSentence.${journey.mode}`), number: journey.number }).trim(),
        undo: () => route.restoreJourney(removed),
        undoneMessage: journey.number
          ? t('journeys.restored', { journey: journey.number })
          : t('journeys.restoredUnnamed'),
      });
    }
  };

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('journeys.title')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => onOpen({ kind: 'journey', journeyId: null, initial: journeyFormValues(nextJourneyDraft(bundle)) })}
        >
          {t('journeys.add')}
        </Button>
      </Group>
      {journeys.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('journeys.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={980} type="native">
          <Table aria-label={t('journeys.tableLabel')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('journeys.journey')}</Table.Th>
                <Table.Th>{t('journeys.route')}</Table.Th>
                <Table.Th>{t('journeys.departs')}</Table.Th>
                <Table.Th>{t('journeys.arrives')}</Table.Th>
                <Table.Th>{t('journeys.takes')}</Table.Th>
                <Table.Th>{t('journeys.booking')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {journeys.map((journey) => (
                <JourneyRow
                  key={journey.id}
                  bundle={bundle}
                  journey={journey}
                  onEdit={() =>
                    onOpen({ kind: 'journey', journeyId: journey.id, initial: journeyFormValues(journeyToDraft(journey)) })
                  }
                  onRemove={() => void removeJourney(journey)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
