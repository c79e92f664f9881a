/**
 * Importing a calendar file (.ics), such as a partner's invitation, as engagements, in two steps: choose the
 * file, then check a preview of its events (each at its time in its own zone, the city it goes to with the
 * time there, and anything that stops it or needs checking) and choose which to import. Nothing is written
 * until the organiser confirms, and then all at once; a file that cannot be read changes nothing.
 */
import { Badge, Button, Checkbox, FileButton, Group, List, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { CalendarImportPreview } from '../../domain/calendars/calendar-import-preview';
import type { ImportedEvent } from '../../domain/calendars/imported-event';
import { formatLongDate, utcOffsetLabel } from '../../domain/shared/time';
import { addDays } from '../../domain/shared/date-arithmetic';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { importCalendarEvents, previewCalendarFile } from '../../usecases/calendar-import';
import { ImportDialogFooter } from '../shared/components/ImportDialogFooter';
import { useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { revertOf, useOfferUndo } from '../shared/undo';
import { countedNoun } from '../../domain/shared/counted-noun';

export interface CalendarImportModalProps {
  bundle: TripBundle;
  onClose: () => void;
}

interface ChosenFile {
  name: string;
  preview: CalendarImportPreview;
}

/** "Sat 12 Nov 2016, 15:00–16:30 Asia/Shanghai (UTC+8)", as the file gives it. */
function ownTime(event: ImportedEvent): string {
  if (event.dates) {
    // The file's end date is the day after the last (exclusive): a one-day event is that day alone.
    const lastDay = addDays(event.dates.end, -1);
    return lastDay <= event.dates.start
      ? `${formatLongDate(event.dates.start)}, all day`
      : `${formatLongDate(event.dates.start)} to ${formatLongDate(lastDay)}, all day`;
  }
  const { start, end } = event;
  if (!start || !end) return event.timing === 'floating' ? 'No time zone given' : 'Time not readable';
  const endDay = end.local.slice(0, 10) === start.local.slice(0, 10) ? '' : ` (${formatLongDate(end.local.slice(0, 10))})`;
  const range = `${formatLongDate(start.local.slice(0, 10))}, ${start.local.slice(11)}–${end.local.slice(11)}${endDay}`;
  if (event.timing === 'floating') return `${range}, no time zone given`;
  if (event.timing === 'utc') return `${range} UTC`;
  const offset = utcOffsetLabel(start.zone, start.utc);
  return `${range} ${event.tzid ?? start.zone} (${offset})`;
}

/** "Tianjin, 10:00–11:00", the engagement as it will be kept. */
function cityTime(event: ImportedEvent, stopName: string | undefined): string {
  if (!stopName) return 'No city';
  if (!event.draft) return stopName;
  return `${stopName}, ${event.draft.startTime}–${event.draft.endTime}`;
}

/** "Import 2 engagements", "Update 1 engagement", "Import 1 and update 1"; or, done, "1 engagement added". */
function importSummary(adding: number, updating: number, done = false): string {
  const engagements = (count: number) => countedNoun(count, 'engagement');
  if (done) {
    return [adding ? `${engagements(adding)} added` : '', updating ? `${engagements(updating)} updated` : '']
      .filter(Boolean)
      .join(' and ');
  }
  if (updating === 0) return `Import ${engagements(adding)}`;
  if (adding === 0) return `Update ${engagements(updating)}`;
  return `Import ${adding} and update ${updating}`;
}

export function CalendarImportModal({ bundle, onClose }: CalendarImportModalProps) {
  const repositories = useRepositories();
  const offerUndo = useOfferUndo();
  const locale = useLocale();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [readError, setReadError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const stopNames = useMemo(() => new Map(bundle.stops.map((stop) => [stop.id, stop.name])), [bundle.stops]);

  const choose = async (picked: File | null) => {
    if (!picked) return;
    setImportError(null);
    const preview = await previewCalendarFile(picked, bundle);
    if (!preview.ok) {
      // The last file's preview goes with it, so nothing can be imported from under the error.
      setFile(null);
      setChosen(new Set());
      const refused = preview.error;
      setReadError(
        refused.kind === 'too-large'
          ? `${picked.name}: the file is larger than ${refused.maxBytes / (1024 * 1024)} MB, too large for an invitation or a trip’s calendar.`
          : `${picked.name}: ${refused.reason}`,
      );
      return;
    }
    setReadError(null);
    setFile({ name: picked.name, preview: preview.value });
    setChosen(new Set(preview.value.events.filter((event) => event.draft).map((event) => event.position)));
  };

  const importable = file?.preview.events.filter((event) => event.draft) ?? [];
  const selected = importable.filter((event) => chosen.has(event.position));

  const toggle = (position: number, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(position);
      else next.delete(position);
      return next;
    });

  const adding = selected.filter((event) => !event.updates).length;
  const updating = selected.length - adding;

  const confirm = async () => {
    if (selected.length === 0) return;
    setImporting(true);
    const imported = await importCalendarEvents({ repositories }, bundle.trip.id, selected);
    setImporting(false);
    if (!imported.ok) {
      if (imported.error.kind === 'refused') setImportError(locale.word(imported.error.reason));
      return;
    }
    const { added, updated, stopIds, change } = imported.value;
    const cities = [...new Set(stopIds.map((stopId) => stopNames.get(stopId) ?? ''))].filter(Boolean);
    offerUndo({
      title: 'Calendar imported',
      message: `${importSummary(added, updated, true)} in ${cities.join(', ')}.`,
      undo: revertOf(change),
      undoneMessage: 'The calendar import is undone.',
    });
    onClose();
  };

  const fileButton = (label: string, variant: 'filled' | 'subtle') => (
    <FileButton onChange={(picked) => void choose(picked)} accept=".ics,text/calendar">
      {(props) => (
        <Button {...props} variant={variant} size={variant === 'subtle' ? 'xs' : 'sm'} leftSection={variant === 'filled' ? <IconFileUpload size={16} /> : undefined}>
          {label}
        </Button>
      )}
    </FileButton>
  );

  return (
    <Modal opened onClose={onClose} title="Import a calendar file" size={file ? '90rem' : 'md'}>
      <Stack gap="md">
        {!file ? (
          <>
            <Text size="sm">
              Choose an .ics file, such as an invitation a partner sent. Its events become engagements at the city of
              the trip they belong to, at their time there. Nothing is imported until you have checked the preview.
            </Text>
            <div>{fileButton('Choose an .ics file', 'filled')}</div>
          </>
        ) : (
          <>
            <Group justify="space-between">
              <Text size="sm">
                <Text span fw={600}>
                  {file.name}
                </Text>
                {file.preview.calendarName ? ` (“${file.preview.calendarName}”)` : ''}: {file.preview.events.length}{' '}
                {file.preview.events.length === 1 ? 'event' : 'events'}, {importable.length} can be imported
              </Text>
              {fileButton('Choose another file', 'subtle')}
            </Group>
            <ScrollArea.Autosize mah="55vh">
              <Table aria-label="Events in the file" verticalSpacing="xs" layout="fixed" style={{ overflowWrap: 'anywhere' }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={84}>Import</Table.Th>
                    <Table.Th w="22%">Event</Table.Th>
                    <Table.Th w="24%">In its own time</Table.Th>
                    <Table.Th w="16%">City, local time</Table.Th>
                    <Table.Th>Notes</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {file.preview.events.map((event) => {
                    const title = event.title || 'Untitled event';
                    const blocking = event.problems.filter((problem) => problem.blocking);
                    const warnings = event.problems.filter((problem) => !problem.blocking);
                    return (
                      <Table.Tr key={event.position}>
                        <Table.Td>
                          <Checkbox
                            label={event.updates ? 'Update' : undefined}
                            aria-label={`${event.updates ? 'Update' : 'Import'} “${title}”`}
                            checked={chosen.has(event.position)}
                            disabled={!event.draft}
                            onChange={(change) => toggle(event.position, change.currentTarget.checked)}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {title}
                          </Text>
                          {event.location && (
                            <Text size="xs" c="dimmed">
                              {event.location}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{ownTime(event)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{cityTime(event, event.stopId ? stopNames.get(event.stopId) : undefined)}</Text>
                        </Table.Td>
                        <Table.Td>
                          {blocking.length === 0 && warnings.length === 0 && (
                            <Badge variant="light" color="teal" tt="none">
                              Ready
                            </Badge>
                          )}
                          <List size="sm" spacing={2}>
                            {blocking.map((problem) => (
                              <List.Item key={`${problem.kind}-${problem.message}`}>
                                <Text span size="sm" c="red.8" fw={600}>
                                  Not imported:
                                </Text>{' '}
                                {problem.message}
                              </List.Item>
                            ))}
                            {warnings.map((problem) => (
                              <List.Item key={`${problem.kind}-${problem.message}`}>
                                <Text span size="sm" c="orange.9" fw={600}>
                                  Check:
                                </Text>{' '}
                                {problem.message}
                              </List.Item>
                            ))}
                          </List>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}

        <ImportDialogFooter
          problems={[
            readError ? { title: 'This file cannot be imported', message: `${readError} Nothing was changed.` } : null,
            importError ? { title: 'Nothing was imported', message: importError } : null,
          ]}
          onCancel={onClose}
          confirm={
            file && {
              label: importSummary(adding, updating),
              onConfirm: () => void confirm(),
              loading: importing,
              disabled: selected.length === 0,
            }
          }
        />
      </Stack>
    </Modal>
  );
}
