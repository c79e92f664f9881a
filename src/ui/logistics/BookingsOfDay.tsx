/**
 * One day's bookings on the Logistics tab, in the order they happen: when (the pick-up, on the city's clock),
 * which resource, what for, from where to where, and for how many; each can be changed, its resource's day
 * sheet opened, or the booking removed with Undo.
 */
import { Anchor, Badge, Card, Group, Menu, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isVehicle } from '../../domain/logistics/resource';
import type { Booking, PlaceText } from '../../domain/logistics/trip-bookings';
import { clockLabel } from '../../domain/shared/time';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { RowActions } from '../shared/components/RowActions';
import { useLocale } from '../shared/locale';
import { landingFor } from '../shared/focus-landing';
import { bookedForWords } from './booking-words';
import type { LogisticsActions } from './use-logistics-actions';

function Place({ place }: { place: PlaceText }) {
  return (
    <>
      {place.local && (
        <Text size="sm" className="local-script">
          {place.local}
        </Text>
      )}
      {place.english && (
        <Text size="xs" c="dimmed">
          {place.english}
        </Text>
      )}
    </>
  );
}

export function BookingsOfDay({
  bundle,
  heading,
  bookings,
  actions,
}: {
  bundle: TripBundle;
  heading: string;
  bookings: readonly Booking[];
  actions: LogisticsActions;
}) {
  const { t } = useTranslation(['logistics', 'route', 'common']);
  const locale = useLocale();
  const base = `/trips/${bundle.trip.id}`;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {heading}
        </Title>
        <Table.ScrollContainer minWidth={860} type="native">
          <Table verticalSpacing="xs" aria-label={heading} style={{ overflowWrap: 'anywhere' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t('day.column.time')}</Table.Th>
                <Table.Th w="18%">{t('day.column.resource')}</Table.Th>
                <Table.Th w="24%">{t('day.column.for')}</Table.Th>
                <Table.Th>{t('day.column.from')}</Table.Th>
                <Table.Th>{t('day.column.to')}</Table.Th>
                <Table.Th w={90} ta="right">
                  {t('day.column.people')}
                </Table.Th>
                <Table.Th w={56}>
                  <VisuallyHidden>{t('common:action.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bookings.map((booking) => {
                const { assignment, resource, booked } = booking;
                const vehicle = isVehicle(resource.kind);
                const what = bookedForWords(t, locale, bundle, booked);
                return (
                  <Table.Tr key={assignment.id} tabIndex={-1} {...landingFor(assignment.id)}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {booking.time}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {booking.pickUp ? t('day.pickUp') : booked.kind === 'engagement' ? t('day.starts') : booked.end === 'departure' ? t('day.departs') : t('day.arrives')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{resource.name}</Text>
                      <Badge size="xs" variant="light" color={vehicle ? 'blue' : 'grape'}>
                        {t(`kind.${resource.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {booked.kind === 'engagement' ? (
                          <Anchor component={Link} to={`${base}/engagements/${booked.engagement.id}`} size="sm">
                            {what}
                          </Anchor>
                        ) : (
                          <Text size="sm">{what}</Text>
                        )}
                        {booking.cancelled && (
                          <Badge size="xs" color="red" variant="light">
                            {t('day.cancelled')}
                          </Badge>
                        )}
                      </Group>
                      {booked.kind === 'engagement' && (
                        <Text size="xs" c="dimmed">
                          {t('day.engagementTimes', { start: clockLabel(booked.engagement.start), end: clockLabel(booked.engagement.end) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{vehicle ? <Place place={booking.from} /> : null}</Table.Td>
                    <Table.Td>
                      <Place place={booking.to} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">{locale.number(booking.passengerIds.length)}</Text>
                      {vehicle && resource.capacity !== null && (
                        <Text size="xs" c={booking.passengerIds.length > resource.capacity ? 'red' : 'dimmed'}>
                          {t('day.ofSeats', { count: resource.capacity })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <RowActions label={t('day.actionsFor', { name: resource.name, what })}>
                        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => actions.editBooking(assignment)}>
                          {t('day.edit')}
                        </Menu.Item>
                        <Menu.Item
                          leftSection={<IconPrinter size={16} />}
                          component={Link}
                          to={`${base}/logistics/${resource.id}/day-sheet?day=${booking.date}`}
                        >
                          {t('day.daySheet')}
                        </Menu.Item>
                        <Menu.Item leftSection={<IconTrash size={16} />} color="red" onClick={() => actions.unbook(assignment, resource.name)}>
                          {t('day.remove')}
                        </Menu.Item>
                      </RowActions>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
