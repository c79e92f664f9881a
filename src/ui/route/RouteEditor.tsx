/**
 * The route tab: the cities in order (drag, or use the keyboard, to reorder), the journeys between them and
 * the hotels at them, with the gaps, overlaps and hotel-less nights shown where they are, and the map.
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
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Menu,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconBed,
  IconGripVertical,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { Hotel, HotelDraft } from '../../domain/route/hotel';
import { hotelToDraft } from '../../domain/route/hotel';
import type { Place } from '../../domain/route/gazetteer/gazetteer';
import {
  arrivalDayOffset,
  formatDuration,
  routeDateIssues,
  routeNights,
  journeyToDraft,
  cityToDraft,
  type CityDraft,
} from '../../domain/route/route';
import { routeMapModel } from '../../domain/route/route-map';
import type { City } from '../../domain/route/city';
import { addDays, daysBetween, formatDate, formatDateRange, minutesBetween, utcOffsetLabel } from '../../domain/shared/time';
import { TRAVEL_MODE_LABELS, type Journey } from '../../domain/route/journey';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';
import { useOfferUndo } from '../shared/undo';
import { LocalAndHome } from '../shared/components/LocalAndHome';
import { journeyEndLabel, cityName, useCurrentTrip } from '../shared/current-trip';
import { HotelFormModal } from './HotelFormModal';
import { CityPicker } from './CityPicker';
import { RouteMap } from './RouteMap';
import { JourneyFormModal, segmentFormValues, type SegmentFormValues } from './JourneyFormModal';
import { CityFormModal } from './CityFormModal';
import { RowActions } from '../shared/components/RowActions';
import { FindingMarker, useTripChecks } from '../checks';
import { useSearchParams } from 'react-router';

/** The form a link from the checks asks for, if its record still exists. */
function requestedEditing(bundle: TripBundle, params: URLSearchParams): Editing {
  const segment = bundle.segments.find((candidate) => candidate.id === params.get('journey'));
  if (segment) return { kind: 'segment', segmentId: segment.id, initial: segmentFormValues(journeyToDraft(segment)) };
  const hotelStop = bundle.stops.find((candidate) => candidate.id === params.get('hotel-for'));
  if (hotelStop) return { kind: 'hotel', accommodationId: null, initial: newHotelDraft(hotelStop) };
  const stop = bundle.stops.find((candidate) => candidate.id === params.get('city'));
  if (stop) return { kind: 'stop', stop, initial: cityToDraft(stop) };
  return null;
}

type Editing =
  | { kind: 'stop'; stop: City | null; initial: CityDraft }
  | { kind: 'segment'; segmentId: string | null; initial: SegmentFormValues }
  | { kind: 'hotel'; accommodationId: string | null; initial: HotelDraft }
  | null;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A new city's suggested dates: from where the route ends now, for two nights. */
function newStopDraft(bundle: TripBundle, place: Place | null): CityDraft {
  const arrivalDate = bundle.stops.at(-1)?.departureDate ?? bundle.trip.startDate;
  return {
    name: place?.name ?? '',
    nameLocal: place?.nameLocal ?? '',
    country: place?.country ?? '',
    timeZone: place?.timeZone ?? '',
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    arrivalDate,
    departureDate: arrivalDate ? addDays(arrivalDate, 2) : '',
    notes: '',
  };
}

/** The first leg of home → cities → home that has no journey yet, ready to fill in. */
function nextJourneyDraft(bundle: TripBundle): SegmentFormValues {
  const ends: (City | null)[] = [null, ...bundle.stops, null];
  const legs = ends.slice(1).map((to, index) => ({ from: ends[index] ?? null, to }));
  const missing =
    legs.find(
      ({ from, to }) =>
        !bundle.segments.some(
          (segment) => segment.fromStopId === (from?.id ?? null) && segment.toStopId === (to?.id ?? null),
        ),
    ) ?? legs[0];
  const from = missing?.from ?? null;
  const to = missing?.to ?? null;
  const date = from?.departureDate ?? to?.arrivalDate ?? bundle.trip.startDate;
  return segmentFormValues({
    fromStopId: from?.id ?? null,
    toStopId: to?.id ?? null,
    mode: 'flight',
    carrier: '',
    number: '',
    departureLocal: `${date}T`,
    departureZone: from?.timeZone ?? bundle.trip.homeZone,
    arrivalLocal: `${date}T`,
    arrivalZone: to?.timeZone ?? bundle.trip.homeZone,
    departurePlace: '',
    arrivalPlace: '',
    bookingReference: '',
    notes: '',
    travellerIds: null,
  });
}

