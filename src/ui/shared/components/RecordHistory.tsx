/**
 * A record's history on its page: who changed what, and when, newest first, from the change log. Folded
 * away until asked for; it follows the log live, so a save in another window appears at once.
 */
import { Anchor, Button, Collapse, List, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTableName } from '../../../domain/files/trip-import-plan';
import { recordHistory, type HistoryEntry } from '../../../domain/history/record-history';
import { computerZone } from '../computer-zone';
import { useRepositories } from '../context';
import { useLocale } from '../locale';
import { useComputerNode } from '../change-author';

/** Entries shown at first; the rest on asking. */
const FIRST_SHOWN = 10;

export function RecordHistory({ table, recordId }: { table: PlanTableName; recordId: string }) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const panelId = useId();
  const repositories = useRepositories();
  const changes = useLiveQuery(() => (open ? repositories.history.ofRecord(table, recordId) : undefined), [open, repositories, table, recordId]);
  const entries = changes ? recordHistory(table, changes) : undefined;
  const shown = entries && !all ? entries.slice(0, FIRST_SHOWN) : entries;
  return (
    <section aria-label={t('history.title')}>
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconHistory size={16} />}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? t('history.hide') : t('history.show')}
      </Button>
      <Collapse expanded={open} id={panelId}>
        <Stack gap="xs" mt="xs">
          {entries === undefined ? null : entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('history.empty')}
            </Text>
          ) : (
            <List spacing="xs" size="sm" listStyleType="none" aria-label={t('history.title')}>
              {shown!.map((entry) => (
                <List.Item key={entry.hlc}>
                  <Entry entry={entry} />
                </List.Item>
              ))}
            </List>
          )}
          {entries && entries.length > FIRST_SHOWN && !all ? (
            <Anchor component="button" type="button" size="sm" onClick={() => setAll(true)}>
              {t('history.showAll', { count: entries.length })}
            </Anchor>
          ) : null}
        </Stack>
      </Collapse>
    </section>
  );
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation('common');
  const locale = useLocale();
  const here = useComputerNode();
  const who = entry.organiser !== '' ? entry.organiser : entry.node === here ? t('history.thisComputer') : t('history.otherComputer', { node: entry.node.slice(0, 6) });
  const when = locale.instant(new Date(entry.at).toISOString(), computerZone());
  const what =
    entry.kind === 'created'
      ? t('history.created')
      : entry.kind === 'deleted'
        ? t('history.deleted')
        : locale.list(
            entry.fields.map((field) =>
              field.value === null
                ? locale.word(field.word)
                : field.value === ''
                  ? t('history.fieldEmptied', { field: locale.word(field.word) })
                  : t('history.fieldSet', { field: locale.word(field.word), value: field.value }),
            ),
          );
  return (
    <Text size="sm">
      <Text span fw={500}>
        {when} · {who}
      </Text>
      <br />
      {entry.kind === 'changed' ? t('history.changed', { what }) : what}
    </Text>
  );
}
