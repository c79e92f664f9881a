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
import { useMemo } from 'react';
import type { City } from '../../domain/route/city';
import type { Hotel } from '../../domain/route/hotel';
import { cityToDraft, routeDateIssues } from '../../domain/route/route';
import { formatDateRange } from '../../domain/shared/time';
import { daysBetween } from '../../domain/shared/date-arithmetic';
import { cityOffsetsLabel } from '../../domain/route/city-offsets';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { RowActions } from '../shared/components/RowActions';
import { useRepositories } from '../shared/context';
import { useOfferUndo } from '../shared/undo';
import { CityPicker } from './CityPicker';
import { newCityDraft, newHotelDraft } from '../../domain/route/new-route-drafts';
import type { RouteEditing } from './use-route-editing';
import { countedNoun } from '../../domain/shared/counted-noun';
import { NightsInTransitNotes } from './NightsInTransitNotes';

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
  const nights = daysBetween(city.arrivalDate, city.departureDate);
  return (
    <Table.Tr
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 }}
      aria-label={`${index + 1}. ${city.name}`}
    >
      <Table.Td w={36}>
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          aria-label={`Reorder ${city.name}: press space, then the arrow keys`}
          style={{ cursor: 'grab' }}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} />
        </ActionIcon>
      </Table.Td>
      <Table.Td>
        <Text fw={600} size="sm">
          {index + 1}. {city.name}{' '}
          <Text span className="local-script" c="dimmed" size="sm">
            {city.nameLocal}
          </Text>
        </Text>
        <Text size="xs" c="dimmed">
          {city.country} · {city.timeZone} ({cityOffsetsLabel(city)})
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatDateRange(city.arrivalDate, city.departureDate)}</Text>
        <Text size="xs" c="dimmed">
          {countedNoun(nights, 'night')}
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
              <IconBed size={14} /> No hotel: add one
            </Group>
          </Anchor>
        ) : null}
      </Table.Td>
      <Table.Td w={48}>
        <RowActions label={`Actions for ${city.name}`}>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
            Edit
          </Menu.Item>
          <Menu.Item leftSection={<IconBed size={16} />} onClick={onAddHotel}>
            Add hotel
          </Menu.Item>
          <Menu.Item leftSection={<IconArrowUp size={16} />} disabled={index === 0} onClick={() => onMove(-1)}>
            Move earlier
          </Menu.Item>
          <Menu.Item leftSection={<IconArrowDown size={16} />} disabled={index === count - 1} onClick={() => onMove(1)}>
            Move later
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onRemove}>
            Remove from route
          </Menu.Item>
        </RowActions>
      </Table.Td>
    </Table.Tr>
  );
}

/** What a screen reader hears while a city is moved with the keyboard: city names and places, not ids. */
function reorderAnnouncements(cities: City[]): Announcements {
  const name = (id: UniqueIdentifier) => cities.find((city) => city.id === id)?.name ?? 'The city';
  const place = (id: UniqueIdentifier) => cities.findIndex((city) => city.id === id) + 1;
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, number ${place(active.id)} of ${cities.length}.`,
    onDragOver: ({ active, over }) => (over ? `${name(active.id)} is now at number ${place(over.id)}.` : undefined),
    onDragEnd: ({ active, over }) =>
      over ? `${name(active.id)} dropped at number ${place(over.id)} of ${cities.length}.` : `${name(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${name(active.id)} cancelled.`,
  };
}

/** The cities card of the route tab; `onOpen` opens the form for a new or existing city, or a new hotel. */
export function CitiesCard({ bundle, onOpen }: { bundle: TripBundle; onOpen: (editing: RouteEditing) => void }) {
  const { route } = useRepositories();
  const offerUndo = useOfferUndo();
  const { trip, stops: cities } = bundle;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const { segments, memberships } = bundle;
  const issues = useMemo(() => routeDateIssues(cities, { segments, memberships }), [cities, segments, memberships]);

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
      hotels && countedNoun(hotels, 'hotel booking'),
      journeys && countedNoun(journeys, 'journey'),
      engagements && countedNoun(engagements, 'engagement'),
    ].filter(Boolean);
    modals.openConfirmModal({
      title: `Remove ${city.name} from the route?`,
      children: (
        <Text size="sm">
          {goesWith.length ? `Its ${goesWith.join(', ')} go with it. ` : ''}You can undo this straight after.
        </Text>
      ),
      labels: { confirm: 'Remove city', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const removed = await route.removeCity(city.id);
        if (removed) {
          offerUndo({
            message: `Removed ${city.name} from the route`,
            undo: () => route.restoreCity(removed),
            undoneMessage: `${city.name} is back on the route`,
          });
        }
      },
    });
  };

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Cities
        </Title>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => onOpen({ kind: 'city', city: null, initial: newCityDraft(bundle, null) })}
        >
          Enter a city by hand
        </Anchor>
      </Group>
      <CityPicker
        label="Add a city"
        onPick={(place) => onOpen({ kind: 'city', city: null, initial: newCityDraft(bundle, place) })}
      />
      {cities.length === 0 ? (
        <Text c="dimmed" size="sm" mt="md">
          No cities yet. Type the first one above, such as Kunming.
        </Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements: reorderAnnouncements(cities) }}
        >
          <SortableContext items={cities.map((city) => city.id)} strategy={verticalListSortingStrategy}>
            <Table mt="md" aria-label="Cities on the route" verticalSpacing="xs">
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
            {city.name} ({formatDateRange(city.arrivalDate, city.departureDate)}) is outside the trip’s dates (
            {formatDateRange(trip.startDate, trip.endDate)}): change the trip’s dates or the city’s.
          </Alert>
        ))}
      <NightsInTransitNotes bundle={bundle} />
      {issues.map((issue) => {
        const after = cities.find((city) => city.id === issue.afterStopId)?.name;
        const before = cities.find((city) => city.id === issue.beforeStopId)?.name;
        return (
          <Alert
            key={`${issue.kind}-${issue.afterStopId}-${issue.from}`}
            color={issue.kind === 'gap' ? 'yellow' : 'red'}
            icon={<IconAlertTriangle size={18} />}
            mt="sm"
            p="xs"
          >
            {issue.kind === 'gap'
              ? `${countedNoun(issue.nights, 'night')} between ${after} and ${before} (${formatDateRange(issue.from, issue.to)}) ${issue.nights === 1 ? 'is' : 'are'} in no city.`
              : `${after} and ${before} overlap by ${countedNoun(issue.days, 'day')} (${formatDateRange(issue.from, issue.to)}): the delegation cannot be in both.`}
          </Alert>
        );
      })}
    </Card>
  );
}