function newHotelDraft(stop: City): HotelDraft {
  return {
    stopId: stop.id,
    name: '',
    nameLocal: '',
    address: '',
    addressLocal: '',
    phone: '',
    checkInDate: stop.arrivalDate,
    checkOutDate: stop.departureDate,
    notes: '',
  };
}

function SortableStop({
  stop,
  index,
  count,
  hotels,
  onEdit,
  onMove,
  onRemove,
  onAddHotel,
}: {
  stop: City;
  index: number;
  count: number;
  hotels: Hotel[];
  onEdit: () => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  onAddHotel: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: stop.id,
  });
  const nights = daysBetween(stop.arrivalDate, stop.departureDate);
  return (
    <Table.Tr
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 }}
      aria-label={`${index + 1}. ${stop.name}`}
    >
      <Table.Td w={36}>
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          aria-label={`Reorder ${stop.name}: press space, then the arrow keys`}
          style={{ cursor: 'grab' }}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} />
        </ActionIcon>
      </Table.Td>
      <Table.Td>
        <Text fw={600} size="sm">
          {index + 1}. {stop.name}{' '}
          <Text span className="local-script" c="dimmed" size="sm">
            {stop.nameLocal}
          </Text>
        </Text>
        <Text size="xs" c="dimmed">
          {stop.country} · {stop.timeZone} ({utcOffsetLabel(stop.timeZone, `${stop.arrivalDate}T12:00:00Z`)})
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatDateRange(stop.arrivalDate, stop.departureDate)}</Text>
        <Text size="xs" c="dimmed">
          {plural(nights, 'night')}
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
        <RowActions label={`Actions for ${stop.name}`}>
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

