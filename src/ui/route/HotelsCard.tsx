/**
 * The trip's hotels by check-in date, with the nights no hotel covers named above them: the date and the city
 * of each, so that a missing booking is seen before the delegation arrives.
 */
import { Alert, Card, Menu, Table, Text, Title } from '@mantine/core';
import { IconBed, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { hotelToDraft, type Hotel } from '../../domain/route/hotel';
import { routeNights } from '../../domain/route/route';
import { formatDate, formatDateRange } from '../../domain/shared/time';
import { daysBetween } from '../../domain/shared/date-arithmetic';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { RowActions } from '../shared/components/RowActions';
import { useRepositories } from '../shared/context';
import { cityName } from '../shared/current-trip';
import { useOfferUndo } from '../shared/undo';
import type { RouteEditing } from './use-route-editing';
import { countedNoun } from '../../domain/shared/counted-noun';

/**
 * The hotels card of the route tab; `onOpen` opens a hotel's form, `onShowTaxiCard` shows a hotel's address in
 * large type for a taxi driver.
 */
export function HotelsCard({
  bundle,
  onOpen,
  onShowTaxiCard,
}: {
  bundle: TripBundle;
  onOpen: (editing: RouteEditing) => void;
  onShowTaxiCard: (hotel: Hotel) => void;
}) {
  const { route } = useRepositories();
  const offerUndo = useOfferUndo();
  const { stops: cities } = bundle;
  const nights = useMemo(() => routeNights(cities, bundle.accommodations), [cities, bundle.accommodations]);
  const emptyNights = nights.filter((night) => night.accommodationIds.length === 0);

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
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        Hotels
      </Title>
      {emptyNights.length > 0 && (
        <Alert color="orange" icon={<IconBed size={18} />} mb="sm" p="xs">
          {countedNoun(emptyNights.length, 'night')} without a hotel:{' '}
          {emptyNights
            .map((night) => `${formatDate(night.date)} in ${cities.find((city) => city.id === night.stopId)?.name}`)
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
                    {countedNoun(daysBetween(stay.checkInDate, stay.checkOutDate), 'night')}
                  </Table.Td>
                  <Table.Td>{stay.phone}</Table.Td>
                  <Table.Td w={48}>
                    <RowActions label={`Actions for ${stay.name}`}>
                      <Menu.Item onClick={() => onShowTaxiCard(stay)} disabled={!stay.addressLocal && !stay.address}>
                        Show address for a taxi
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconPencil size={16} />}
                        onClick={() => onOpen({ kind: 'hotel', hotelId: stay.id, initial: hotelToDraft(stay) })}
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
  );
}
