/**
 * Moving one trip between computers: a colleague's trip file is read, checked and compared with what is here,
 * and the organiser sees what importing it would add, change and remove before anything is written. The import
 * happens in one transaction and can be undone.
 */
import { Alert, Badge, Button, Card, FileButton, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState, type Ref } from 'react';
import { useNavigate } from 'react-router';
import { formatBackupTime } from '../../domain/files/backup-display';
import type { TripFile } from '../../domain/files/trip-file';
import type { TripImportPlan } from '../../domain/files/trip-import-plan';
import { applyTripFileImport, planTripFileImport } from '../../usecases/trip-file-import';
import { ImportDialogFooter } from '../shared/components/ImportDialogFooter';
import { useRepositories } from '../shared/context';
import { revertOf, useOfferUndo } from '../shared/undo';
import { computerZone } from '../shared/computer-zone';

interface Candidate {
  file: TripFile;
  fileName: string;
  plan: TripImportPlan;
}

export function TripImportCard({ importButtonRef }: { importButtonRef: Ref<HTMLButtonElement> }) {
  const repositories = useRepositories();
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [problem, setProblem] = useState<{ source: string; message: string } | null>(null);
  const resetFile = useRef<() => void>(null);

  const readFile = async (chosen: File | null) => {
    resetFile.current?.();
    if (!chosen) return;
    setProblem(null);
    const planned = await planTripFileImport({ repositories }, await chosen.text());
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
          Move a trip to another computer
        </Title>
        <Text size="sm">
          Export a trip from its page (Export) to hand the plan to a colleague: the file holds the trip with its
          people and organisations. Importing a newer copy of a trip that is here updates it, and shows what
          changed first.
        </Text>
        <Group>
          <FileButton onChange={(file) => void readFile(file)} accept=".json,application/json" resetRef={resetFile}>
            {(props) => (
              <Button {...props} ref={importButtonRef} variant="light" leftSection={<IconFileImport size={16} />}>
                Import a trip file…
              </Button>
            )}
          </FileButton>
        </Group>
        {problem && (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={16} />}
            title={`${problem.source} cannot be imported`}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setProblem(null)}
          >
            {problem.message} Your data has not changed.
          </Alert>
        )}
      </Stack>
      <TripImportModal candidate={candidate} onClose={() => setCandidate(null)} />
    </Card>
  );
}

function TripImportModal({ candidate, onClose }: { candidate: Candidate | null; onClose: () => void }) {
  const repositories = useRepositories();
  const offerUndo = useOfferUndo();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const plan = candidate?.plan;

  const close = () => {
    setProblem(null);
    onClose();
  };

  const confirm = async () => {
    if (!candidate) return;
    setImporting(true);
    const imported = await applyTripFileImport({ repositories }, candidate.file);
    setImporting(false);
    if (!imported.ok) {
      setProblem(imported.error.reason);
      return;
    }
    close();
    const { plan: applied, change } = imported.value;
    const name = applied.tripName;
    offerUndo({
      message: applied.kind === 'new' ? `Imported “${name}”.` : `Updated “${name}” from the file.`,
      undo: revertOf(change),
      undoneMessage: `“${name}” is back as it was before the import.`,
    });
    void navigate(`/trips/${applied.tripId}`);
  };

  const blocked = !plan || plan.refusal !== null || !plan.hasChanges;

  return (
    <Modal opened={candidate !== null} onClose={close} title="Import a trip" size="lg">
      {candidate && plan && (
        <Stack gap="md">
          <Group gap="xs">
            <Text fw={500}>{plan.tripName}</Text>
            <Badge variant="light" color={plan.kind === 'new' ? 'teal' : 'blue'}>
              {plan.kind === 'new' ? 'New trip' : 'Update of a trip that is here'}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            From {candidate.fileName}, made on {formatBackupTime(candidate.file.createdAt, computerZone())} by{' '}
            {candidate.file.app.name} {candidate.file.app.version}.
          </Text>
          {plan.kind === 'update' && plan.changedHere && !plan.refusal && (
            <Alert color="orange" icon={<IconAlertTriangle size={16} />}>
              The trip here was changed after this file was made: importing it puts the file’s older copy back.
            </Alert>
          )}
          {plan.refusal && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />} title="This trip cannot be imported here">
              {plan.refusal}
            </Alert>
          )}
          {!plan.refusal && !plan.hasChanges && (
            <Alert color="gray" icon={<IconInfoCircle size={16} />}>
              Nothing to import: the trip here already holds everything in this file.
            </Alert>
          )}
          {!plan.refusal && plan.hasChanges && (
            <div>
              <Text size="sm" fw={500}>
                {plan.kind === 'new' ? 'What the import adds' : 'What changes'}
              </Text>
              <List size="sm" aria-label="What the import changes" spacing={4}>
                {plan.summary.map((line) => (
                  <List.Item key={line} style={{ overflowWrap: 'anywhere' }}>
                    {line}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {!plan.refusal && plan.warnings.length > 0 && (
            <Alert color="orange" icon={<IconAlertTriangle size={16} />} title="Changed here since the file was made">
              <List size="sm" spacing={2}>
                {plan.warnings.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                Importing replaces these changes with the file’s copy. You can undo the import straight after.
              </Text>
            </Alert>
          )}
          <ImportDialogFooter
            problems={[problem ? { title: 'Nothing was imported', message: problem } : null]}
            onCancel={close}
            cancelLabel={blocked ? 'Close' : 'Cancel'}
            confirm={
              blocked ? null : { label: plan.kind === 'new' ? 'Import trip' : 'Update trip', onConfirm: () => void confirm(), loading: importing }
            }
          />
        </Stack>
      )}
    </Modal>
  );
}