function JourneyRow({ bundle, segment, onEdit, onRemove }: { bundle: TripBundle; segment: Journey; onEdit: () => void; onRemove: () => void }) {
  const from = cityName(bundle, segment.fromStopId);
  const to = cityName(bundle, segment.toStopId);
  const offset = arrivalDayOffset(segment.departure, segment.arrival);
  const { marks } = useTripChecks();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {TRAVEL_MODE_LABELS[segment.mode]} {segment.number}
        </Text>
        <FindingMarker tripId={bundle.trip.id} items={marks.bySegment.get(segment.id)} />
        <Text size="xs" c="dimmed">
          {segment.carrier}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {from} → {to}
        </Text>
        {segment.travellerIds && (
          <Badge size="xs" variant="outline">
            {plural(segment.travellerIds.length, 'traveller')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <LocalAndHome
          time={segment.departure}
          place={journeyEndLabel(bundle, segment.fromStopId, segment.departure, segment.departurePlace)}
          homeZone={bundle.trip.homeZone}
        />
        <Text size="xs" c="dimmed">
          {segment.departurePlace}
        </Text>
      </Table.Td>
      <Table.Td>
        <LocalAndHome
          time={segment.arrival}
          place={journeyEndLabel(bundle, segment.toStopId, segment.arrival, segment.arrivalPlace)}
          homeZone={bundle.trip.homeZone}
        />
        {offset !== 0 && (
          <Badge size="xs" variant="light" color="grape" ml={4}>
            {offset > 0 ? `+${offset}` : offset} day
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {segment.arrivalPlace}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {formatDuration(minutesBetween(segment.departure, segment.arrival))}
      </Table.Td>
      <Table.Td>{segment.bookingReference}</Table.Td>
      <Table.Td w={48}>
        <RowActions label={`Actions for ${segment.number || 'journey'} ${from} to ${to}`}>
            <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
              Edit
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onRemove}>
              Remove
            </Menu.Item>
          </RowActions>
      </Table.Td>
    </Table.Tr>
  );
}

/** What a screen reader hears while a city is moved with the keyboard: city names and places, not ids. */
function reorderAnnouncements(stops: City[]): Announcements {
  const name = (id: UniqueIdentifier) => stops.find((stop) => stop.id === id)?.name ?? 'The city';
  const place = (id: UniqueIdentifier) => stops.findIndex((stop) => stop.id === id) + 1;
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, number ${place(active.id)} of ${stops.length}.`,
    onDragOver: ({ active, over }) => (over ? `${name(active.id)} is now at number ${place(over.id)}.` : undefined),
    onDragEnd: ({ active, over }) =>
      over ? `${name(active.id)} dropped at number ${place(over.id)} of ${stops.length}.` : `${name(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${name(active.id)} cancelled.`,
  };
}

export function RouteEditor() {
  const bundle = useCurrentTrip();
  const { route } = useRepositories();
  const offerUndo = useOfferUndo();
  const [editing, setEditing] = useState<Editing>(null);
  const [taxiCard, setTaxiCard] = useState<Hotel | null>(null);
  const { trip, stops } = bundle;

  // The checks link here to fix what they found: ?journey=, ?hotel-for= or ?city= opens that form once.
  const [searchParams, setSearchParams] = useSearchParams();
  const [handledRequest, setHandledRequest] = useState('');
  const request = searchParams.toString();
  if (request !== handledRequest) {
    setHandledRequest(request);
    const requested = requestedEditing(bundle, searchParams);
    if (requested) setEditing(requested);
  }
  // Once opened, the request leaves the address, so a reload or Back does not open the form again.
  useEffect(() => {
    if (request !== '') setSearchParams({}, { replace: true });
  }, [request, setSearchParams]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const issues = useMemo(() => routeDateIssues(stops), [stops]);
  const nights = useMemo(() => routeNights(stops, bundle.accommodations), [stops, bundle.accommodations]);
  const emptyNights = nights.filter((night) => night.accommodationIds.length === 0);
  const segments = useMemo(
    () => [...bundle.segments].sort((a, b) => a.departure.utc.localeCompare(b.departure.utc)),
    [bundle.segments],
  );
  const mapModel = useMemo(
    () =>
      routeMapModel({
        stops,
        segments: bundle.segments,
        home: trip.home ? { label: trip.home.name, latitude: trip.home.latitude, longitude: trip.home.longitude } : null,
      }),
    [stops, bundle.segments, trip.home],
  );

  const reorder = (orderedIds: string[]) => void route.reorderCities(trip.id, orderedIds);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const ids = stops.map((stop) => stop.id);
    reorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };

  const removeStop = (stop: City) => {
    const hotels = bundle.accommodations.filter((stay) => stay.stopId === stop.id).length;
    const journeys = bundle.segments.filter((segment) => segment.fromStopId === stop.id || segment.toStopId === stop.id).length;
    const engagements = bundle.engagements.filter((engagement) => engagement.stopId === stop.id).length;
    const goesWith = [
      hotels && plural(hotels, 'hotel booking'),
      journeys && plural(journeys, 'journey'),
      engagements && plural(engagements, 'engagement'),
    ].filter(Boolean);
    modals.openConfirmModal({
      title: `Remove ${stop.name} from the route?`,
      children: (
        <Text size="sm">
          {goesWith.length ? `Its ${goesWith.join(', ')} go with it. ` : ''}You can undo this straight after.
        </Text>
      ),
      labels: { confirm: 'Remove city', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const removed = await route.removeCity(stop.id);
        if (removed) {
          offerUndo({
            message: `Removed ${stop.name} from the route`,
            undo: () => route.restoreCity(removed),
            undoneMessage: `${stop.name} is back on the route`,
          });
        }
      },
    });
  };

  const removeSegment = async (segment: Journey) => {
    const removed = await route.removeJourney(segment.id);
    if (removed) {
      offerUndo({
        message: `Removed ${TRAVEL_MODE_LABELS[segment.mode].toLowerCase()} ${segment.number}`,
        undo: () => route.restoreJourney(removed),
        undoneMessage: `Restored ${segment.number || 'the journey'}`,
      });
    }
  };

  const removeHotel = async (stay: Hotel) => {
    const removed = await route.removeHotel(stay.id);
    if (removed) {
      offerUndo({
        message: `Removed ${stay.name}`,
        undo: () => route.restoreHotel(removed),
        undoneMessage: `Restored ${stay.name}`,
      });
    }
  };

  return (
    <Stack gap="lg">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4">
                Cities
              </Title>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => setEditing({ kind: 'stop', stop: null, initial: newStopDraft(bundle, null) })}
              >
                Enter a city by hand
              </Anchor>
            </Group>
            <CityPicker
              label="Add a city"
              onPick={(place) => setEditing({ kind: 'stop', stop: null, initial: newStopDraft(bundle, place) })}
            />
            {stops.length === 0 ? (
              <Text c="dimmed" size="sm" mt="md">
                No cities yet. Type the first one above, such as Kunming.
              </Text>
            ) : (
              <DndContext
                sensors={sensors}
                collisionDetection={closestCenter}
                onDragEnd={onDragEnd}
                accessibility={{ announcements: reorderAnnouncements(stops) }}
              >
                <SortableContext items={stops.map((stop) => stop.id)} strategy={verticalListSortingStrategy}>
                  <Table mt="md" aria-label="Cities on the route" verticalSpacing="xs">
                    <Table.Tbody>
                      {stops.map((stop, index) => (
                        <SortableStop
                          key={stop.id}
                          stop={stop}
                          index={index}
                          count={stops.length}
                          hotels={bundle.accommodations.filter((stay) => stay.stopId === stop.id)}
                          onEdit={() => setEditing({ kind: 'stop', stop, initial: cityToDraft(stop) })}
                          onMove={(offset) => {
                            const ids = stops.map((other) => other.id);
                            reorder(arrayMove(ids, index, index + offset));
                          }}
                          onRemove={() => removeStop(stop)}
                          onAddHotel={() => setEditing({ kind: 'hotel', accommodationId: null, initial: newHotelDraft(stop) })}
                        />
                      ))}
                    </Table.Tbody>
                  </Table>
                </SortableContext>
              </DndContext>
            )}
            {stops
              .filter((stop) => stop.arrivalDate < trip.startDate || stop.departureDate > trip.endDate)
              .map((stop) => (
                <Alert key={`outside-${stop.id}`} color="red" icon={<IconAlertTriangle size={18} />} mt="sm" p="xs">
                  {stop.name} ({formatDateRange(stop.arrivalDate, stop.departureDate)}) is outside the trip’s dates (
                  {formatDateRange(trip.startDate, trip.endDate)}): change the trip’s dates or the city’s.
                </Alert>
              ))}
            {issues.map((issue) => {
              const after = stops.find((stop) => stop.id === issue.afterStopId)?.name;
              const before = stops.find((stop) => stop.id === issue.beforeStopId)?.name;
              return (
                <Alert
                  key={`${issue.kind}-${issue.afterStopId}`}
                  color={issue.kind === 'gap' ? 'yellow' : 'red'}
                  icon={<IconAlertTriangle size={18} />}
                  mt="sm"
                  p="xs"
                >
                  {issue.kind === 'gap'
                    ? `${plural(issue.nights, 'night')} between ${after} and ${before} (${formatDateRange(issue.from, issue.to)}) ${issue.nights === 1 ? 'is' : 'are'} in no city.`
                    : `${after} and ${before} overlap by ${plural(issue.days, 'day')} (${formatDateRange(issue.from, issue.to)}): the delegation cannot be in both.`}
                </Alert>
              );
            })}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder p={0} style={{ overflow: 'hidden' }}>
            <RouteMap model={mapModel} height={360} />
          </Card>
          {!trip.home && (
            <Text size="xs" c="dimmed" mt={4}>
              Set the home city in the trip’s details to see home on the map.
            </Text>
          )}
        </Grid.Col>
      </Grid>

      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4">
            Travel
          </Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing({ kind: 'segment', segmentId: null, initial: nextJourneyDraft(bundle) })}
          >
            Add journey
          </Button>
        </Group>
        {segments.length === 0 ? (
          <Text c="dimmed" size="sm">
            No journeys yet: add the flight out, the trains and flights between cities, and the way home.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={980} type="native">
          <Table aria-label="Journeys" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Journey</Table.Th>
                <Table.Th>Route</Table.Th>
                <Table.Th>Departs (local · home)</Table.Th>
                <Table.Th>Arrives (local · home)</Table.Th>
                <Table.Th>Takes</Table.Th>
                <Table.Th>Booking</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {segments.map((segment) => (
                <JourneyRow
                  key={segment.id}
                  bundle={bundle}
                  segment={segment}
                  onEdit={() =>
                    setEditing({ kind: 'segment', segmentId: segment.id, initial: segmentFormValues(journeyToDraft(segment)) })
                  }
                  onRemove={() => void removeSegment(segment)}
                />
              ))}
            </Table.Tbody>
          </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          Hotels
        </Title>
        {emptyNights.length > 0 && (
          <Alert color="orange" icon={<IconBed size={18} />} mb="sm" p="xs">
            {plural(emptyNights.length, 'night')} without a hotel:{' '}
            {emptyNights
              .map((night) => `${formatDate(night.date)} in ${stops.find((stop) => stop.id === night.stopId)?.name}`)
              .join('; ')}
            .
          </Alert>
        )}
        {bundle.accommodations.length === 0 ? (
          <Text c="dimmed" size="sm">
            No hotels yet. Add one from a city’s menu above.
          </Text>
        ) : (
          <Table aria-label="Hotels" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>City</Table.Th>
                <Table.Th>Hotel</Table.Th>
                <Table.Th>Nights</Table.Th>
                <Table.Th>Phone</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...bundle.accommodations]
                .sort((a, b) => a.checkInDate.localeCompare(b.checkInDate))
                .map((stay) => (
                  <Table.Tr key={stay.id}>
                    <Table.Td>{cityName(bundle, stay.stopId)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {stay.name}{' '}
                        <Text span className="local-script" size="sm" c="dimmed">
                          {stay.nameLocal}
                        </Text>
                      </Text>
                      <Text size="xs" c="dimmed">
                        {stay.address}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateRange(stay.checkInDate, stay.checkOutDate)} ·{' '}
                      {plural(daysBetween(stay.checkInDate, stay.checkOutDate), 'night')}
                    </Table.Td>
                    <Table.Td>{stay.phone}</Table.Td>
                    <Table.Td w={48}>
                      <RowActions label={`Actions for ${stay.name}`}>
                          <Menu.Item onClick={() => setTaxiCard(stay)} disabled={!stay.addressLocal && !stay.address}>
                            Show address for a taxi
                          </Menu.Item>
                          <Menu.Item
                            leftSection={<IconPencil size={16} />}
                            onClick={() =>
                              setEditing({ kind: 'hotel', accommodationId: stay.id, initial: hotelToDraft(stay) })
                            }
                          >
                            Edit
                          </Menu.Item>
                          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => void removeHotel(stay)}>
                            Remove
                          </Menu.Item>
                        </RowActions>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      {editing?.kind === 'stop' && (
        <CityFormModal
          opened
          tripId={trip.id}
          stop={editing.stop}
          initial={editing.initial}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'segment' && (
        <JourneyFormModal
          opened
          bundle={bundle}
          segmentId={editing.segmentId}
          initial={editing.initial}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'hotel' && (
        <HotelFormModal
          opened
          bundle={bundle}
          accommodationId={editing.accommodationId}
          initial={editing.initial}
          onClose={() => setEditing(null)}
        />
      )}
      <Modal opened={taxiCard !== null} onClose={() => setTaxiCard(null)} title="Please take me to" size="xl" centered>
        {taxiCard && (
          <Stack gap="md">
            <Text className="local-script" fz={44} fw={700} lh={1.2}>
              {taxiCard.nameLocal || taxiCard.name}
            </Text>
            <Text className="local-script" fz={32} lh={1.3}>
              {taxiCard.addressLocal || taxiCard.address}
            </Text>
            {taxiCard.phone && <Text fz={24}>☎ {taxiCard.phone}</Text>}
            <Text c="dimmed">
              {taxiCard.name} · {taxiCard.address}
            </Text>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
