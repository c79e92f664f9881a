/** "Load sample trip", offered wherever the app is still empty: it loads the sample and opens it. */
import { Button } from '@mantine/core';
import { IconDatabase } from '@tabler/icons-react';
import { useTripActions } from '../trip-actions';

export function LoadSampleTripButton() {
  const actions = useTripActions();
  return (
    <Button variant="default" leftSection={<IconDatabase size={16} />} onClick={() => void actions.loadSampleTrip()}>
      Load sample trip
    </Button>
  );
}
