/**
 * One hotel stay on the Rooming tab: its city, names in both scripts and dates; its rooms; how many it has
 * rooms for; who in its city has no room yet, each given one with a click; and its rooming list to print or
 * download for the hotel.
 */
import { Alert, Anchor, Badge, Button, Card, Group, List, Menu, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileSpreadsheet, IconPencil, IconPlus, IconPrinter, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { forSpreadsheets } from '../../domain/files/csv-safety';
import type { Hotel } from '../../domain/route/hotel';
import { ROOM_TYPES, type Room, type RoomType } from '../../domain/rooming/room';
import { guestsOf, roomingOf } from '../../domain/rooming/guests';
import { nightsOfStay, roomingList } from '../../domain/rooming/rooming-list';
import { roomingListCsv } from '../../domain/rooming/rooming-list-csv';
import { addDays } from '../../domain/shared/date-arithmetic';
import { safeFileName } from '../../domain/shared/file-name';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { RowActions } from '../shared/components/RowActions';
import { usePlatform, useRepositories } from '../shared/context';
import { cityName } from '../shared/current-trip';
import { useLocale } from '../shared/locale';
import { landingFor } from '../shared/focus-landing';
import { useOfferUndo } from '../shared/undo';
import { hotelWords } from './hotel-words';
import { sizeOf, withFileSaveLogged } from '../../usecases/operation-log';

export function StayCard({
  bundle,
  stay,
  onAddRoom,
  onEditRoom,
}: {
  bundle: TripBundle;
  stay: Hotel;
  onAddRoom: () => void;
  onEditRoom: (room: Room) => void;
}) {
  const { rooming } = useRepositories();
  const platform = usePlatform();
  const { t, i18n } = useTranslation(['rooming', 'common']);
  const locale = useLocale();
  const offerUndo = useOfferUndo();
  const [newType, setNewType] = useState<RoomType>('single');
  const guests = guestsOf(stay, bundle);
  const list = roomingList(stay, bundle);
  const without = roomingOf(bundle).withoutRoom(stay);
  const city = cityName(bundle, stay.stopId, locale);
  const nameOf = (personId: string) => bundle.people.find((person) => person.id === personId)?.name ?? t('unknownPerson');
  const members = new Set(bundle.memberships.map((membership) => membership.personId));
  const headingId = `stay-${stay.id}-heading`;
  const typeChoices = ROOM_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }));

  const give = async (personIds?: string[]) => {
    const result = await rooming.fillFromCities(stay.id, { type: newType, ...(personIds ? { personIds } : {}) });
    if (!result.ok) {
      notifications.show({ color: 'red', message: locale.word(result.error) });
      return;
    }
    const added = result.value;
    if (added.length === 0) return;
    offerUndo({
      message:
        personIds?.length === 1
          ? t('stay.givenOne', { name: nameOf(personIds[0]!), type: t(`typeInSentence.${newType}`), hotel: stay.name })
          : t('stay.given', { count: added.length, hotel: stay.name }),
      undo: async () => {
        await rooming.removeRooms(added.map((room) => room.id));
      },
      undoneMessage: t('stay.givenUndone', { count: added.length }),
    });
  };

  const remove = async (room: Room, number: number) => {
    const removed = await rooming.removeRoom(room.id);
    if (!removed) return;
    offerUndo({
      message: t('room.removed', { number, hotel: stay.name }),
      undo: () => rooming.restoreRoom(removed),
      undoneMessage: t('room.restored', { number }),
    });
  };

  const downloadCsv = async () => {
    const words = hotelWords(i18n, list.city);
    const content = forSpreadsheets(
      roomingListCsv(list, {
        header: (column) => words.both(`csv.${column}`),
        type: (type) => words.both(`type.${type}`),
      }),
    );
    const result = await withFileSaveLogged(platform, 'rooming-list', sizeOf(content), () =>
      platform.saveFile({
        suggestedName: safeFileName(t('csv.fileName', { hotel: stay.name, trip: bundle.trip.name }), 'csv', t('csv.fallbackName')),
        content,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      }),
    );
    if (result.status === 'failed') notifications.show({ color: 'red', title: t('csv.notSaved'), message: result.message });
    if (result.status === 'saved') notifications.show({ color: 'teal', message: t('csv.saved', { path: result.path }) });
  };

  const sharedWith = guests.sharedWith.flatMap((id) => bundle.accommodations.find((other) => other.id === id)?.name ?? []);
  const nightsWord = (count: number) => t('common:count.nights', { count });

  return (
    <Card withBorder component="section" id={`stay-${stay.id}`} aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Stack gap={2}>
          <Title order={4} size="h5" id={headingId}>
            {t('stay.heading', { city, hotel: stay.name })}{' '}
            {stay.nameLocal && (
              <Text span className="local-script" c="dimmed" inherit>
                {stay.nameLocal}
              </Text>
            )}
          </Title>
          <Text size="sm" c="dimmed">
            {t('stay.dates', { dates: locale.dateRange(stay.checkInDate, stay.checkOutDate), nights: nightsWord(nightsOfStay(stay)) })}
          </Text>
          <Text size="sm">
            <Text span fw={600} inherit>
              {t('guests.roomsFor', { count: guests.personIds.length })}
            </Text>
            {' · '}
            {guests.basis === 'rooms'
              ? t('guests.fromRooms', {
                  rooms: t('count.rooms', { count: list.rooms.length }),
                  roomNights: t('count.roomNights', { count: list.roomNights }),
                })
              : t('guests.followingCities')}
          </Text>
        </Stack>
        <Group gap="xs" className="no-print">
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onAddRoom} aria-label={t('stay.addRoomLabel', { hotel: stay.name })}>
            {t('stay.addRoom')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPrinter size={14} />}
            component={Link}
            to={`/trips/${bundle.trip.id}/rooming-list/${stay.id}`}
            aria-label={t('stay.listLabel', { hotel: stay.name })}
          >
            {t('stay.list')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileSpreadsheet size={14} />}
            onClick={() => void downloadCsv()}
            aria-label={t('stay.csvLabel', { hotel: stay.name })}
          >
            {t('stay.csv')}
          </Button>
        </Group>
      </Group>

      {sharedWith.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs" mb="xs">
          {t('stay.shared', { count: guests.personIds.length, hotels: locale.list(sharedWith) })}
        </Alert>
      )}

      {list.rooms.length > 0 && (
        <Table aria-label={t('stay.roomsLabel', { hotel: stay.name })} verticalSpacing={4} mb="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48} style={{ whiteSpace: 'nowrap' }}>
                {t('room.number')}
              </Table.Th>
              <Table.Th>{t('room.type')}</Table.Th>
              <Table.Th>{t('room.guests')}</Table.Th>
              <Table.Th>{t('room.requests')}</Table.Th>
              <Table.Th>{t('room.confirmation')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.rooms.map(({ room, number, occupants, nights }) => (
              <Table.Tr key={room.id} tabIndex={-1} {...landingFor(room.id)}>
                <Table.Td>{locale.number(number)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t(`type.${room.type}`)}
                  <Text size="xs" c="dimmed">
                    {nightsWord(nights)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {occupants.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('room.held')}
                    </Text>
                  ) : (
                    occupants.map((occupant) => (
                      <Text size="sm" key={`${occupant.personId}-${occupant.checkInDate}`}>
                        {occupant.name || t('unknownPerson')}{' '}
                        {occupant.nameLocal && (
                          <Text span className="local-script" c="dimmed" inherit>
                            {occupant.nameLocal}
                          </Text>
                        )}{' '}
                        <Text span size="xs" c="dimmed">
                          {t('room.occupantNights', {
                            dates: locale.dateRange(occupant.checkInDate, occupant.checkOutDate),
                            nights: nightsWord(occupant.nights),
                          })}
                        </Text>
                        {!members.has(occupant.personId) && (
                          <Badge size="xs" color="orange" ml={4}>
                            {t('room.notOnTrip')}
                          </Badge>
                        )}
                      </Text>
                    ))
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {room.requests}
                  </Text>
                </Table.Td>
                <Table.Td>{room.confirmation}</Table.Td>
                <Table.Td>
                  <RowActions label={t('room.actions', { number, hotel: stay.name })}>
                    <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEditRoom(room)}>
                      {t('common:action.edit')}
                    </Menu.Item>
                    <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove(room, number)}>
                      {t('common:action.remove')}
                    </Menu.Item>
                  </RowActions>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {without.length === 0 ? (
        list.rooms.length > 0 && (
          <Text size="sm" c="teal.8">
            {t('stay.everyoneHasRoom', { city })}
          </Text>
        )
      ) : (
        <Stack gap={6}>
          <Group justify="space-between" align="flex-end">
            <Text size="sm" fw={600}>
              {guests.basis === 'rooms'
                ? t('stay.withoutRoom', { count: without.length, city })
                : t('stay.withoutRoomFollowing', { count: without.length, city })}
            </Text>
            <Group gap="xs" align="flex-end" className="no-print">
              <Select
                size="xs"
                w={170}
                label={t('stay.newType')}
                aria-label={t('stay.newTypeLabel', { hotel: stay.name })}
                data={typeChoices}
                value={newType}
                allowDeselect={false}
                onChange={(value) => value && setNewType(value as RoomType)}
              />
              <Button size="xs" variant="light" leftSection={<IconUsersGroup size={14} />} onClick={() => void give()}>
                {t('stay.giveAll', { count: without.length })}
              </Button>
            </Group>
          </Group>
          <List size="sm" spacing={2} aria-label={t('stay.withoutRoomLabel', { hotel: stay.name })}>
            {without.map((missing) => (
              <List.Item key={missing.personId}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">
                    {nameOf(missing.personId)}{' '}
                    <Text span size="xs" c="dimmed">
                      {t('room.occupantNights', {
                        dates: locale.dateRange(missing.nights[0]!, addDays(missing.nights.at(-1)!, 1)),
                        nights: nightsWord(missing.nights.length),
                      })}
                    </Text>
                  </Text>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    className="no-print"
                    onClick={() => void give([missing.personId])}
                    aria-label={t('stay.giveOneLabel', { name: nameOf(missing.personId), hotel: stay.name })}
                  >
                    {t('stay.giveOne', { type: t(`typeInSentence.${newType}`) })}
                  </Anchor>
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Card>
  );
}
