/**
 * Importing a roster from a CSV file, such as a registration form's export, in two steps: choose the file, then
 * check a preview (which column holds what, the first people as they will be imported, and every row that will
 * be left out and why) before confirming. Nothing is written until the organiser presses Import; Cancel, at any
 * step, leaves everything as it was.
 */
import { Alert, Button, FileButton, Group, List, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { MEMBER_ROLE_LABELS } from '../../domain/people/person';
import { describeRoutePart } from '../../domain/people/person-rules';
import { guessMapping, mappingProblems, readRosterCsv, ROSTER_FIELD_LABELS, ROSTER_FIELDS, type ColumnMapping, type RosterField, type RosterTable } from '../../domain/files/roster-csv';
import { countProblemRows, importCountsMessage, importSummaryMessage, parseRosterRows, type RowNote } from '../../domain/files/roster-rows';
import type { City } from '../../domain/route/city';
import { importRoster } from '../../usecases/roster-import';
import { ImportDialogFooter } from '../shared/components/ImportDialogFooter';
import { useRepositories } from '../shared/context';
import { revertOf, useOfferUndo } from '../shared/undo';

/** Rows shown in the preview table; the counts and problems cover the whole file. */
const PREVIEW_ROWS = 10;
const NOT_IMPORTED = 'none';

const FIELD_OPTIONS = [
  { value: NOT_IMPORTED, label: 'Do not import' },
  ...ROSTER_FIELDS.map((field) => ({ value: field, label: ROSTER_FIELD_LABELS[field] })),
];

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
      setReadError(`${chosen.name}: ${table.error}`);
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
      if (imported.error.kind === 'refused') setImportError(imported.error.reason);
      return;
    }
    const { summary, change } = imported.value;
    offerUndo({
      title: 'Roster imported',
      message: [importSummaryMessage(summary), ...summary.notes.map((note) => note.message)].join('\n'),
      undo: revertOf(change),
      undoneMessage: 'The import is undone: the trip and the directory are as they were.',
    });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title="Import a roster from CSV" size={file ? 'xl' : 'md'}>
      <Stack gap="md">
        {!file ? (
          <>
            <Text size="sm">
              Choose a CSV file with one person per row and a first line that names the columns, such as a
              registration form’s export. Comma, semicolon and tab separators all work. Nothing is imported until you
              have checked the preview.
            </Text>
            <FileButton onChange={(chosen) => void choose(chosen)} accept=".csv,text/csv,text/plain">
              {(props) => (
                <Button {...props} leftSection={<IconFileUpload size={16} />}>
                  Choose a CSV file
                </Button>
              )}
            </FileButton>
          </>
        ) : (
          <>
            <Group justify="space-between">
              <Text size="sm">
                <Text span fw={600}>
                  {file.name}
                </Text>
                : {file.table.rows.length} {file.table.rows.length === 1 ? 'row' : 'rows'}
              </Text>
              <FileButton onChange={(chosen) => void choose(chosen)} accept=".csv,text/csv,text/plain">
                {(props) => (
                  <Button {...props} variant="subtle" size="xs">
                    Choose another file
                  </Button>
                )}
              </FileButton>
            </Group>

            <Stack gap="xs">
              <Text fw={600} size="sm">
                Which column holds what
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                {file.table.headers.map((header, column) => (
                  <Select
                    key={`${column}-${header}`}
                    label={header || `Column ${column + 1}`}
                    data={FIELD_OPTIONS}
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
              <Alert color="yellow" icon={<IconAlertTriangle size={16} />} title="Check the columns">
                <List size="sm">
                  {columnProblems.map((problem) => (
                    <List.Item key={problem}>{problem}</List.Item>
                  ))}
                </List>
              </Alert>
            )}

            {checked && (
              <>
                <Text fw={600} role="status">
                  {importCountsMessage(peopleCount, countProblemRows(checked.problems))}
                </Text>

                {peopleCount > 0 && (
                  <ScrollArea.Autosize mah={320}>
                    <Table aria-label="People to import" verticalSpacing={4} style={{ overflowWrap: 'anywhere' }}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th w={56}>Row</Table.Th>
                          <Table.Th>Name</Table.Th>
                          <Table.Th>Email</Table.Th>
                          <Table.Th>Role</Table.Th>
                          <Table.Th>Part of the route</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {checked.people.slice(0, PREVIEW_ROWS).map((person) => (
                          <Table.Tr key={person.row}>
                            <Table.Td>{person.row}</Table.Td>
                            <Table.Td>{person.name}</Table.Td>
                            <Table.Td>{person.email}</Table.Td>
                            <Table.Td>{MEMBER_ROLE_LABELS[person.role]}</Table.Td>
                            <Table.Td>{describeRoutePart(stops, person.stopIds)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                    {peopleCount > PREVIEW_ROWS && (
                      <Text size="xs" c="dimmed">
                        and {peopleCount - PREVIEW_ROWS} more
                      </Text>
                    )}
                  </ScrollArea.Autosize>
                )}

                {checked.problems.length > 0 && (
                  <Alert color="red" icon={<IconAlertTriangle size={16} />} title="Rows that will be left out">
                    <ScrollArea.Autosize mah={200}>
                      <List size="sm" aria-label="Problems">
                        {checked.problems.map((problem, index) => (
                          <List.Item key={`${problem.row}-${problem.field ?? ''}-${index}`}>{problem.message}</List.Item>
                        ))}
                      </List>
                    </ScrollArea.Autosize>
                  </Alert>
                )}

                {notes.length > 0 && (
                  <Alert color="blue" icon={<IconInfoCircle size={16} />} title="People already stored">
                    <List size="sm">
                      {notes.map((note) => (
                        <List.Item key={note.row}>{note.message}</List.Item>
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
            readError ? { title: 'This file cannot be imported', message: readError } : null,
            importError ? { title: 'Nothing was imported', message: importError } : null,
          ]}
          onCancel={onClose}
          confirm={
            file && {
              label: `Import ${peopleCount} ${peopleCount === 1 ? 'person' : 'people'}`,
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
