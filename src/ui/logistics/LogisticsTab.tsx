/**
 * A trip's Logistics tab: its vehicles (with seats, plate and driver), interpreters and guides, and day by day
 * where each is booked, at the city's local time. Empty, it says what to add first. From here a resource is
 * added, changed, booked or removed (with Undo), and its day sheet opened for printing. The address may name a
 * resource (`?resource=`) to show only its bookings, as the checks' links do, or an engagement to book an
 * interpreter for (`?book=`).
 */
import { Anchor, Badge, Button, Card, Center, EmptyState, Group, Menu, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconBus, IconCalendarEvent, IconLanguage, IconPencil, IconPlus, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { targetOfKey } from '../../domain/logistics/assignment-rules';
import { isVehicle, type Resource } from '../../domain/logistics/resource';
import { bookingsByDay, tripBookings } from '../../domain/logistics/trip-bookings';
import { matchesSearch } from '../../domain/shared/search';
import { ListSearch } from '../shared/components/ListScreen';
import { RowActions } from '../shared/components/RowActions';
import { cityName, useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';
import { landingFor } from '../shared/focus-landing';
import { BookingsOfDay } from './BookingsOfDay';
import { languageNames } from './booking-words';
import { useLogisticsActions } from './use-logistics-actions';

/** Above this many resources, the list has a search box. */
const SEARCH_FROM = 8;
const ALL_DAYS = 'all';

export function LogisticsTab() {
  const bundle = useCurrentTrip();
  const { t } = useTranslation(['logistics', 'route', 'common']);
  const locale = useLocale();
  const actions = useLogisticsActions(bundle);
  const [search, setSearch] = useSearchParams();
  const [query, setQuery] = useState('');
  const [day, setDay] = useState<string>(ALL_DAYS);
  const focusResource = search.get('resource');
  const { bookings, orphans } = useMemo(() => tripBookings(bundle), [bundle]);
  const days = useMemo(() => bookingsByDay(bookings), [bookings]);
  const countOf = useMemo(() => {
    const counts = new Map<string, number>();
    for (const booking of bookings) counts.set(booking.resource.id, (counts.get(booking.resource.id) ?? 0) + 1);
    return counts;
  }, [bookings]);

  // A link that asks to book for an engagement opens the booking form once, then leaves the address.
  const asked = useRef<string | null>(null);
  const bookFor = search.get('book');
  useEffect(() => {
    if (!bookFor || asked.current === bookFor) return;
    asked.current = bookFor;
    const target = targetOfKey(bookFor);
    const interpreter = bundle.resources.filter((resource) => resource.kind === 'interpreter');
    actions.book({ target, resourceId: interpreter.length === 1 ? interpreter[0]!.id : '' });
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      next.delete('book');
      return next;
    }, { replace: true });
  }, [bookFor, actions, bundle.resources, setSearch]);

  const resources = useMemo(
    () =>
      [...bundle.resources]
        .sort((a, b) => Number(isVehicle(b.kind)) - Number(isVehicle(a.kind)) || locale.compare(a.name, b.name))
        .filter((resource) =>
          matchesSearch(query, [resource.name, resource.company, resource.plate, resource.driverName, resource.driverPhone, resource.phone, t(`kind.${resource.kind}`)]),
        ),
    [bundle.resources, query, locale, t],
  );

  if (bundle.resources.length === 0) {
    return (
      <Center mih="45vh">
        <EmptyState
          icon={<IconBus size={28} />}
          title={
            <Title order={3} size="h4">
              {t('tab.emptyTitle')}
            </Title>
          }
          description={t('tab.emptyDescription')}
        >
          <Group justify="center" mt="md">
            <Button leftSection={<IconBus size={16} />} onClick={() => actions.addResource('coach')}>
              {t('tab.addVehicle')}
            </Button>
            <Button variant="default" leftSection={<IconLanguage size={16} />} onClick={() => actions.addResource('interpreter')}>
              {t('tab.addPerson')}
            </Button>
          </Group>
        </EmptyState>
        {actions.dialogs}
      </Center>
    );
  }

  const focused = focusResource ? bundle.resources.find((resource) => resource.id === focusResource) : undefined;
  const shownDays = days
    .filter((each) => day === ALL_DAYS || each.date === day)
    .map((each) => ({ ...each, bookings: focused ? each.bookings.filter((booking) => booking.resource.id === focused.id) : each.bookings }))
    .filter((each) => each.bookings.length > 0);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('tab.title')}
        </Title>
        <Group gap="sm">
          {bundle.resources.length > SEARCH_FROM && (
            <ListSearch label={t('tab.search')} placeholder={t('tab.searchPlaceholder')} value={query} onChange={setQuery} width={240} />
          )}
          <Button leftSection={<IconBus size={16} />} onClick={() => actions.addResource('coach')}>
            {t('tab.addVehicle')}
          </Button>
          <Button variant="default" leftSection={<IconLanguage size={16} />} onClick={() => actions.addResource('interpreter')}>
            {t('tab.addPerson')}
          </Button>
          <Button variant="default" leftSection={<IconCalendarEvent size={16} />} onClick={() => actions.book()}>
            {t('tab.book')}
          </Button>
        </Group>
      </Group>

      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={860} type="native">
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('tab.resources')} style={{ overflowWrap: 'anywhere' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="24%">{t('tab.column.name')}</Table.Th>
                <Table.Th>{t('tab.column.details')}</Table.Th>
                <Table.Th>{t('tab.column.contact')}</Table.Th>
                <Table.Th>{t('tab.column.company')}</Table.Th>
                <Table.Th w={110} ta="right">
                  {t('tab.column.bookings')}
                </Table.Th>
                <Table.Th w={56}>
                  <VisuallyHidden>{t('common:action.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {resources.map((resource) => (
                <ResourceRow
                  key={resource.id}
                  resource={resource}
                  bookings={countOf.get(resource.id) ?? 0}
                  tripId={bundle.trip.id}
                  actions={actions}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {resources.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('tab.noMatch', { query })}
          </Text>
        )}
      </Card>

      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            {focused ? t('tab.bookingsOf', { name: focused.name }) : t('tab.bookings')}
          </Title>
          <Group gap="sm">
            {focused && (
              <Anchor component={Link} to={`/trips/${bundle.trip.id}/logistics`} size="sm">
                {t('tab.everyResource')}
              </Anchor>
            )}
            <Select
              aria-label={t('tab.day')}
              value={day}
              onChange={(value) => setDay(value ?? ALL_DAYS)}
              allowDeselect={false}
              w={220}
              data={[{ value: ALL_DAYS, label: t('tab.allDays') }, ...days.map((each) => ({ value: each.date, label: locale.day(each.date) }))]}
            />
          </Group>
        </Group>
        {bookings.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('tab.noBookings')}
          </Text>
        ) : shownDays.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('tab.noBookingsShown')}
          </Text>
        ) : (
          shownDays.map((each) => {
            const first = each.bookings[0]!;
            return (
              <BookingsOfDay
                key={each.date}
                bundle={bundle}
                heading={t('tab.dayHeading', { day: locale.day(each.date), city: first.stopId === null ? '' : cityName(bundle, first.stopId, locale) })}
                bookings={each.bookings}
                actions={actions}
              />
            );
          })
        )}
        {orphans.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('tab.orphans', { count: orphans.length })}
          </Text>
        )}
      </Stack>
      {actions.dialogs}
    </Stack>
  );
}

