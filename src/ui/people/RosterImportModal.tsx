/**
 * Importing a roster from a CSV file, such as a registration form's export, in two steps: choose the file, then
 * check a preview (which column holds what, the first people as they will be imported, and every row that will
 * be left out and why) before confirming. Nothing is written until the organiser presses Import; Cancel, at any
 * step, leaves everything as it was.
 */
import { Alert, Button, FileButton, Group, List, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { describeRoutePart } from '../../domain/people/person-rules';
import { guessMapping, mappingProblems, readRosterCsv, ROSTER_FIELDS, type ColumnMapping, type RosterField, type RosterTable } from '../../domain/files/roster-csv';
import { countProblemRows, importCountsMessage, importSummaryMessage, parseRosterRows, type RowNote } from '../../domain/files/roster-rows';
import type { City } from '../../domain/route/city';
import { importRoster } from '../../usecases/roster-import';
import { ImportDialogFooter } from '../shared/components/ImportDialogFooter';
import { useRepositories } from '../shared/context';
import { revertOf, useOfferUndo } from '../shared/undo';
import { useLocale } from '../shared/locale';

/** Rows shown in the preview table; the counts and problems cover the whole file. */
const PREVIEW_ROWS = 10;
const NOT_IMPORTED = 'none';

const isRosterField = (value: string): value is RosterField => (ROSTER_FIELDS as readonly string[]).includes(value);

export interface RosterImportModalProps {
  tripId: string;
  stops: readonly City[];
  onClose: () => void;
}

interface ChosenFile {
  name: string;
  table: RosterTable;
}

export function RosterImportModal({ tripId, stops, onClose }: RosterImportModalProps) {
  const repositories = useRepositories();
  const { rosterImport } = repositories;
  const offerUndo = useOfferUndo();
  const { t } = useTranslation(['people', 'common']);
  const locale = useLocale();
  const fieldOptions = [
    { value: NOT_IMPORTED, label: t('import.doNotImport') },
    ...ROSTER_FIELDS.map((field) => ({ value: field, label: t(`field.${field}`) })),
  ];
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [readError, setReadError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [notes, setNotes] = useState<RowNote[]>([]);

  const choose = async (chosen: File | null) => {
    if (!chosen) return;
    setImportError(null);
    setNotes([]);
    const table = readRosterCsv(await chosen.text());
    if (!table.ok) {
      setReadError(t('import.readError', { file: chosen.name, problem: locale.word(table.error) }));
      return;
    }
    setReadError(null);
    setFile({ name: chosen.name, table: table.value });
    setMapping(guessMapping(table.value.headers));
  };

  const columnProblems = useMemo(() => mappingProblems(mapping), [mapping]);
  const checked = useMemo(
    () => (file && columnProblems.length === 0 ? parseRosterRows(file.table, mapping, stops) : null),
    [file, mapping, stops, columnProblems],
  );

  useEffect(() => {
    // Which rows match people already stored: read only, so the preview can say who will be updated.
    let current = true;
    if (checked) {
      void rosterImport.previewMatches(tripId, checked.people).then((found) => {
        if (current) setNotes(found);
      });
    }
    return () => {
      current = false;
    };
  }, [checked, rosterImport, tripId]);

  const peopleCount = checked?.people.length ?? 0;

  const confirm = async () => {
    if (!checked || peopleCount === 0) return;
    setImporting(true);
    const imported = await importRoster({ repositories }, tripId, checked.people);
    setImporting(false);
    if (!imported.ok) {
      if (imported.error.kind === 'refused') setImportError(locale.word(imported.error.reason));
      return;
    }
    const { summary, change } = imported.value;
    offerUndo({
      title: t('import.doneTitle'),
      message: [importSummaryMessage(summary), ...summary.notes.map((note) => note.message)].map(locale.word).join('\n'),
      undo: revertOf(change),
      undoneMessage: t('import.undone'),
    });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('import.title')} size={file ? 'xl' : 'md'}>
      <Stack gap="md">
        {!file ? (
          <>
            <Text size="sm">{t('import.intro')}</Text>
            <FileButton onChange={(chosen) => void choose(chosen)} accept=".csv,text/csv,text/plain">
              {(props) => (
                <Button {...props} leftSection={<IconFileUpload size={16} />}>
                  {t('import.choose')}
                </Button>
              )}
            </FileButton>
          </>
        ) : (
          <>
            <Group justify="space-between">
              <Text size="sm">
                <Trans
                  t={t}
                  i18nKey="import.fileRows"
                  values={{ file: file.name, rows: t('import.rows', { count: file.table.rows.length }) }}
                  components={[<Text key="file" span fw={600} />]}
                />
              </Text>
              <FileButton onChange={(chosen) => void choose(chosen)} accept=".csv,text/csv,text/plain">
                {(props) => (
                  <Button {...props} variant="subtle" size="xs">
                    {t('import.chooseAnother')}
                  </Button>
                )}
              </FileButton>
            </Group>

            <Stack gap="xs">
              <Text fw={600} size="sm">
                {t('import.mapping')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                {file.table.headers.map((header, column) => (
                  <Select
                    key={`${column}-${header}`}
                    label={header || t('import.column', { number: column + 1 })}
                    data={fieldOptions}
                    value={mapping[column] ?? NOT_IMPORTED}
                    allowDeselect={false}
                    onChange={(value) =>
                      setMapping((current) =>
                        current.map((field, index) => (index === column ? (value && isRosterField(value) ? value : null) : field)),
                      )
                    }
                  />
                ))}
              </SimpleGrid>
            </Stack>

            {columnProblems.length > 0 && (
              <Alert color="yellow" icon={<IconAlertTriangle size={16} />} title={t('import.checkColumns')}>
                <List size="sm">
                  {columnProblems.map((problem) => locale.word(problem)).map((problem) => (
                    <List.Item key={problem}>{problem}</List.Item>
                  ))}
                </List>
              </Alert>
            )}

            {checked && (
              <>
                <Text fw={600} role="status">
                  {locale.word(importCountsMessage(peopleCount, countProblemRows(checked.problems)))}
                </Text>

                {peopleCount > 0 && (
                  <ScrollArea.Autosize mah={320}>
                    <Table aria-label={t('import.previewLabel')} verticalSpacing={4} style={{ overflowWrap: 'anywhere' }}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th w={56}>{t('import.previewColumn.row')}</Table.Th>
                          <Table.Th>{t('import.previewColumn.name')}</Table.Th>
                          <Table.Th>{t('import.previewColumn.email')}</Table.Th>
                          <Table.Th>{t('import.previewColumn.role')}</Table.Th>
                          <Table.Th>{t('import.previewColumn.routePart')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {checked.people.slice(0, PREVIEW_ROWS).map((person) => (
                          <Table.Tr key={person.row}>
                            <Table.Td>{person.row}</Table.Td>
                            <Table.Td>{person.name}</Table.Td>
                            <Table.Td>{person.email}</Table.Td>
                            <Table.Td>{t(`role.${person.role}`)}</Table.Td>
                            <Table.Td>{locale.word(describeRoutePart(stops, person.stopIds))}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                    {peopleCount > PREVIEW_ROWS && (
                      <Text size="xs" c="dimmed">
                        {t('import.andMore', { count: peopleCount - PREVIEW_ROWS })}
                      </Text>
                    )}
                  </ScrollArea.Autosize>
                )}

                {checked.problems.length > 0 && (
                  <Alert color="red" icon={<IconAlertTriangle size={16} />} title={t('import.leftOut')}>
                    <ScrollArea.Autosize mah={200}>
                      <List size="sm" aria-label={t('import.problems')}>
                        {checked.problems.map((problem, index) => (
                          <List.Item key={`${problem.row}-${problem.field ?? ''}-${index}`}>{locale.word(problem.message)}</List.Item>
                        ))}
                      </List>
                    </ScrollArea.Autosize>
                  </Alert>
                )}

                {notes.length > 0 && (
                  <Alert color="blue" icon={<IconInfoCircle size={16} />} title={t('import.alreadyStored')}>
                    <List size="sm">
                      {notes.map((note) => (
                        <List.Item key={note.row}>{locale.word(note.message)}</List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
              </>
            )}
          </>
        )}

        <ImportDialogFooter
          problems={[
            readError ? { title: t('import.cannotImport'), message: readError } : null,
            importError ? { title: t('import.nothingImported'), message: importError } : null,
          ]}
          onCancel={onClose}
          confirm={
            file && {
              label: t('import.confirm', { count: peopleCount }),
              onConfirm: () => void confirm(),
              loading: importing,
              disabled: !checked || peopleCount === 0,
            }
          }
        />
      </Stack>
    </Modal>
  );
}
