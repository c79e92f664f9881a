/** Open follow-ups across every trip: what the agency still owes its partners. */
import { Stack, Title } from '@mantine/core';
import { useScreen } from '../shared/use-screen';
import { FollowUpList } from './FollowUpList';

export function FollowUpsScreen() {
  const headingRef = useScreen('Follow-ups');
  return (
    <Stack gap="md">
      <Title order={2} ref={headingRef} tabIndex={-1}>
        Follow-ups
      </Title>
      <FollowUpList fileName="follow-ups" />
    </Stack>
  );
}
