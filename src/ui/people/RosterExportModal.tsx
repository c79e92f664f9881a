/** Exporting the roster as CSV: passport details go in only when the organiser ticks them. */
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../../domain/route/city';
import { useRosterExport } from './roster-export';

export function RosterExportModal({
  opened,
  trip,
  cities,
  onClose,
}: {
  opened: boolean;
  trip: { id: string; name: string };
  cities: readonly City[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['people', 'common']);
  const exportRoster = useRosterExport();
  const [includePassportDetails, setIncludePassportDetails] = useState(false);
  const [exporting, setExporting] = useState(false);
  const submit = async () => {
    setExporting(true);
    await exportRoster(trip, cities, { includePassportDetails });
    setExporting(false);
    setIncludePassportDetails(false);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('people:export.title')}>
      <Stack gap="md">
        <Text size="sm">{t('people:export.intro')}</Text>
        <Checkbox
          label={t('people:export.includePassport')}
          description={t('people:export.includePassportHint')}
          checked={includePassportDetails}
          onChange={(event) => setIncludePassportDetails(event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button leftSection={<IconFileExport size={16} />} loading={exporting} onClick={() => void submit()} data-autofocus>
            {t('people:export.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
