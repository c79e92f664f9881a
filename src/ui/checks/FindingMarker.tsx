/**
 * The mark on an item (an engagement, a journey) that has findings needing attention: its colour says how
 * serious, and opening it says what is wrong and leads to the trip's checks.
 */
import { Anchor, Badge, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { ReviewedFinding } from '../../domain/checks/acknowledgements';
import { CHECK_RULE_LABELS } from '../../domain/checks/finding-wording';
import { SeverityIcon, severityColour } from './FindingList';

export function FindingMarker({ tripId, items }: { tripId: string; items: readonly ReviewedFinding[] | undefined }) {
  if (!items || items.length === 0) return null;
  const worst = items.find((item) => item.finding.severity === 'error') ?? items[0]!;
  const colour = severityColour(worst);
  const label = `${items.length} ${items.length === 1 ? 'conflict' : 'conflicts'}: ${items
    .slice(0, 3)
    .map((item) => CHECK_RULE_LABELS[item.finding.rule].toLocaleLowerCase())
    .join(', ')}`;
  return (
    <Popover width={420} position="bottom-start" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <UnstyledButton aria-label={label} className="no-print">
          <Badge color={colour} variant="light" leftSection={<SeverityIcon item={worst} size={12} />} style={{ cursor: 'pointer' }}>
            {items.length === 1 ? CHECK_RULE_LABELS[worst.finding.rule] : `${items.length} conflicts`}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {items.slice(0, 5).map((item) => (
            <Text key={item.finding.id} size="sm">
              <Text span fw={700} c={`${severityColour(item)}.7`}>
                {CHECK_RULE_LABELS[item.finding.rule]}:
              </Text>{' '}
              {item.finding.message}
            </Text>
          ))}
          {items.length > 5 && (
            <Text size="xs" c="dimmed">
              and {items.length - 5} more
            </Text>
          )}
          <Anchor component={Link} to={`/trips/${tripId}/checks`} size="sm">
            See the trip’s checks
          </Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
