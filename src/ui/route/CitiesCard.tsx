/**
 * The route's cities in order, to drag (or move with the keyboard) into a new order, with their dates, their
 * hotels or a nudge to add one, and under them the cities outside the trip's dates, the nights spent travelling
 * between cities, and the gaps (nights no journey covers) and overlaps between cities.
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Alert, Anchor, Card, Group, Menu, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconBed,
  IconGripVertical,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { City } from '../../domain/route/city';
import type { Hotel } from '../../domain/route/hotel';
import { cityToDraft, routeDateIssues } from '../../domain/route/route';
import { daysBetween } from '../../domain/shared/date-arithmetic';
import { cityOffsets } from '../../domain/route/city-offsets';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { RowActions } from '../shared/components/RowActions';
import { useRepositories } from '../shared/context';
import { useOfferUndo } from '../shared/undo';
import { useScreenRequest } from '../shared/screen-request';
import { CityPicker } from './CityPicker';
import { newCityDraft, newHotelDraft } from '../../domain/route/new-route-drafts';
import type { RouteEditing } from './use-route-editing';
import { useLocale } from '../shared/locale';
import { landingFor } from '../shared/focus-landing';
import { NightsInTransitNotes } from './NightsInTransitNotes';
import type { Locale } from '../../i18n/locale';

function SortableCityRow({
  city,
  index,
  count,
  hotels,
  onEdit,
  onMove,
  onRemove,
  onAddHotel,
}: {
  city: City;
  index: number;
  count: number;
  hotels: Hotel[];
  onEdit: () => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  onAddHotel: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: city.id,
  });
  const { t } = useTranslation(['route', 'common']);
  const locale = useLocale();
  const nights = daysBetween(city.arrivalDate, city.departureDate);
  return (
    <Table.Tr
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 }}
      aria-label={t('cities.rowLabel', { number: index + 1, name: locale.city(city) })}
      tabIndex={-1}
      {...landingFor(city.id)}
    >
      <Table.Td w={36}>
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          aria-label={t('cities.reorder', { name: locale.city(city) })}
          style={{ cursor: 'grab' }}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} />
        </ActionIcon>
      </Table.Td>
      <Table.Td>
        <Text fw={600} size="sm">
          {index + 1}. {locale.city(city)}{' '}
          <Text span className="local-script" c="dimmed" size="sm">
            {locale.cityBeside(city)}
          </Text>
        </Text>
        <Text size="xs" c="dimmed">
          {t('cities.zoneAndOffsets', { country: city.country, zone: city.timeZone, offsets: locale.word(cityOffsets(city)) })}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{locale.dateRange(city.arrivalDate, city.departureDate)}</Text>
        <Text size="xs" c="dimmed">
          {t('common:count.nights', { count: nights })}
        </Text>
      </Table.Td>
      <Table.Td>
        {hotels.length ? (
          hotels.map((stay) => (
            <Text size="sm" key={stay.id}>
              {stay.name}
            </Text>
          ))
        ) : nights > 0 ? (
          <Anchor component="button" type="button" size="sm" c="orange.8" onClick={onAddHotel}>
            <Group gap={4} wrap="nowrap">
              <IconBed size={14} /> {t('cities.noHotel')}
            </Group>
          </Anchor>
        ) : null}
      </Table.Td>
      <Table.Td w={48}>
        <RowActions label={t('cities.actions', { name: locale.city(city) })}>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
            {t('common:action.edit')}
          </Menu.Item>
          <Menu.Item leftSection={<IconBed size={16} />} onClick={onAddHotel}>
            {t('cities.addHotel')}
          </Menu.Item>
          <Menu.Item leftSection={<IconArrowUp size={16} />} disabled={index === 0} onClick={() => onMove(-1)}>
            {t('cities.moveEarlier')}
          </Menu.Item>
          <Menu.Item leftSection={<IconArrowDown size={16} />} disabled={index === count - 1} onClick={() => onMove(1)}>
            {t('cities.moveLater')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onRemove}>
            {t('cities.remove')}
          </Menu.Item>
        </RowActions>
      </Table.Td>
    </Table.Tr>
  );
}

/** What a screen reader hears while a city is moved with the keyboard: city names and places, not ids. */
function reorderAnnouncements(cities: City[], t: TFunction<'route'>, locale: Locale): Announcements {
  const name = (id: UniqueIdentifier) => {
    const city = cities.find((candidate) => candidate.id === id);
    return city ? locale.city(city) : t('cities.announce.theCity');
  };
  const place = (id: UniqueIdentifier) => cities.findIndex((city) => city.id === id) + 1;
  const count = cities.length;
  return {
    onDragStart: ({ active }) => t('cities.announce.pickedUp', { name: name(active.id), place: place(active.id), count }),
    onDragOver: ({ active, over }) =>
      over ? t('cities.announce.over', { name: name(active.id), place: place(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('cities.announce.dropped', { name: name(active.id), place: place(over.id), count })
        : t('cities.announce.droppedOutside', { name: name(active.id) }),
    onDragCancel: ({ active }) => t('cities.announce.cancelled', { name: name(active.id) }),
  };
}

/** The cities card of the route tab; `onOpen` opens the form for a new or existing city, or a new hotel. */
export function CitiesCard({ bundle, onOpen }: { bundle: TripBundle; onOpen: (editing: RouteEditing) => void }) {
  const { route } = useRepositories();
  const { t } = useTranslation('route');
  const locale = useLocale();
  const offerUndo = useOfferUndo();
  const { trip, stops: cities } = bundle;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const { segments, memberships } = bundle;
  const issues = useMemo(() => routeDateIssues(cities, { segments, memberships }), [cities, segments, memberships]);
  // Adding a city asked for from the palette: the keyboard goes to the box a city is found by.
  const picker = useRef<HTMLInputElement>(null);
  useScreenRequest('add-city', () => picker.current?.focus());

  const reorder = (orderedIds: string[]) => void route.reorderCities(trip.id, orderedIds);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const ids = cities.map((city) => city.id);
    reorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };

  const removeCity = (city: City) => {
    const hotels = bundle.accommodations.filter((stay) => stay.stopId === city.id).length;
    const journeys = bundle.segments.filter((segment) => segment.fromStopId === city.id || segment.toStopId === city.id).length;
    const engagements = bundle.engagements.filter((engagement) => engagement.stopId === city.id).length;
    const goesWith = [
      hotels ? t('cities.removeConfirm.hotels', { count: hotels }) : '',
      journeys ? t('cities.removeConfirm.journeys', { count: journeys }) : '',
      engagements ? t('cities.removeConfirm.engagements', { count: engagements }) : '',
    ].filter(Boolean);
    modals.openConfirmModal({
      title: t('cities.removeConfirm.title', { name: locale.city(city) }),
      children: (
        <Text size="sm">
          {goesWith.length ? t('cities.removeConfirm.goesWith', { records: locale.list(goesWith) }) : ''}
          {t('cities.removeConfirm.undo')}
        </Text>
      ),
      labels: { confirm: t('cities.removeConfirm.confirm'), cancel: t('cities.removeConfirm.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const removed = await route.removeCity(city.id);
        if (removed) {
          offerUndo({
            message: t('cities.removed', { name: locale.city(city) }),
            undo: () => route.restoreCity(removed),
            undoneMessage: t('cities.restored', { name: locale.city(city) }),
          });
        }
      },
    });
  };

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('cities.title')}
        </Title>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => onOpen({ kind: 'city', city: null, initial: newCityDraft(bundle, null) })}
        >
          {t('cities.enterByHand')}
        </Anchor>
      </Group>
      <CityPicker
        ref={picker}
        label={t('cities.add')}
        onPick={(place) => onOpen({ kind: 'city', city: null, initial: newCityDraft(bundle, place) })}
      />
      {cities.length === 0 ? (
        <Text c="dimmed" size="sm" mt="md">
          {t('cities.empty')}
        </Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements: reorderAnnouncements(cities, t, locale) }}
        >
          <SortableContext items={cities.map((city) => city.id)} strategy={verticalListSortingStrategy}>
            <Table mt="md" aria-label={t('cities.tableLabel')} verticalSpacing="xs">
              <Table.Tbody>
                {cities.map((city, index) => (
                  <SortableCityRow
                    key={city.id}
                    city={city}
                    index={index}
                    count={cities.length}
                    hotels={bundle.accommodations.filter((stay) => stay.stopId === city.id)}
                    onEdit={() => onOpen({ kind: 'city', city, initial: cityToDraft(city) })}
                    onMove={(offset) => {
                      const ids = cities.map((other) => other.id);
                      reorder(arrayMove(ids, index, index + offset));
                    }}
                    onRemove={() => removeCity(city)}
                    onAddHotel={() => onOpen({ kind: 'hotel', hotelId: null, initial: newHotelDraft(city) })}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </SortableContext>
        </DndContext>
      )}
      {cities
        .filter((city) => city.arrivalDate < trip.startDate || city.departureDate > trip.endDate)
        .map((city) => (
          <Alert key={`outside-${city.id}`} color="red" icon={<IconAlertTriangle size={18} />} mt="sm" p="xs">
            {t('cities.outsideTrip', {
              name: locale.city(city),
              cityDates: locale.dateRange(city.arrivalDate, city.departureDate),
              tripDates: locale.dateRange(trip.startDate, trip.endDate),
            })}
          </Alert>
        ))}
      <NightsInTransitNotes bundle={bundle} />
      {issues.map((issue) => {
        const named = (id: string | null) => {
          const city = cities.find((candidate) => candidate.id === id);
          return city ? locale.city(city) : undefined;
        };
        const after = named(issue.afterStopId);
        const before = named(issue.beforeStopId);
        return (
          <Alert
            key={`${issue.kind}-${issue.afterStopId}-${issue.from}`}
            color={issue.kind === 'gap' ? 'yellow' : 'red'}
            icon={<IconAlertTriangle size={18} />}
            mt="sm"
            p="xs"
          >
            {issue.kind === 'gap'
              ? t('cities.gap', { count: issue.nights, after, before, dates: locale.dateRange(issue.from, issue.to) })
              : t('cities.overlap', { count: issue.days, after, before, dates: locale.dateRange(issue.from, issue.to) })}
          </Alert>
        );
      })}
    </Card>
  );
}
