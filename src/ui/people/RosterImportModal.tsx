/**
 * Importing a roster from a CSV file, such as a registration form's export, in two steps: choose the file, then
 * check a preview (the encoding it was read in, which column holds what, how its dates are written when they
 * could be read two ways, the first people as they will be imported, and every row that will be left out and
 * why) before confirming. Nothing is written until the organiser presses Import; Cancel, at any step, leaves
 * everything as it was.
 */
import { Alert, Button, FileButton, Group, List, Modal, Radio, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { describeRoutePart } from '../../domain/people/person-rules';
import { guessMapping, IMPORT_FIELD_WORDS, IMPORT_FIELDS, mappingProblems, readRosterFile, type ColumnMapping, type ImportField, type RosterTable } from '../../domain/files/roster-csv';
import { countProblemRows, importCountsMessage, importSummaryMessage, parseRosterRows, rosterDateOrder, type RowNote } from '../../domain/files/roster-rows';
import { DATE_ORDERS, type DateOrder } from '../../domain/files/roster-dates';
import { TEXT_ENCODINGS, type TextEncoding } from '../../domain/files/text-encoding';
import type { City } from '../../domain/route/city';
import { importRoster } from '../../usecases/roster-import';
import { ImportDialogFooter } from '../shared/components/ImportDialogFooter';
import { usePlatform, useRepositories } from '../shared/context';
import { revertOf, useOfferUndo } from '../shared/undo';
import { useLocale } from '../shared/locale';
import { useFocusReturnWhenGone } from '../shared/focus-landing';

/** Rows shown in the preview table; the counts and problems cover the whole file. */
const PREVIEW_ROWS = 10;
const NOT_IMPORTED = 'none';

const isImportField = (value: string): value is ImportField => (IMPORT_FIELDS as readonly string[]).includes(value);
const isTextEncoding = (value: string): value is TextEncoding => (TEXT_ENCODINGS as readonly string[]).includes(value);
const sameHeaders = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((header, index) => header === b[index]);

export interface RosterImportModalProps {
  tripId: string;
  stops: readonly City[];
  onClose: () => void;
}

interface ChosenFile {
  name: string;
  /** The file as it is on disk, to read again in another encoding. */
  bytes: Uint8Array;
  table: RosterTable;
  encoding: TextEncoding;
}

export function RosterImportModal({ tripId, stops, onClose }: RosterImportModalProps) {
  useFocusReturnWhenGone();
  const repositories = useRepositories();
  const platform = usePlatform();
  const { rosterImport } = repositories;
  const offerUndo = useOfferUndo();
  const { t } = useTranslation(['people', 'common']);
  const locale = useLocale();
  const fieldOptions = [
    { value: NOT_IMPORTED, label: t('import.doNotImport') },
    ...IMPORT_FIELDS.map((field) => ({ value: field, label: locale.word(IMPORT_FIELD_WORDS[field]) })),
  ];
  const encodingOptions = TEXT_ENCODINGS.map((encoding) => ({ value: encoding, label: t(`import.encoding.name.${encoding}`) }));
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [notes, setNotes] = useState<RowNote[]>([]);

  /** Reads `bytes` (in `encoding`, or the one detected) as the file shown, keeping the mapping when the headers read the same. */
  const read = async (name: string, bytes: Uint8Array, encoding?: TextEncoding) => {
    setImportError(null);
    setNotes([]);
    const result = await readRosterFile(bytes, encoding);
    if (!result.ok) {
      setReadError(t('import.readError', { file: name, problem: locale.word(result.error) }));
      return;
    }
    setReadError(null);
    const { table } = result.value;
    if (!file || file.bytes !== bytes || !sameHeaders(file.table.headers, table.headers)) setMapping(guessMapping(table.headers));
    if (!file || file.bytes !== bytes) setDateOrder(null);
    setFile({ name, bytes, table, encoding: result.value.encoding });
  };

  const choose = async (chosen: File | null) => {
    if (!chosen) return;
    await read(chosen.name, new Uint8Array(await chosen.arrayBuffer()));
  };

  const columnProblems = useMemo(() => mappingProblems(mapping), [mapping]);
  const dateQuestion = useMemo(() => (file ? rosterDateOrder(file.table, mapping) : null), [file, mapping]);
  const unanswered = dateQuestion?.kind === 'ask' && dateOrder === null;
  const checked = useMemo(() => {
    if (!file || columnProblems.length > 0) return null;
    const order = dateOrder ?? (dateQuestion?.kind === 'clear' ? dateQuestion.order : undefined);
    return parseRosterRows(file.table, mapping, stops, order ? { dateOrder: order } : {});
  }, [file, mapping, stops, columnProblems, dateOrder, dateQuestion]);

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
    if (!checked || peopleCount === 0 || unanswered) return;
    setImporting(true);
    // However the import ends, the button stops: a failure the use case does not answer is told by SaveFailureNotices.
    const imported = await importRoster({ repositories, platform }, tripId, checked.people).finally(() => setImporting(false));
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

            <Group gap="sm" align="flex-end" wrap="nowrap">
              <Stack gap={2} style={{ flex: 1 }}>
                <Text size="sm" role="status">
                  {t('import.encoding.readAs', { encoding: t(`import.encoding.name.${file.encoding}`) })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('import.encoding.hint')}
                </Text>
              </Stack>
              <Select
                label={t('import.encoding.label')}
                data={encodingOptions}
                value={file.encoding}
                allowDeselect={false}
                w={300}
                onChange={(value) => {
                  if (value && isTextEncoding(value) && value !== file.encoding) void read(file.name, file.bytes, value);
                }}
              />
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
                        current.map((field, index) => (index === column ? (value && isImportField(value) ? value : null) : field)),
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

            {dateQuestion?.kind === 'ask' && columnProblems.length === 0 && (
              <Alert color={dateOrder ? 'blue' : 'yellow'} icon={<IconInfoCircle size={16} />}>
                <Radio.Group
                  label={t('import.dateOrder.question')}
                  description={t('import.dateOrder.why', { text: dateQuestion.example.text })}
                  value={dateOrder}
                  onChange={(value) => setDateOrder(DATE_ORDERS.find((order) => order === value) ?? null)}
                >
                  <Stack gap={6} mt="xs">
                    <Radio
                      value="day-first"
                      label={t('import.dateOrder.dayFirst', { text: dateQuestion.example.text, date: locale.dateWithYear(dateQuestion.example.dayFirst) })}
                    />
                    <Radio
                      value="month-first"
                      label={t('import.dateOrder.monthFirst', { text: dateQuestion.example.text, date: locale.dateWithYear(dateQuestion.example.monthFirst) })}
                    />
                  </Stack>
                </Radio.Group>
                {!dateOrder && (
                  <Text size="sm" mt="xs">
                    {t('import.dateOrder.answerFirst')}
                  </Text>
                )}
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
                          <Table.Th w={120}>{t('import.previewColumn.role')}</Table.Th>
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
              disabled: !checked || peopleCount === 0 || unanswered,
            }
          }
        />
      </Stack>
    </Modal>
  );
}
