/**
 * In a trip import's preview, the fields both this computer and the colleague's file changed since the copy
 * both started from, side by side: the record, the field, the value here and the value in the file, the
 * organiser choosing each (their own, unless they say otherwise) or all at once. Passport numbers and dates of
 * birth are masked as on the person's page, and diets and access needs hidden, until revealed one at a time:
 * the preview may be read over a shoulder like any other screen.
 */
import { Button, Group, Radio, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_TABLES, recordKey, type ImportChoices, type PlannedRecord, type TripImportPlan } from '../../domain/files/trip-import-plan';
import { fieldWord } from '../../domain/files/trip-import-words';
import { RevealButton } from '../people';
import { useLocale } from '../shared/locale';
import { isPersonalField, maskedValue, useStoredValueText } from '../shared/stored-values';

/** Every record of the plan with fields that clash, in the preview's order. */
export function clashingRecords(plan: TripImportPlan): PlannedRecord[] {
  return PLAN_TABLES.flatMap((table) => plan.tables[table].updated.filter((record) => record.clashes.length > 0));
}

/** Every clashing field of the plan set to one side. */
export function allChoices(plan: TripImportPlan, side: 'mine' | 'theirs'): ImportChoices {
  return Object.fromEntries(
    clashingRecords(plan).map((record) => [
      recordKey(record.table, record.id),
      Object.fromEntries(record.clashes.map((clash) => [clash.field, side])),
    ]),
  );
}

export function TripImportClashes({
  plan,
  choices,
  onChange,
}: {
  plan: TripImportPlan;
  choices: ImportChoices;
  onChange(choices: ImportChoices): void;
}) {
  const { t } = useTranslation(['backups', 'common']);
  const locale = useLocale();
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const shown = useStoredValueText();
  const records = clashingRecords(plan);
  if (records.length === 0) return null;

  const choose = (key: string, field: string, side: 'mine' | 'theirs') =>
    onChange({ ...choices, [key]: { ...choices[key], [field]: side } });

  const isPersonal = (record: PlannedRecord, field: string) => isPersonalField(record.table, field);
  const masked = maskedValue;

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('tripImport.clash.heading')}
      </Text>
      <Text size="sm">{t('tripImport.clash.description')}</Text>
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => onChange(allChoices(plan, 'mine'))}>
          {t('tripImport.clash.allMine')}
        </Button>
        <Button size="xs" variant="light" onClick={() => onChange(allChoices(plan, 'theirs'))}>
          {t('tripImport.clash.allTheirs')}
        </Button>
      </Group>
      <Table aria-label={t('tripImport.clash.tableLabel')} withTableBorder verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tripImport.clash.record')}</Table.Th>
            <Table.Th>{t('tripImport.clash.field')}</Table.Th>
            <Table.Th>{t('tripImport.clash.mineColumn')}</Table.Th>
            <Table.Th>{t('tripImport.clash.theirsColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.flatMap((record) => {
            const key = recordKey(record.table, record.id);
            const label = locale.word(record.label);
            return record.clashes.map((clash) => {
              const field = locale.word(fieldWord(record.table, clash.field));
              const cell = `${key}/${clash.field}`;
              const personal = isPersonal(record, clash.field);
              const open = !personal || revealed.has(cell);
              const said = (value: unknown) => (open ? shown(value) : masked(clash.field, value)) || t('common:editClash.empty');
              const side = choices[key]?.[clash.field] ?? 'mine';
              const group = t('tripImport.clash.which', { record: label, field });
              return (
                <Table.Tr key={cell}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{label}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <span>{field}</span>
                      {personal && (
                        <RevealButton
                          compact
                          field={group}
                          revealed={open}
                          onToggle={() =>
                            setRevealed((current) => {
                              const next = new Set(current);
                              if (next.has(cell)) next.delete(cell);
                              else next.add(cell);
                              return next;
                            })
                          }
                        />
                      )}
                    </Group>
                  </Table.Td>
                  {(['mine', 'theirs'] as const).map((which) => {
                    const text = said(which === 'mine' ? clash.mine : clash.theirs);
                    return (
                      <Table.Td key={which} style={{ overflowWrap: 'anywhere' }}>
                        <Radio
                          name={cell}
                          value={which}
                          checked={side === which}
                          onChange={() => choose(key, clash.field, which)}
                          label={text}
                          aria-label={t(which === 'mine' ? 'tripImport.clash.mine' : 'tripImport.clash.theirs', { what: group, value: text })}
                          data-sensitive={personal ? (open ? 'revealed' : 'masked') : undefined}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            });
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
