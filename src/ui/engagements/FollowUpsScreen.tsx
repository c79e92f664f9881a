/** Open follow-ups across every trip: what the agency still owes its partners. */
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useScreen } from '../shared/use-screen';
import { FollowUpList } from './FollowUpList';

export function FollowUpsScreen() {
  const { t } = useTranslation('directory');
  const headingRef = useScreen(t('followUps.title'));
  return (
    <Stack gap="md">
      <Title order={2} ref={headingRef} tabIndex={-1}>
        {t('followUps.title')}
      </Title>
      <FollowUpList />
    </Stack>
  );
}
