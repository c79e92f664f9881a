/**
 * The programme tab: the trip day by day, each day under its city, every item at the local time where it
 * happens with the home time beside it. Travel days show the change of city and zone; today is marked while
 * the trip is under way. Prints cleanly, whole. The list itself is ProgrammeList.
 */
import { Button, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyEngagementDraft, type EngagementDraft } from '../../domain/engagements/engagement-rules';
import { homeClockPlace } from '../../domain/route/city-names';
import { EngagementFormModal } from '../engagements';
import { useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';
import { ProgrammeList } from './ProgrammeList';
import { usePrinting } from './use-printing';

export function ProgrammeView() {
  const bundle = useCurrentTrip();
  const [adding, setAdding] = useState<EngagementDraft | null>(null);
  const { t } = useTranslation('programme');
  const locale = useLocale();
  const { printing, print } = usePrinting();
  return (
    <Stack gap="md">
      <ProgrammeList
        bundle={bundle}
        printing={printing}
        onAdd={(day) => day.addIn && setAdding(emptyEngagementDraft(day.addIn, day.date))}
        note={
          <>
            <Text size="sm" c="dimmed">
              {t('view.note', { home: locale.place(homeClockPlace(bundle.trip)) })}
            </Text>
            {bundle.stops.length === 0 && (
              <Text size="sm" c="dimmed" mt="xs">
                {t('view.noCities')}
              </Text>
            )}
          </>
        }
        actions={
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={print}>
            {t('view.print')}
          </Button>
        }
      />
      {adding && (
        <EngagementFormModal bundle={bundle} engagementId={null} initial={adding} onClose={() => setAdding(null)} />
      )}
    </Stack>
  );
}
