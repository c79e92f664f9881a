/**
 * The trip's hotels by check-in date, with the nights no hotel covers named above them: the date and the city
 * of each, so that a missing booking is seen before the delegation arrives.
 */
import { Alert, Card, Menu, Table, Text, Title } from '@mantine/core';
import { IconBed, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hotelToDraft, type Hotel } from '../../domain/route/hotel';
import { routeNights } from '../../domain/route/route';
import { guestsOf } from '../../domain/rooming/guests';
import { daysBetween } from '../../domain/shared/date-arithmetic';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { RowActions } from '../shared/components/RowActions';
import { useRepositories } from '../shared/context';
import { cityName } from '../shared/current-trip';
import { useOfferUndo } from '../shared/undo';
import type { RouteEditing } from './use-route-editing';
import { useLocale } from '../shared/locale';
import { landingFor } from '../shared/focus-landing';

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
  const { t } = useTranslation(['route', 'common', 'rooming']);
  const locale = useLocale();
  const offerUndo = useOfferUndo();
  const { stops: cities } = bundle;
  const nights = useMemo(() => routeNights(cities, bundle.accommodations), [cities, bundle.accommodations]);
  const emptyNights = nights.filter((night) => night.accommodationIds.length === 0);

  const removeHotel = async (stay: Hotel) => {
    const removed = await route.removeHotel(stay.id);
    if (removed) {
      offerUndo({
        message: t('hotels.removed', { name: stay.name }),
        undo: () => route.restoreHotel(removed),
        undoneMessage: t('hotels.restored', { name: stay.name }),
      });
    }
  };

  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {t('hotels.title')}
      </Title>
      {emptyNights.length > 0 && (
        <Alert color="orange" icon={<IconBed size={18} />} mb="sm" p="xs">
          {t('hotels.withoutHotel', {
            count: emptyNights.length,
            nights: emptyNights
              .map((night) =>
                t('hotels.nightIn', { day: locale.dateWithYear(night.date), city: cities.find((city) => city.id === night.stopId)?.name }),
              )
              .join(t('hotels.nightSeparator')),
          })}
        </Alert>
      )}
      {bundle.accommodations.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('hotels.empty')}
        </Text>
      ) : (
        <Table aria-label={t('hotels.tableLabel')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hotels.city')}</Table.Th>
              <Table.Th>{t('hotels.hotel')}</Table.Th>
              <Table.Th>{t('hotels.nights')}</Table.Th>
              <Table.Th>{t('rooming:guests.column')}</Table.Th>
              <Table.Th>{t('hotels.phone')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...bundle.accommodations]
              .sort((a, b) => a.checkInDate.localeCompare(b.checkInDate))
              .map((stay) => (
                <Table.Tr key={stay.id} tabIndex={-1} {...landingFor(stay.id)}>
                  <Table.Td>{cityName(bundle, stay.stopId, locale)}</Table.Td>
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
                    {t('hotels.stay', {
                      dates: locale.dateRange(stay.checkInDate, stay.checkOutDate),
                      nights: t('common:count.nights', { count: daysBetween(stay.checkInDate, stay.checkOutDate) }),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <StayGuests bundle={bundle} stay={stay} />
                  </Table.Td>
                  <Table.Td>{stay.phone}</Table.Td>
                  <Table.Td w={48}>
                    <RowActions label={t('hotels.actions', { name: stay.name })}>
                      <Menu.Item onClick={() => onShowTaxiCard(stay)} disabled={!stay.addressLocal && !stay.address}>
                        {t('hotels.taxi')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconPencil size={16} />}
                        onClick={() => onOpen({ kind: 'hotel', hotelId: stay.id, initial: hotelToDraft(stay) })}
                      >
                        {t('common:action.edit')}
                      </Menu.Item>
                      <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => void removeHotel(stay)}>
                        {t('common:action.remove')}
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

/**
 * How many the hotel has rooms for, by the one rule every screen counts guests by (domain/rooming/guests.ts):
 * its rooms' occupants, or the people in its city while it has no rooms.
 */
function StayGuests({ bundle, stay }: { bundle: TripBundle; stay: Hotel }) {
  const { t } = useTranslation('rooming');
  const locale = useLocale();
  const guests = guestsOf(stay, bundle);
  const shared = guests.sharedWith.flatMap((id) => bundle.accommodations.find((other) => other.id === id)?.name ?? []);
  return (
    <>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t('guests.roomsFor', { count: guests.personIds.length })}
      </Text>
      <Text size="xs" c={shared.length > 0 ? 'orange.8' : 'dimmed'}>
        {shared.length > 0
          ? t('guests.sharedWith', { hotels: locale.list(shared) })
          : guests.basis === 'cities'
            ? t('guests.followingCities')
            : t('guests.inRooms', { count: bundle.rooms.filter((room) => room.accommodationId === stay.id).length })}
      </Text>
    </>
  );
}
