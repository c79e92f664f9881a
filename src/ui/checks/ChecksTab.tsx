/**
 * The trip's checks: every finding of the checks in the plan, those needing attention first, each with
 * who it affects and a link to where to fix it. Recomputed on every change.
 */
import { Button, Center, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { needsAttention, type ReviewedFinding } from '../../domain/checks/acknowledgements';
import { CHECK_RULE_LABELS } from '../../domain/checks/finding-wording';
import { CHECK_RULES, type CheckRule } from '../../domain/checks/finding';
import { useTripActions } from '../shared/trip-actions';
import { useCurrentTrip } from '../shared/current-trip';
import { countedNoun } from '../../domain/shared/counted-noun';
import { attentionSummary, useTripChecks } from './trip-checks';
import { FindingList } from './FindingList';
import { matchesSearch } from '../../domain/shared/search';

type Show = 'attention' | 'acknowledged' | 'all';

export function ChecksTab() {
  const bundle = useCurrentTrip();
  const { review } = useTripChecks();
  const actions = useTripActions();
  const [show, setShow] = useState<Show>('attention');
  const [rule, setRule] = useState<CheckRule | null>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);

  const ruleCounts = useMemo(() => {
    const counts = new Map<CheckRule, number>();
    for (const item of review.items) counts.set(item.finding.rule, (counts.get(item.finding.rule) ?? 0) + 1);
    return counts;
  }, [review]);

  const items = useMemo(() => {
    const words = deferredQuery.trim().toLocaleLowerCase();
    // A search matches a finding by its wording or by the name of anyone it affects.
    const named =
      words === ''
        ? null
        : new Set(
            bundle.people
              .filter((person) => matchesSearch(words, [person.name, person.nameLocal]))
              .map((person) => person.id),
          );
    const concernsNamed = (item: ReviewedFinding) =>
      named !== null && named.size > 0 && item.finding.personIds.some((id) => named.has(id));
    const matches = (item: ReviewedFinding) =>
      (show === 'all' || (show === 'attention') === needsAttention(item)) &&
      (rule === null || item.finding.rule === rule) &&
      (words === '' || item.finding.message.toLocaleLowerCase().includes(words) || concernsNamed(item));
    return review.items.filter(matches);
  }, [review, show, rule, deferredQuery, bundle.people]);

  const attention = review.openErrors + review.openWarnings;
  const { trip } = bundle;

  if (review.items.length === 0) {
    const planned = bundle.stops.length > 0;
    return (
      <Center mih={240}>
        <Stack align="center" gap="xs" maw={560}>
          <IconCircleCheck size={36} color="var(--mantine-color-teal-6)" aria-hidden />
          <Title order={3} size="h4">
            {planned ? 'No conflicts found' : 'Nothing to check yet'}
          </Title>
          <Text c="dimmed" ta="center" size="sm">
            {planned
              ? 'Nobody is booked in two places at once, every engagement is within its city’s dates, every night has a hotel, and every journey fits around the engagements. The checks run again on every change.'
              : 'Add the cities of the route, the journeys, hotels, people and engagements: as you do, the plan is checked for double bookings, nights without a hotel, journeys that miss engagements and more.'}
          </Text>
        </Stack>
      </Center>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {attentionSummary(review.openErrors, review.openWarnings)}
          </Title>
          <Text size="sm" c="dimmed">
            {review.acknowledged > 0 && `${countedNoun(review.acknowledged, 'acknowledged conflict', 'acknowledged conflicts')}. `}
            Engagements at different venues need {trip.conflictBufferMinutes} minutes between them.{' '}
            <Button variant="subtle" size="compact-sm" onClick={() => actions.editTrip(trip)}>
              Change
            </Button>
          </Text>
        </Stack>
        <Group>
          <SegmentedControl
            aria-label="Which conflicts to show"
            value={show}
            onChange={(value) => setShow(value as Show)}
            data={[
              { value: 'attention', label: `Needs attention (${attention})` },
              { value: 'acknowledged', label: `Acknowledged (${review.acknowledged})` },
              { value: 'all', label: `All (${review.items.length})` },
            ]}
          />
          <Select
            aria-label="Kind of conflict"
            placeholder="Every kind"
            clearable
            w={240}
            value={rule}
            onChange={(value) => setRule(value as CheckRule | null)}
            data={CHECK_RULES.filter((candidate) => ruleCounts.has(candidate)).map((candidate) => ({
              value: candidate,
              label: `${CHECK_RULE_LABELS[candidate]} (${ruleCounts.get(candidate)})`,
            }))}
          />
          <TextInput
            aria-label="Search conflicts"
            placeholder="Search people, places, titles"
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        </Group>
      </Group>
      <FindingList
        key={`${show}|${rule}|${deferredQuery}`}
        bundle={bundle}
        items={items}
        label="Conflicts"
        empty={
          <Text c="dimmed" size="sm" ta="center" py="lg">
            {show === 'attention' && rule === null && deferredQuery === ''
              ? 'Everything found has been acknowledged.'
              : 'No conflicts match.'}
          </Text>
        }
      />
    </Stack>
  );
}
