/**
 * One row of the programme, drawn from its words (programme-rows.ts): a day's heading, or an item at its local
 * time with home time beside it. Rows word nothing themselves, and mount nothing heavy: a finding's mark is a
 * button until it is opened.
 */
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconBed, IconBus, IconCar, IconDoorExit, IconPlane, IconPlus, IconShip, IconTrain, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReviewedFinding } from '../../domain/checks/acknowledgements';
import type { TravelMode } from '../../domain/route/journey';
import { JourneyConnections } from '../shared/components/JourneyConnections';
import { FindingMarker } from '../checks';
import type { DayRow, ItemRow } from './programme-rows';

const MODE_ICONS: Record<TravelMode, ReactNode> = {
  flight: <IconPlane size={16} />,
  train: <IconTrain size={16} />,
  coach: <IconBus size={16} />,
  car: <IconCar size={16} />,
  ferry: <IconShip size={16} />,
};

export function DayHeading({ row, today, onAdd }: { row: DayRow; today: boolean; onAdd: (() => void) | null }) {
  const { t } = useTranslation('programme');
  return (
    <>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Title order={3} size="h5">
            {row.title}
          </Title>
          {row.local && (
            <Text className="local-script" c="dimmed" size="sm">
              {row.local}
            </Text>
          )}
          {today && <Badge color="indigo">{t('day.today')}</Badge>}
          {row.travelDay && (
            <Badge variant="light" color="grape">
              {t('day.travelDay')}
            </Badge>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {row.clock}
          </Text>
          {onAdd && (
            <Button
              size="compact-xs"
              variant="subtle"
              className="no-print"
              leftSection={<IconPlus size={12} />}
              onClick={onAdd}
              aria-label={t('day.addOn', row.written)}
            >
              {t('day.add')}
            </Button>
          )}
        </Group>
      </Group>
      {row.empty && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('day.nothing')}
        </Text>
      )}
    </>
  );
}

function TimeColumn({ row }: { row: ItemRow }) {
  return (
    <Stack gap={0} w={170} style={{ flexShrink: 0 }}>
      {row.time === null ? (
        <Text size="xs" c="dimmed">
          {row.place}
        </Text>
      ) : (
        <Text size="sm" fw={700}>
          {row.time} <Text span size="xs" fw={400}>{row.place}</Text>
        </Text>
      )}
      {row.home && (
        <Text size="xs" c="dimmed">
          {row.home}
        </Text>
      )}
    </Stack>
  );
}

export function ItemLine({ row, tripId, findings }: { row: ItemRow; tripId: string; findings: readonly ReviewedFinding[] | undefined }) {
  const { item } = row;
  const icon =
    item.kind === 'engagement' ? (
      <IconUsers size={16} />
    ) : item.kind === 'check-in' ? (
      <IconBed size={16} />
    ) : item.kind === 'check-out' ? (
      <IconDoorExit size={16} />
    ) : (
      MODE_ICONS[item.segment.mode]
    );
  return (
    <Group align="flex-start" wrap="nowrap" gap="md">
      <TimeColumn row={row} />
      {icon}
      <div style={{ minWidth: 0 }}>
        <Group gap="xs">
          {item.kind === 'engagement' ? (
            <Anchor
              component={Link}
              to={`/trips/${tripId}/engagements/${item.engagement.id}`}
              size="sm"
              fw={600}
              td={item.engagement.status === 'cancelled' ? 'line-through' : undefined}
            >
              {row.title}
            </Anchor>
          ) : (
            <Text size="sm" fw={600}>
              {row.title}
              {row.titleLocal && (
                <>
                  {' '}
                  <Text span className="local-script" size="sm" c="dimmed">
                    {row.titleLocal}
                  </Text>
                </>
              )}
            </Text>
          )}
          <FindingMarker tripId={tripId} items={findings} />
        </Group>
        {row.detail && (
          <Text size="xs" c="dimmed">
            {row.detail}
          </Text>
        )}
        {row.detailLocal && (
          <Text size="xs" c="dimmed" className="local-script">
            {row.detailLocal}
          </Text>
        )}
        {item.kind === 'departure' && <JourneyConnections journey={item.segment} />}
      </div>
    </Group>
  );
}
