/**
 * The mark on an item (an engagement, a journey) that has findings needing attention: its colour says how
 * serious, and opening it says what is wrong and leads to the trip's checks.
 *
 * A programme draws hundreds of these; each is a plain button until it is first opened, and only then mounts its
 * popover (and keeps it, so that closing it hands focus back to the same button).
 */
import { Anchor, Popover, Stack, Text } from '@mantine/core';
import { forwardRef, useEffect, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReviewedFinding } from '../../domain/checks/acknowledgements';
import { SeverityIcon, severityColour } from './FindingList';
import { useFindingWords } from './finding-words';
import './finding-marker.css';

interface MarkProps extends ComponentPropsWithoutRef<'button'> {
  items: readonly ReviewedFinding[];
  label: string;
  text: string;
}

/** The mark itself: a plain button drawn as a light badge (finding-marker.css), cheap enough for every row. */
const Mark = forwardRef<HTMLButtonElement, MarkProps>(function Mark({ items, label, text, ...button }, ref) {
  const worst = items.find((item) => item.finding.severity === 'error') ?? items[0]!;
  return (
    <button ref={ref} type="button" aria-label={label} className="no-print finding-mark" data-colour={severityColour(worst)} {...button}>
      <SeverityIcon item={worst} size={12} />
      <span>{text}</span>
    </button>
  );
});

function Findings({ tripId, items }: { tripId: string; items: readonly ReviewedFinding[] }) {
  const { words, rule } = useFindingWords();
  const { t } = useTranslation('checks');
  return (
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
  );
}

export function FindingMarker({ tripId, items }: { tripId: string; items: readonly ReviewedFinding[] | undefined }) {
  const { rule } = useFindingWords();
  const { t } = useTranslation('checks');
  // Mounted on first opening, then kept.
  const [mounted, setMounted] = useState(false);
  const [opened, setOpened] = useState(false);
  const target = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The button is drawn anew inside the popover: focus it before the popover remembers where focus was.
    if (mounted) target.current?.focus();
  }, [mounted]);
  if (!items || items.length === 0) return null;
  const worst = items.find((item) => item.finding.severity === 'error') ?? items[0]!;
  const rules = items
    .slice(0, 3)
    .map((item) => rule(item.finding.rule).toLocaleLowerCase())
    .reduce((first, next) => t('marker.rules', { first, next }));
  const label = t('marker.label', { count: items.length, rules });
  const text = items.length === 1 ? rule(worst.finding.rule) : t('marker.many', { count: items.length });
  if (!mounted) {
    return (
      <Mark
        items={items}
        label={label}
        text={text}
        onClick={() => {
          setMounted(true);
          setOpened(true);
        }}
      />
    );
  }
  return (
    <Popover opened={opened} onChange={setOpened} width={420} position="bottom-start" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Mark ref={target} items={items} label={label} text={text} onClick={() => setOpened((open) => !open)} />
      </Popover.Target>
      <Popover.Dropdown>
        <Findings tripId={tripId} items={items} />
      </Popover.Dropdown>
    </Popover>
  );
}
