/**
 * The programme's own find. A windowed programme draws only the rows on screen, so the browser's find-in-page
 * cannot see the rest: this box looks through every row (what it shows, and its names in the other script),
 * says "3 of 12", and Enter / Shift+Enter move between the matches, scrolling each into view.
 */
import { ActionIcon, CloseButton, Group, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSearch } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export function ProgrammeFind({
  inputRef,
  query,
  onQuery,
  current,
  total,
  onMove,
  onClose,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery: (query: string) => void;
  /** The current match's place (0 first). */
  current: number;
  total: number;
  onMove: (by: 1 | -1) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('programme');
  const count = !query.trim() ? '' : total === 0 ? t('find.none') : t('find.count', { current: current + 1, total });
  return (
    <Group className="no-print programme-find" role="search" aria-label={t('find.region')} gap="xs" wrap="nowrap">
      <TextInput
        ref={inputRef}
        value={query}
        onChange={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onMove(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        leftSection={<IconSearch size={14} />}
        style={{ flex: 1, maxWidth: 420 }}
        autoComplete="off"
      />
      <Text size="sm" c="dimmed" aria-live="polite" miw={90}>
        {count}
      </Text>
      <ActionIcon variant="default" aria-label={t('find.previous')} disabled={total === 0} onClick={() => onMove(-1)}>
        <IconChevronUp size={16} />
      </ActionIcon>
      <ActionIcon variant="default" aria-label={t('find.next')} disabled={total === 0} onClick={() => onMove(1)}>
        <IconChevronDown size={16} />
      </ActionIcon>
      <CloseButton aria-label={t('find.close')} onClick={onClose} />
    </Group>
  );
}
