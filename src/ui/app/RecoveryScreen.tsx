/**
 * Shown instead of the app when the data could not be opened (see storage/database-open.ts). It stands on its
 * own, with no router and no repositories, since the database behind them is what failed: it says what
 * happened in plain words, saves a copy of the data exactly as it is stored, and offers to try again.
 */
import {
  Accordion,
  Alert,
  Button,
  Code,
  Container,
  Group,
  MantineProvider,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { safeFileName } from '../../domain/shared/file-name';
import type { Result } from '../../domain/shared/result';
import type { Platform } from '../../platform';
import type { OpenFailure } from '../../storage/database-open';
import { exportStoredData, type StoredExport, type StoredReadProblem } from '../../storage/raw-export';
import { useAppTheme } from './theme';

type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; path: string; records: number }
  | { status: 'failed'; message: string };

export interface RecoveryScreenProps {
  failure: OpenFailure;
  platform: Platform;
  /** Reads the data as it is stored; by default from this browser's IndexedDB. */
  readStoredData?: () => Promise<Result<StoredExport, StoredReadProblem>>;
  /** Starts the app again; by default reloads the page. */
  onTryAgain?: () => void;
}

export function RecoveryScreen({
  failure,
  platform,
  readStoredData = exportStoredData,
  onTryAgain = () => window.location.reload(),
}: RecoveryScreenProps) {
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const { title, explanation, advice } = wordsFor(failure);
  // A blocked open stays queued in IndexedDB until the other window lets go, and any other open of the data,
  // the copy's included, waits behind it: the copy can be saved from the other window.
  const canSaveCopy = failure.kind !== 'blocked';

  async function saveCopy() {
    setSave({ status: 'saving' });
    try {
      const stored = await readStoredData();
      if (!stored.ok) {
        setSave({ status: 'failed', message: stored.error.message });
        return;
      }
      const result = await platform.saveFile({
        suggestedName: copyFileName(stored.value.schemaVersion, new Date()),
        content: stored.value.text,
        filters: [{ name: 'Delegation Planner data', extensions: ['json'] }],
      });
      if (result.status === 'saved') {
        const records = Object.values(stored.value.counts).reduce((sum, count) => sum + count, 0);
        setSave({ status: 'saved', path: result.path, records });
      } else if (result.status === 'failed') {
        setSave({ status: 'failed', message: result.message });
      } else {
        setSave({ status: 'idle' });
      }
    } catch (error) {
      setSave({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const theme = useAppTheme();
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Container size={640} py={64} component="main">
        <Paper withBorder radius="md" p="xl" shadow="sm">
          <Stack gap="lg">
            <Stack gap="xs">
              <Text size="sm" fw={600} c="dimmed">
                Delegation Planner
              </Text>
              <Title order={1} size="h2">
                {title}
              </Title>
            </Stack>
            <Text>{explanation}</Text>
            <Text>{advice}</Text>

            <Group gap="sm">
              {canSaveCopy && (
                <Button size="md" loading={save.status === 'saving'} onClick={() => void saveCopy()}>
                  Save a copy of my data
                </Button>
              )}
              <Button size="md" variant={canSaveCopy ? 'default' : 'filled'} onClick={onTryAgain}>
                Try again
              </Button>
            </Group>

            {save.status === 'saved' && (
              <Alert color="teal" title="A copy of your data is saved" role="status">
                Saved as “{save.path}”, holding {recordsInWords(save.records)}. Keep this file: a working version of
                Delegation Planner can restore it as a backup.
              </Alert>
            )}
            {save.status === 'failed' && (
              <Alert color="red" title="The copy was not saved">
                {save.message}
              </Alert>
            )}

            <Accordion variant="contained" chevronPosition="left">
              <Accordion.Item value="detail">
                <Accordion.Control>Technical detail</Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    <Text size="sm">
                      Problem: {failure.kind}
                      {failure.storedVersion !== undefined ? `; data stored as version ${failure.storedVersion}` : ''};
                      this app reads data up to version {failure.appVersion}.
                    </Text>
                    {/* Wrapped, not scrolled: the detail is read, or copied into a message, whole. */}
                    <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {failure.message}
                    </Code>
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          </Stack>
        </Paper>
      </Container>
    </MantineProvider>
  );
}

interface Words {
  title: string;
  explanation: string;
  advice: string;
}

function wordsFor(failure: OpenFailure): Words {
  const stored = failure.storedVersion;
  switch (failure.kind) {
    case 'upgrade-failed':
      return {
        title: 'Your data could not be updated',
        explanation:
          stored !== undefined
            ? `The app could not update your data to this version. Your data has not been changed: it is still stored as version ${stored}.`
            : 'The app could not update your data to this version. Your data has not been changed.',
        advice:
          'Save a copy of your data first, then try again. If it fails again, keep the copy and send the technical detail below to whoever looks after the app: a corrected version can restore the copy.',
      };
    case 'newer-version':
      return {
        title: 'This data is from a newer version',
        explanation: `This data was saved by a newer version of Delegation Planner${
          stored !== undefined ? ` (data version ${stored})` : ''
        }, which this version cannot read. Your data has not been changed.`,
        advice: 'Open it with that newer version of Delegation Planner, or a later one. You can save a copy of the data here first.',
      };
    case 'blocked':
      return {
        title: 'Your data is in use in another window',
        explanation:
          'Delegation Planner is open in another window or tab that keeps your data in use, so this one cannot update it. Your data has not been changed.',
        advice: 'Close the other Delegation Planner windows and tabs, then try again. To save a copy of your data first, use one of those windows.',
      };
    case 'unavailable':
      return {
        title: 'Your data could not be opened',
        explanation:
          'The place where this computer keeps your data could not be opened. This can happen in a private window, when storage for this app is turned off, or when the disk has a problem. Nothing was changed.',
        advice: 'Try again. If it keeps happening, save a copy of your data if you can, and send the technical detail below to whoever looks after the app.',
      };
  }
}

function recordsInWords(count: number): string {
  if (count === 0) return 'no records';
  return count === 1 ? '1 record' : `${count} records`;
}

/** "Delegation Planner data (version 3) 2026-11-21.json", dated on the computer's calendar. */
function copyFileName(schemaVersion: number, now: Date): string {
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return safeFileName(`Delegation Planner data (version ${schemaVersion}) ${date}`, 'json', 'Delegation Planner data');
}
