/**
 * The Rooming tab: each hotel stay with its rooms (who shares with whom, for which nights, what the hotel is
 * asked for), who in its city has no room yet, and the room-nights of each type that the budget pays for.
 * A stay without rooms has everyone in its city, as their cities say; once rooms are entered its guests are
 * their occupants (see domain/rooming/guests.ts).
 */
import { Alert, Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { IconBed } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CheckRule } from '../../domain/checks/finding';
import { inRouteOrder } from '../../domain/route/city';
import type { Hotel } from '../../domain/route/hotel';
import { emptyRoomDraft, roomToDraft, type RoomDraft } from '../../domain/rooming/room-rules';
import { tripRoomNightTotals } from '../../domain/rooming/rooming-list';
import { FindingList, useTripChecks } from '../checks';
import { useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';
import { RoomFormModal } from './RoomFormModal';
import { StayCard } from './StayCard';

/** The rules whose findings are about rooming, shown above the stays. */
const ROOMING_RULES: ReadonlySet<CheckRule> = new Set(['guest-in-two-hotels', 'night-without-room', 'room-over-capacity']);

/** The room form's state: which stay, which room (null for a new one), and what it starts with. */
interface Editing {
  stay: Hotel;
  roomId: string | null;
  initial: RoomDraft;
}

export function RoomingTab() {
  const bundle = useCurrentTrip();
  const { t } = useTranslation(['rooming', 'common']);
  const locale = useLocale();
  const { review } = useTripChecks();
  const [search] = useSearchParams();
  const [editing, setEditing] = useState<Editing | null>(null);
  const cityOrder = useMemo(() => new Map(inRouteOrder(bundle.stops).map((stop, index) => [stop.id, index])), [bundle.stops]);
  const stays = useMemo(
    () =>
      [...bundle.accommodations].sort(
        (a, b) => (cityOrder.get(a.stopId) ?? 0) - (cityOrder.get(b.stopId) ?? 0) || a.checkInDate.localeCompare(b.checkInDate) || a.name.localeCompare(b.name),
      ),
    [bundle.accommodations, cityOrder],
  );
  const totals = useMemo(() => tripRoomNightTotals(bundle), [bundle]);
  const findings = review.items.filter((item) => ROOMING_RULES.has(item.finding.rule));

  // A link from a finding names a city (?city=…): its first stay comes into view.
  const wantedCity = search.get('city');
  useEffect(() => {
    if (!wantedCity) return;
    const first = stays.find((stay) => stay.stopId === wantedCity);
    if (first) document.getElementById(`stay-${first.id}`)?.scrollIntoView({ block: 'start' });
  }, [wantedCity, stays]);

  if (bundle.accommodations.length === 0) {
    return (
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('noHotels')}{' '}
          <Anchor component={Link} to={`/trips/${bundle.trip.id}/route`}>
            {t('toRoute')}
          </Anchor>
        </Text>
      </Card>
    );
  }

  return (
    <Stack gap="lg">
      <RoomFormModal
        opened={editing !== null}
        bundle={bundle}
        stay={editing?.stay ?? null}
        roomId={editing?.roomId ?? null}
        initial={editing?.initial ?? null}
        onClose={() => setEditing(null)}
      />
      <Stack gap={4}>
        <Title order={3} size="h4">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t('intro')}
        </Text>
      </Stack>

      {findings.length > 0 && <FindingList bundle={bundle} items={findings} label={t('findings')} pageSize={10} />}

      <Card withBorder component="section" aria-labelledby="rooming-budget">
        <Title order={4} size="h5" id="rooming-budget" mb="xs">
          {t('budget.title')}
        </Title>
        {totals.length === 0 ? (
          <Alert color="gray" icon={<IconBed size={18} />} p="xs">
            {t('budget.none')}
          </Alert>
        ) : (
          <Table aria-label={t('budget.title')} verticalSpacing={4} maw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('budget.type')}</Table.Th>
                <Table.Th ta="right">{t('budget.rooms')}</Table.Th>
                <Table.Th ta="right">{t('budget.roomNights')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {totals.map((total) => (
                <Table.Tr key={total.type}>
                  <Table.Td>{t(`type.${total.type}`)}</Table.Td>
                  <Table.Td ta="right">{locale.number(total.rooms)}</Table.Td>
                  <Table.Td ta="right">{locale.number(total.roomNights)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={600}>
                <Table.Td>{t('budget.total')}</Table.Td>
                <Table.Td ta="right">{locale.number(totals.reduce((sum, total) => sum + total.rooms, 0))}</Table.Td>
                <Table.Td ta="right">{locale.number(totals.reduce((sum, total) => sum + total.roomNights, 0))}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
      </Card>

      {stays.map((stay) => (
        <StayCard
          key={stay.id}
          bundle={bundle}
          stay={stay}
          onAddRoom={() => setEditing({ stay, roomId: null, initial: emptyRoomDraft(stay) })}
          onEditRoom={(room) => setEditing({ stay, roomId: room.id, initial: roomToDraft(room) })}
        />
      ))}
    </Stack>
  );
}
