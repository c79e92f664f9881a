/**
 * "Load sample trip", offered wherever the app is still empty and in the menu: it loads a sample and opens it.
 * There are two samples, the Liverpool mission to China (planned in English) and Shenzhen's delegation abroad
 * (planned in Chinese); each control says which it loads.
 */
import { Button, Menu } from '@mantine/core';
import { IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SampleTripName } from '../../../domain/trip/sample-trip-tables';
import { useTripActions } from '../trip-actions';

export function LoadSampleTripButton({ sample = 'liverpool' }: { sample?: SampleTripName }) {
  const actions = useTripActions();
  const { t } = useTranslation('samples');
  return (
    // The sample's story as the browser's own tooltip: a Mantine Tooltip left open over the button kept the page
    // busy enough to slow the route map's first drawing.
    <Button
      variant="default"
      leftSection={<IconDatabase size={16} />}
      title={t(`about.${sample}`)}
      onClick={() => void actions.loadSampleTrip(sample)}
    >
      {t(`load.${sample}`)}
    </Button>
  );
}

/** The menu's item for one sample. */
export function LoadSampleTripMenuItem({ sample }: { sample: SampleTripName }) {
  const actions = useTripActions();
  const { t } = useTranslation('samples');
  return (
    <Menu.Item leftSection={<IconDatabase size={16} />} onClick={() => void actions.loadSampleTrip(sample)}>
      {t(`load.${sample}`)}
    </Menu.Item>
  );
}
