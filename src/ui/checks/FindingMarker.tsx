/**
 * The mark on an item (an engagement, a journey) that has findings needing attention: its colour says how
 * serious, and opening it says what is wrong and leads to the trip's checks.
 */
import { Anchor, Badge, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReviewedFinding } from '../../domain/checks/acknowledgements';
import { SeverityIcon, severityColour } from './FindingList';
import { useFindingWords } from './finding-words';

export function FindingMarker({ tripId, items }: { tripId: string; items: readonly ReviewedFinding[] | undefined }) {
  const { words, rule } = useFindingWords();
  const { t } = useTranslation('checks');
  if (!items || items.length === 0) return null;
  const worst = items.find((item) => item.finding.severity === 'error') ?? items[0]!;
  const colour = severityColour(worst);
  const rules = items
    .slice(0, 3)
    .map((item) => rule(item.finding.rule).toLocaleLowerCase())
    .reduce((first, next) => t('marker.rules', { first, next }));
  const label = t('marker.label', { count: items.length, rules });
  return (
    <Popover width={420} position="bottom-start" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <UnstyledButton aria-label={label} className="no-print">
          <Badge color={colour} variant="light" leftSection={<SeverityIcon item={worst} size={12} />} style={{ cursor: 'pointer' }}>
            {items.length === 1 ? rule(worst.finding.rule) : t('marker.many', { count: items.length })}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {items.slice(0, 5).map((item) => (
            <Text key={item.finding.id} size="sm">
              <Text span fw={700} c={`${severityColour(item)}.7`}>
                {rule(item.finding.rule)}
              </Text>
              {t('marker.ruleSeparator')}
              {words(item.finding)}
            </Text>
          ))}
          {items.length > 5 && (
            <Text size="xs" c="dimmed">
              {t('marker.more', { count: items.length - 5 })}
            </Text>
          )}
          <Anchor component={Link} to={`/trips/${tripId}/checks`} size="sm">
            {t('marker.seeAll')}
          </Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
