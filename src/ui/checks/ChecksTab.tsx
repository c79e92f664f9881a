/**
 * The trip's checks: every finding of the checks in the plan, those needing attention first, each with
 * who it affects and a link to where to fix it. Recomputed on every change.
 */
import { Button, Center, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { needsAttention, type ReviewedFinding } from '../../domain/checks/acknowledgements';
import { CHECK_RULES, type CheckRule } from '../../domain/checks/finding';
import { useTripActions } from '../shared/trip-actions';
import { useCurrentTrip } from '../shared/current-trip';
import { useTranslation } from 'react-i18next';
import { attentionSummary, useTripChecks } from './trip-checks';
import { FindingList } from './FindingList';
import { matchesSearch } from '../../domain/shared/search';
import { useFindingWords } from './finding-words';

type Show = 'attention' | 'acknowledged' | 'all';

export function ChecksTab() {
  const bundle = useCurrentTrip();
  const { review } = useTripChecks();
  const actions = useTripActions();
  const [show, setShow] = useState<Show>('attention');
  const [rule, setRule] = useState<CheckRule | null>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const { t } = useTranslation(['checks', 'common']);
  const { words: wordsOf, rule: ruleName } = useFindingWords();

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
      (words === '' || wordsOf(item.finding).toLocaleLowerCase().includes(words) || concernsNamed(item));
    return review.items.filter(matches);
  }, [review, show, rule, deferredQuery, bundle.people, wordsOf]);

  const attention = review.openErrors + review.openWarnings;
  const { trip } = bundle;

  if (review.items.length === 0) {
    const planned = bundle.stops.length > 0;
    return (
      <Center mih={240}>
        <Stack align="center" gap="xs" maw={560}>
          <IconCircleCheck size={36} color="var(--mantine-color-teal-6)" aria-hidden />
          <Title order={3} size="h4">
            {planned ? t('tab.noConflicts') : t('tab.nothingYet')}
          </Title>
          <Text c="dimmed" ta="center" size="sm">
            {planned ? t('tab.noConflictsText') : t('tab.nothingYetText')}
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
            {attentionSummary(t, review.openErrors, review.openWarnings)}
          </Title>
          <Text size="sm" c="dimmed">
            {review.acknowledged > 0 && `${t('tab.acknowledged', { count: review.acknowledged })} `}
            {t('tab.buffer', { minutes: trip.conflictBufferMinutes })}{' '}
            <Button variant="subtle" size="compact-sm" onClick={() => actions.editTrip(trip)}>
              {t('tab.change')}
            </Button>
          </Text>
        </Stack>
        <Group>
          <SegmentedControl
            aria-label={t('tab.show')}
            value={show}
            onChange={(value) => setShow(value as Show)}
            data={[
              { value: 'attention', label: t('tab.showAttention', { count: attention }) },
              { value: 'acknowledged', label: t('tab.showAcknowledged', { count: review.acknowledged }) },
              { value: 'all', label: t('tab.showAll', { count: review.items.length }) },
            ]}
          />
          <Select
            aria-label={t('tab.kind')}
            placeholder={t('tab.everyKind')}
            clearable
            w={240}
            value={rule}
            onChange={(value) => setRule(value as CheckRule | null)}
            data={CHECK_RULES.filter((candidate) => ruleCounts.has(candidate)).map((candidate) => ({
              value: candidate,
              label: t('tab.kindOption', { rule: ruleName(candidate), count: ruleCounts.get(candidate) ?? 0 }),
            }))}
          />
          <TextInput
            aria-label={t('tab.search')}
            placeholder={t('tab.searchPlaceholder')}
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
        label={t('tab.list')}
        empty={
          <Text c="dimmed" size="sm" ta="center" py="lg">
            {show === 'attention' && rule === null && deferredQuery === ''
              ? t('tab.allAcknowledged')
              : t('tab.noMatch')}
          </Text>
        }
      />
    </Stack>
  );
}
