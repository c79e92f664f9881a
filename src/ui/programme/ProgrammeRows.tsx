/**
 * One row of the programme, drawn from its words (programme-rows.ts): a day's heading, or an item at its local
 * time with home time beside it. Rows word nothing themselves, and mount nothing heavy: a finding's mark is a
 * button until it is opened.
 */
import { Badge, Button, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconBed, IconBus, IconCar, IconDoorExit, IconPlane, IconPlus, IconShip, IconTrain, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { landingFor } from '../shared/focus-landing';
import { useTranslation } from 'react-i18next';
import type { ReviewedFinding } from '../../domain/checks/acknowledgements';
import type { TravelMode } from '../../domain/route/journey';
import { JourneyConnections } from '../shared/components/JourneyConnections';
import { ShortcutKeys } from '../shared/hotkeys';
import { FindingMarker } from '../checks';
import type { DayWords, ItemRow, ItemWords } from './programme-rows';

const MODE_ICONS: Record<TravelMode, ReactNode> = {
  flight: <IconPlane size={16} />,
  train: <IconTrain size={16} />,
  coach: <IconBus size={16} />,
  car: <IconCar size={16} />,
  ferry: <IconShip size={16} />,
};

export function DayHeading({ words, empty, today, onAdd }: { words: DayWords; empty: boolean; today: boolean; onAdd: (() => void) | null }) {
  const { t } = useTranslation('programme');
  return (
    <>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          {/* Focusable from code only: J and K move the keyboard from day to day through these. */}
          <Title order={3} size="h5" tabIndex={-1} data-day-heading>
            {words.title}
          </Title>
          {words.local && (
            <Text className="local-script" c="dimmed" size="sm">
              {words.local}
            </Text>
          )}
          {today && <Badge color="indigo">{t('day.today')}</Badge>}
          {words.travelDay && (
            <Badge variant="light" color="grape">
              {t('day.travelDay')}
            </Badge>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {words.clock}
          </Text>
          {onAdd && (
            <Tooltip label={<ShortcutKeys keys={['A']} />} openDelay={600}>
              <Button
                size="compact-xs"
                variant="subtle"
                className="no-print"
                leftSection={<IconPlus size={12} />}
                onClick={onAdd}
                aria-label={t('day.addOn', words.written)}
                aria-keyshortcuts="A"
              >
                {t('day.add')}
              </Button>
            </Tooltip>
          )}
        </Group>
      </Group>
      {empty && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('day.nothing')}
        </Text>
      )}
    </>
  );
}

/**
 * An item's row, in plain elements styled by programme.css (the Mantine components a day's heading uses cost
 * more than a row of a long list can afford).
 */
export function ItemLine({
  row,
  words,
  tripId,
  findings,
}: {
  row: ItemRow;
  words: ItemWords;
  tripId: string;
  findings: readonly ReviewedFinding[] | undefined;
}) {
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
    <div className="programme-item">
      <div className="programme-item-time">
        {words.time === null ? (
          <div className="programme-xs programme-dimmed">{words.place}</div>
        ) : (
          <div className="programme-sm programme-bold">
            {words.time} <span className="programme-xs programme-normal">{words.place}</span>
          </div>
        )}
        {words.home && <div className="programme-xs programme-dimmed">{words.home}</div>}
      </div>
      <span className="programme-item-icon">{icon}</span>
      <div className="programme-item-body">
        <div className="programme-item-title">
          {item.kind === 'engagement' ? (
            <Link
              to={`/trips/${tripId}/engagements/${item.engagement.id}`}
              {...landingFor(item.engagement.id)}
              className="programme-sm programme-semibold programme-link"
              data-cancelled={item.engagement.status === 'cancelled' || undefined}
            >
              {words.title}
            </Link>
          ) : (
            <span className="programme-sm programme-semibold">
              {words.title}
              {words.titleLocal && (
                <>
                  {' '}
                  <span className="local-script programme-dimmed programme-normal">{words.titleLocal}</span>
                </>
              )}
            </span>
          )}
          <FindingMarker tripId={tripId} items={findings} />
        </div>
        {words.detail && <div className="programme-xs programme-dimmed">{words.detail}</div>}
        {words.detailLocal && <div className="programme-xs programme-dimmed local-script">{words.detailLocal}</div>}
        {item.kind === 'departure' && <JourneyConnections journey={item.segment} />}
      </div>
    </div>
  );
}