function ResourceRow({
  resource,
  bookings,
  tripId,
  actions,
}: {
  resource: Resource;
  bookings: number;
  tripId: string;
  actions: ReturnType<typeof useLogisticsActions>;
}) {
  const { t } = useTranslation(['logistics', 'route']);
  const locale = useLocale();
  const vehicle = isVehicle(resource.kind);
  const details = vehicle
    ? [resource.capacity === null ? t('resource.seatsUnknown') : t('resource.seats', { count: resource.capacity }), resource.plate].filter(Boolean)
    : [languageNames(locale, resource.languages)].filter(Boolean);
  const contact = vehicle ? [resource.driverName, resource.driverPhone] : [resource.phone];
  return (
    <Table.Tr tabIndex={-1} {...landingFor(resource.id)}>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {resource.name}
          </Text>
          <Group gap={4}>
            <Badge size="sm" variant="light" color={vehicle ? 'blue' : 'grape'}>
              {t(`kind.${resource.kind}`)}
            </Badge>
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm" className="local-script">
          {details.join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        {contact.filter(Boolean).map((line) => (
          <Text size="sm" key={line} className="local-script">
            {line}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{resource.company}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Anchor component={Link} to={`/trips/${tripId}/logistics?resource=${resource.id}`} size="sm" aria-label={t('tab.showBookings', { name: resource.name, count: bookings })}>
          {locale.number(bookings)}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <RowActions label={t('tab.actionsFor', { name: resource.name })}>
          <Menu.Item leftSection={<IconPlus size={16} />} onClick={() => actions.book({ resourceId: resource.id })}>
            {t('tab.bookIt')}
          </Menu.Item>
          <Menu.Item leftSection={<IconPrinter size={16} />} component={Link} to={`/trips/${tripId}/logistics/${resource.id}/day-sheet`}>
            {t('tab.daySheet')}
          </Menu.Item>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => actions.editResource(resource)}>
            {t('tab.edit')}
          </Menu.Item>
          <Menu.Item leftSection={<IconTrash size={16} />} color="red" onClick={() => actions.removeResource(resource)}>
            {t('tab.remove')}
          </Menu.Item>
        </RowActions>
      </Table.Td>
    </Table.Tr>
  );
}

