/**
 * Importing a calendar file (.ics), such as a partner's invitation, as engagements, in two steps: choose the
 * file, then check a preview of its events (each at its time in its own zone, the city it goes to with the
 * time there, and anything that stops it or needs checking) and choose which to import. Nothing is written
 * until the organiser confirms, and then all at once; a file that cannot be read changes nothing.
 */
import { Badge, Button, Checkbox, FileButton, Group, List, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { memo, useCallback, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CalendarImportPreview } from '../../domain/calendars/calendar-import-preview';
import type { ImportedEvent } from '../../domain/calendars/imported-event';
import { message } from '../../domain/shared/message';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { importCalendarEvents, previewCalendarFile } from '../../usecases/calendar-import';
import { ImportDialogFooter } from '../shared/components/ImportDialogFooter';
import { usePlatform, useRepositories } from '../shared/context';
import { revertOf, useOfferUndo } from '../shared/undo';
import { useLocale, type Locale } from '../shared/locale';
import { useFocusReturnWhenGone } from '../shared/focus-landing';
import { importRowWords, type ImportRowWords } from './calendar-import-rows';

export interface CalendarImportModalProps {
  bundle: TripBundle;
  onClose: () => void;
}

interface ChosenFile {
  name: string;
  preview: CalendarImportPreview;
}

/** "Import 2 engagements", "Update 1 engagement", "Import 1 and update 1"; or, done, "1 engagement added". */
function importSummary(adding: number, updating: number, locale: Locale, done = false): string {
  const { word } = locale;
  if (done) {
    const added = word(message('calendars:importDialog.done.added', { count: adding }));
    const updated = word(message('calendars:importDialog.done.updated', { count: updating }));
    if (adding && updating) return word(message('calendars:importDialog.done.both', { added, updated }));
    return adding ? added : updating ? updated : '';
  }
  if (updating === 0) return word(message('calendars:importDialog.confirm.import', { count: adding }));
  if (adding === 0) return word(message('calendars:importDialog.confirm.update', { count: updating }));
  return word(message('calendars:importDialog.confirm.both', { adding, updating }));
}

export function CalendarImportModal({ bundle, onClose }: CalendarImportModalProps) {
  useFocusReturnWhenGone();
  const repositories = useRepositories();
  const platform = usePlatform();
  const offerUndo = useOfferUndo();
  const { t } = useTranslation('calendars');
  const locale = useLocale();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [readError, setReadError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const stopNames = useMemo(() => new Map(bundle.stops.map((stop) => [stop.id, locale.city(stop)])), [bundle.stops, locale]);

  const choose = async (picked: File | null) => {
    if (!picked) return;
    setImportError(null);
    const worker = (await import('../../usecases/calendar-worker')).calendarWorker();
    const preview = await previewCalendarFile(picked, bundle, locale, worker);
    if (!preview.ok) {
      // The last file's preview goes with it, so nothing can be imported from under the error.
      setFile(null);
      setChosen(new Set());
      const refused = preview.error;
      setReadError(
        refused.kind === 'too-large'
          ? t('importDialog.tooLarge', { file: picked.name, size: locale.number(refused.maxBytes / (1024 * 1024)) })
          : t('importDialog.unreadable', { file: picked.name, reason: locale.word(refused.reason) }),
      );
      return;
    }
    setReadError(null);
    setFile({ name: picked.name, preview: preview.value });
    setChosen(new Set(preview.value.events.filter((event) => event.draft).map((event) => event.position)));
  };

  const importable = file?.preview.events.filter((event) => event.draft) ?? [];
  const selected = importable.filter((event) => chosen.has(event.position));

  // The same function for every drawing, so that ticking one box draws that row alone (EventRow is memoised).
  const toggle = useCallback(
    (position: number, on: boolean) =>
      setChosen((current) => {
        const next = new Set(current);
        if (on) next.add(position);
        else next.delete(position);
        return next;
      }),
    [],
  );
  const wordsOf = useMemo(() => importRowWords(locale, stopNames), [locale, stopNames]);

  const adding = selected.filter((event) => !event.updates).length;
  const updating = selected.length - adding;

  const confirm = async () => {
    if (selected.length === 0) return;
    setImporting(true);
    // However the import ends, the button stops: a failure the use case does not answer is told by SaveFailureNotices.
    const imported = await importCalendarEvents({ repositories, platform }, bundle.trip.id, selected).finally(() => setImporting(false));
    if (!imported.ok) {
      if (imported.error.kind === 'refused') setImportError(locale.word(imported.error.reason));
      return;
    }
    const { added, updated, stopIds, change } = imported.value;
    const cities = [...new Set(stopIds.map((stopId) => stopNames.get(stopId) ?? ''))].filter(Boolean);
    const separator = locale.word(message('calendars:event.nameSeparator'));
    offerUndo({
      title: t('importDialog.imported'),
      message: t('importDialog.importedIn', { summary: importSummary(added, updated, locale, true), cities: cities.join(separator) }),
      undo: revertOf(change),
      undoneMessage: t('importDialog.undone'),
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
    <Modal opened onClose={onClose} title={t('importDialog.title')} size={file ? '90rem' : 'md'}>
      <Stack gap="md">
        {!file ? (
          <>
            <Text size="sm">{t('importDialog.intro')}</Text>
            <div>{fileButton(t('importDialog.choose'), 'filled')}</div>
          </>
        ) : (
          <>
            <Group justify="space-between">
              <Text size="sm">
                <Trans
                  t={t}
                  i18nKey={file.preview.calendarName ? 'importDialog.summaryNamed' : 'importDialog.summary'}
                  values={{
                    file: file.name,
                    calendar: file.preview.calendarName ?? '',
                    count: file.preview.events.length,
                    importable: importable.length,
                  }}
                  components={{ b: <Text span fw={600} /> }}
                />
              </Text>
              {fileButton(t('importDialog.chooseAnother'), 'subtle')}
            </Group>
            <ScrollArea.Autosize mah="55vh">
              <Table aria-label={t('importDialog.table.label')} verticalSpacing="xs" layout="fixed" style={{ overflowWrap: 'anywhere' }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={84}>{t('importDialog.table.import')}</Table.Th>
                    <Table.Th w="22%">{t('importDialog.table.event')}</Table.Th>
                    <Table.Th w="24%">{t('importDialog.table.ownTime')}</Table.Th>
                    <Table.Th w="16%">{t('importDialog.table.cityTime')}</Table.Th>
                    <Table.Th>{t('importDialog.table.notes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {file.preview.events.map((event) => (
                    <EventRow
                      key={event.position}
                      event={event}
                      words={wordsOf(event)}
                      chosen={chosen.has(event.position)}
                      onToggle={toggle}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}

        <ImportDialogFooter
          problems={[
            readError ? { title: t('importDialog.cannotImport'), message: t('importDialog.nothingChanged', { error: readError }) } : null,
            importError ? { title: t('importDialog.nothingImported'), message: importError } : null,
          ]}
          onCancel={onClose}
          confirm={
            file && {
              label: importSummary(adding, updating, locale),
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

interface EventRowProps {
  event: ImportedEvent;
  words: ImportRowWords;
  chosen: boolean;
  onToggle: (position: number, on: boolean) => void;
}

/** One event of the preview: drawn again only when its own props change, not when another box is ticked. */
const EventRow = memo(function EventRow({ event, words, chosen, onToggle }: EventRowProps) {
  const { t } = useTranslation('calendars');
  const { language } = useLocale();
  const { title, blocking, warnings } = words;
  const space = language === 'zh-CN' ? '' : ' ';
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          label={event.updates ? t('importDialog.update') : undefined}
          aria-label={event.updates ? t('importDialog.updateTitle', { title }) : t('importDialog.importTitle', { title })}
          checked={chosen}
          disabled={!event.draft}
          onChange={(change) => onToggle(event.position, change.currentTarget.checked)}
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
        <Text size="sm">{words.ownTime}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{words.cityTime}</Text>
      </Table.Td>
      <Table.Td>
        {blocking.length === 0 && warnings.length === 0 && (
          <Badge variant="light" color="teal" tt="none">
            {t('importDialog.ready')}
          </Badge>
        )}
        <List size="sm" spacing={2}>
          {blocking.map((problem, index) => (
            <List.Item key={`blocking-${index}`}>
              <Text span size="sm" c="red.8" fw={600}>
                {t('importDialog.notImported')}
              </Text>
              {space}
              {problem}
            </List.Item>
          ))}
          {warnings.map((problem, index) => (
            <List.Item key={`warning-${index}`}>
              <Text span size="sm" c="orange.9" fw={600}>
                {t('importDialog.check')}
              </Text>
              {space}
              {problem}
            </List.Item>
          ))}
        </List>
      </Table.Td>
    </Table.Tr>
  );
});
