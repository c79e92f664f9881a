/**
 * Shown instead of the app when the data could not be opened (see storage/database-open.ts). It stands on its
 * own, with no router and no repositories, since the database behind them is what failed: it says what
 * happened in plain words, saves a copy of the data exactly as it is stored, and offers to try again. It is
 * inside the language's provider (src/start.tsx), so it speaks the reader's language like the rest of the app.
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
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeFileName } from '../../domain/shared/file-name';
import type { Result } from '../../domain/shared/result';
import type { Platform } from '../../platform';
import type { OpenFailure } from '../../storage/database-open';
import { exportStoredData, type StoredExport, type StoredReadProblem } from '../../storage/raw-export';
import { useLocale, type Locale } from '../shared/locale';
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
  const { t } = useTranslation('backups');
  const locale = useLocale();
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const { title, explanation, advice } = wordsFor(t, failure);
  // A blocked open stays queued in IndexedDB until the other window lets go, and any other open of the data,
  // the copy's included, waits behind it: the copy can be saved from the other window.
  const canSaveCopy = failure.kind !== 'blocked';

  async function saveCopy() {
    setSave({ status: 'saving' });
    try {
      const stored = await readStoredData();
      if (!stored.ok) {
        setSave({ status: 'failed', message: locale.word(stored.error.message) });
        return;
      }
      const result = await platform.saveFile({
        suggestedName: copyFileName(t, stored.value.schemaVersion, new Date()),
        content: stored.value.text,
        filters: [{ name: t('recovery.filter'), extensions: ['json'] }],
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
                {t('recovery.product')}
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
                  {t('recovery.saveCopy')}
                </Button>
              )}
              <Button size="md" variant={canSaveCopy ? 'default' : 'filled'} onClick={onTryAgain}>
                {t('recovery.tryAgain')}
              </Button>
            </Group>

            {save.status === 'saved' && (
              <Alert color="teal" title={t('recovery.savedTitle')} role="status">
                {t('recovery.saved', { path: save.path, records: recordsInWords(t, locale, save.records) })}
              </Alert>
            )}
            {save.status === 'failed' && (
              <Alert color="red" title={t('recovery.notSaved')}>
                {save.message}
              </Alert>
            )}

            <Accordion variant="contained" chevronPosition="left">
              <Accordion.Item value="detail">
                <Accordion.Control>{t('recovery.detail')}</Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    <Text size="sm">
                      {failure.storedVersion !== undefined
                        ? t('recovery.problemStored', { kind: failure.kind, storedVersion: failure.storedVersion, appVersion: failure.appVersion })
                        : t('recovery.problem', { kind: failure.kind, appVersion: failure.appVersion })}
                    </Text>
                    {/* Wrapped, not scrolled: the detail is read, or copied into a message, whole. */}
                    <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {locale.word(failure.message)}
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

function wordsFor(t: TFunction<'backups'>, failure: OpenFailure): Words {
  const stored = failure.storedVersion;
  switch (failure.kind) {
    case 'upgrade-failed':
      return {
        title: t('recovery.upgradeFailed.title'),
        explanation:
          stored !== undefined
            ? t('recovery.upgradeFailed.explanationStored', { storedVersion: stored })
            : t('recovery.upgradeFailed.explanation'),
        advice: t('recovery.upgradeFailed.advice'),
      };
    case 'newer-version':
      return {
        title: t('recovery.newerVersion.title'),
        explanation:
          stored !== undefined
            ? t('recovery.newerVersion.explanationStored', { storedVersion: stored })
            : t('recovery.newerVersion.explanation'),
        advice: t('recovery.newerVersion.advice'),
      };
    case 'blocked':
      return { title: t('recovery.blocked.title'), explanation: t('recovery.blocked.explanation'), advice: t('recovery.blocked.advice') };
    case 'unavailable':
      return {
        title: t('recovery.unavailable.title'),
        explanation: t('recovery.unavailable.explanation'),
        advice: t('recovery.unavailable.advice'),
      };
  }
}

function recordsInWords(t: TFunction<'backups'>, locale: Locale, count: number): string {
  if (count === 0) return t('recovery.noRecords');
  return t('recovery.records', { count, n: count });
}

/** "Delegation Planner data (version 3) 2026-11-21.json", dated on the computer's calendar, in the reader's words. */
function copyFileName(t: TFunction<'backups'>, schemaVersion: number, now: Date): string {
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return safeFileName(t('recovery.fileName', { version: schemaVersion, date }), 'json', t('recovery.fileFallback'));
}
