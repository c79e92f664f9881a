/**
 * Moving one trip between computers: a colleague's trip file is read, checked and compared with what is here,
 * and the organiser sees what importing it would add, change and remove before anything is written, and
 * chooses between the two values of each field both sides changed. The import happens in one transaction and
 * can be undone.
 */
import { Alert, Badge, Button, Card, FileButton, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TripFile } from '../../domain/files/trip-file';
import type { ImportChoices, TripImportPlan } from '../../domain/files/trip-import-plan';
import type { Message } from '../../domain/shared/message';
import { applyTripFileImport, planTripFileImport } from '../../usecases/trip-file-import';
import { ImportDialogFooter } from '../shared/components/ImportDialogFooter';
import { usePlatform, useRepositories } from '../shared/context';
import { revertOf, useOfferUndo } from '../shared/undo';
import { computerZone } from '../shared/computer-zone';
import { useLocale } from '../shared/locale';
import { TripImportClashes } from './TripImportClashes';

interface Candidate {
  file: TripFile;
  fileName: string;
  plan: TripImportPlan;
}

export function TripImportCard({ importButtonRef }: { importButtonRef: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation('backups');
  const locale = useLocale();
  const repositories = useRepositories();
  const platform = usePlatform();
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [problem, setProblem] = useState<{ source: string; message: Message } | null>(null);
  const resetFile = useRef<() => void>(null);

  const readFile = async (chosen: File | null) => {
    resetFile.current?.();
    if (!chosen) return;
    setProblem(null);
    const planned = await planTripFileImport({ repositories, platform }, await chosen.text());
    if (!planned.ok) {
      setProblem({ source: chosen.name, message: planned.error.message });
      return;
    }
    setCandidate({ ...planned.value, fileName: chosen.name });
  };

  return (
    <Card withBorder component="section" aria-labelledby="trip-file-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="trip-file-heading">
          {t('tripImport.heading')}
        </Title>
        <Text size="sm">{t('tripImport.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('tripImport.sensitive')}
        </Text>
        <Group>
          <FileButton onChange={(file) => void readFile(file)} accept=".json,application/json" resetRef={resetFile}>
            {(props) => (
              <Button {...props} ref={importButtonRef} variant="light" leftSection={<IconFileImport size={16} />}>
                {t('tripImport.button')}
              </Button>
            )}
          </FileButton>
        </Group>
        {problem && (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={16} />}
            title={t('tripImport.cannot', { source: problem.source })}
            withCloseButton
            closeButtonLabel={t('restore.dismiss')}
            onClose={() => setProblem(null)}
          >
            {t('restore.unchanged', { problem: locale.word(problem.message) })}
          </Alert>
        )}
      </Stack>
      <TripImportModal candidate={candidate} onClose={() => setCandidate(null)} />
    </Card>
  );
}

function TripImportModal({ candidate, onClose }: { candidate: Candidate | null; onClose: () => void }) {
  const { t } = useTranslation(['backups', 'common']);
  const locale = useLocale();
  const repositories = useRepositories();
  const platform = usePlatform();
  const offerUndo = useOfferUndo();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Message | null>(null);
  const [importing, setImporting] = useState(false);
  const [choices, setChoices] = useState<ImportChoices>({});
  const plan = candidate?.plan;
  // Each file read starts with no choices made: every clashing field keeps this computer's value.
  const [choicesFor, setChoicesFor] = useState(candidate);
  if (choicesFor !== candidate) {
    setChoicesFor(candidate);
    setChoices({});
  }

  const close = () => {
    setProblem(null);
    onClose();
  };

  const confirm = async () => {
    if (!candidate) return;
    setImporting(true);
    const imported = await applyTripFileImport({ repositories, platform }, candidate.file, choices);
    setImporting(false);
    if (!imported.ok) {
      setProblem(imported.error.reason);
      return;
    }
    close();
    const { plan: applied, change } = imported.value;
    const name = applied.tripName;
    offerUndo({
      message: applied.kind === 'new' ? t('tripImport.imported', { name }) : t('tripImport.updated', { name }),
      undo: revertOf(change),
      undoneMessage: t('tripImport.undone', { name }),
    });
    void navigate(`/trips/${applied.tripId}`);
  };

  const blocked = !plan || plan.refusal !== null || !plan.hasChanges;

  return (
    <Modal opened={candidate !== null} onClose={close} title={t('tripImport.title')} size="lg">
      {candidate && plan && (
        <Stack gap="md">
          <Group gap="xs">
            <Text fw={500}>{plan.tripName}</Text>
            <Badge variant="light" color={plan.kind === 'new' ? 'teal' : 'blue'}>
              {plan.kind === 'new' ? t('tripImport.new') : t('tripImport.update')}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('tripImport.from', {
              file: candidate.fileName,
              time: locale.instant(candidate.file.createdAt, computerZone()),
              app: candidate.file.app.name,
              version: candidate.file.app.version,
            })}
          </Text>
          {plan.mergedWith && !plan.refusal && (
            <Text size="sm">
              {t(plan.mergedWith.direction === 'sent' ? 'tripImport.mergedWithSent' : 'tripImport.mergedWithReceived', {
                time: locale.instant(plan.mergedWith.recordedAt, computerZone()),
              })}
            </Text>
          )}
          {plan.kind === 'update' && plan.changedHere && !plan.refusal && (
            <Alert color="orange" icon={<IconAlertTriangle size={16} />}>
              {t('tripImport.changedHere')}
            </Alert>
          )}
          {plan.refusal && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />} title={t('tripImport.refused')}>
              {locale.word(plan.refusal)}
            </Alert>
          )}
          {!plan.refusal && !plan.hasChanges && (
            <Alert color="gray" icon={<IconInfoCircle size={16} />}>
              {t('tripImport.nothing')}
            </Alert>
          )}
          {!plan.refusal && plan.hasChanges && (
            <div>
              <Text size="sm" fw={500}>
                {plan.kind === 'new' ? t('tripImport.adds') : t('tripImport.changes')}
              </Text>
              <List size="sm" aria-label={t('tripImport.listLabel')} spacing={4}>
                {plan.summary.map((line) => locale.word(line)).map((line) => (
                  <List.Item key={line} style={{ overflowWrap: 'anywhere' }}>
                    {line}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {!plan.refusal && <TripImportClashes plan={plan} choices={choices} onChange={setChoices} />}
          {!plan.refusal && plan.warnings.length > 0 && (
            <Alert
              color="orange"
              icon={<IconAlertTriangle size={16} />}
              title={plan.mergedWith ? t('tripImport.keptTitle') : t('tripImport.warnings')}
            >
              <List size="sm" spacing={2}>
                {plan.warnings.map((line) => locale.word(line)).map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                {plan.mergedWith ? t('tripImport.keptNote') : t('tripImport.warningsNote')}
              </Text>
            </Alert>
          )}
          <ImportDialogFooter
            problems={[problem ? { title: t('tripImport.nothingImported'), message: locale.word(problem) } : null]}
            onCancel={close}
            cancelLabel={blocked ? t('tripImport.close') : t('common:action.cancel')}
            confirm={
              blocked
                ? null
                : {
                    label: plan.kind === 'new' ? t('tripImport.importTrip') : t('tripImport.updateTrip'),
                    onConfirm: () => void confirm(),
                    loading: importing,
                  }
            }
          />
        </Stack>
      )}
    </Modal>
  );
}
