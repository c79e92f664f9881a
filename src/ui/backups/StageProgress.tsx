/**
 * A long job's progress as the person sees it: the stage in words ("Checking 40,000 times in 24,550 records…"),
 * a bar, and a line under it when there is more to say. A stage whose size is unknown shows a moving full bar.
 */
import { Progress, Stack, Text } from '@mantine/core';

export function StageProgress({ words, fraction, detail, label }: { words: string; fraction: number | null; detail?: string; label: string }) {
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{words}</Text>
      <Progress
        value={fraction === null ? 100 : Math.round(Math.min(1, Math.max(0, fraction)) * 100)}
        striped={fraction === null}
        animated={fraction === null}
        aria-label={label}
        transitionDuration={150}
      />
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
