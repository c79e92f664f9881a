/**
 * One engagement: everything the delegation needs to know before it, the outcome after it, and the
 * follow-up actions it leaves.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ENGAGEMENT_DETAILS, ENGAGEMENT_KIND_LABELS, ENGAGEMENT_STATUS_LABELS } from '../../domain/engagements/engagement';
import {
  attendanceOf,
  compareFollowUps,
  engagementToDraft,
  isOverdue,
  type EngagementDraft,
  type FollowUpDraft,
} from '../../domain/engagements/engagement-rules';
import { clockLabel, formatDate, todayIn } from '../../domain/shared/time';
import { useRepositories } from '../shared/context';
import { useOfferUndo } from '../shared/undo';
import { DateField } from '../shared/components/DateField';
import { focusFirstError } from '../shared/components/FormModal';
import { LocalAndHome } from '../shared/components/LocalAndHome';
import { cityName, useCurrentTrip } from '../shared/current-trip';
import { useScreen } from '../shared/use-screen';
import { compareByFamilyName } from '../../domain/people/name-order';
import { EngagementFormModal } from './EngagementFormModal';
import { FindingList, useTripChecks } from '../checks';

const STATUS_COLOURS = { proposed: 'yellow', confirmed: 'teal', cancelled: 'red' } as const;

function Detail({ label, children }: { label: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function Outcome({ engagementId, outcome }: { engagementId: string; outcome: string }) {
  const { engagements } = useRepositories();
  const [text, setText] = useState(outcome);
  const [saved, setSaved] = useState(outcome);
  if (outcome !== saved) {
    setSaved(outcome);
    setText(outcome);
  }
  return (
    <Stack gap="xs">
      <Textarea
        label="Outcome"
        placeholder="What was agreed, who said what, what comes next"
        autosize
        minRows={3}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={text.trim() === outcome}
          onClick={async () => {
            await engagements.setOutcome(engagementId, text);
            notifications.show({ color: 'teal', message: 'Saved the outcome' });
          }}
        >
          Save outcome
        </Button>
      </Group>
    </Stack>
  );
}

function FollowUps({ engagementId }: { engagementId: string }) {
  const { engagements } = useRepositories();
  const offerUndo = useOfferUndo();
  const followUps = useLiveQuery(() => engagements.followUpsOf(engagementId), [engagements, engagementId]) ?? [];
  const form = useForm<FollowUpDraft>({ mode: 'controlled', initialValues: { description: '', owner: '', dueDate: '' } });
  const today = todayIn('UTC');

  const add = form.onSubmit(async (values, event) => {
    const result = await engagements.addFollowUp(engagementId, values);
    if (!result.ok) {
      form.setErrors(result.error);
      focusFirstError(event);
      return;
    }
    form.reset();
    if (event?.target instanceof HTMLFormElement) event.target.querySelector<HTMLInputElement>('input')?.focus();
  });

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Follow-up actions
      </Title>
      {followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      ) : (
        <Table aria-label="Follow-up actions" verticalSpacing="xs">
          <Table.Tbody>
            {[...followUps].sort(compareFollowUps).map((followUp) => (
              <Table.Tr key={followUp.id}>
                <Table.Td w={40}>
                  <Checkbox
                    aria-label={`Done: ${followUp.description}`}
                    checked={followUp.done}
                    onChange={(event) => void engagements.setFollowUpDone(followUp.id, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" td={followUp.done ? 'line-through' : undefined}>
                    {followUp.description}
                  </Text>
                </Table.Td>
                <Table.Td>{followUp.owner}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {followUp.dueDate && (
                    <Text size="sm" c={isOverdue(followUp, today) ? 'red' : undefined}>
                      {isOverdue(followUp, today) ? 'Overdue: ' : 'Due '}
                      {formatDate(followUp.dueDate)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w={40}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove follow-up: ${followUp.description}`}
                    onClick={async () => {
                      const removed = await engagements.removeFollowUp(followUp.id);
                      if (removed) {
                        offerUndo({
                          message: `Removed “${removed.description}”`,
                          undo: () => engagements.restoreFollowUp(removed),
                          undoneMessage: 'Restored the follow-up',
                        });
                      }
                    }}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={add} noValidate aria-label="Add a follow-up">
        <Group align="flex-start" grow>
          <TextInput label="Action" placeholder="What needs doing" {...form.getInputProps('description')} />
          <TextInput label="Owner" placeholder="Who" {...form.getInputProps('owner')} />
          <DateField label="Due" {...form.getInputProps('dueDate')} />
        </Group>
        <Group justify="flex-end" mt="xs">
          <Button type="submit" size="xs" variant="light">
            Add follow-up
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

export function EngagementScreen() {
  const bundle = useCurrentTrip();
  const { engagementId } = useParams();
  const { engagements } = useRepositories();
  const offerUndo = useOfferUndo();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<EngagementDraft | null>(null);
  const { marks } = useTripChecks();
  const engagement = bundle.engagements.find((candidate) => candidate.id === engagementId);
  const headingRef = useScreen(engagement?.title ?? null);

  if (!engagement) {
    return (
      <Stack align="center" py="xl">
        <Text>This engagement is not here: it may have been deleted.</Text>
        <Anchor component={Link} to={`/trips/${bundle.trip.id}/programme`}>
          Back to the programme
        </Anchor>
      </Stack>
    );
  }

  const city = cityName(bundle, engagement.stopId);
  const findings = marks.byEngagement.get(engagement.id) ?? [];
  const personName = new Map(bundle.people.map((person) => [person.id, person.name]));
  const attendance = attendanceOf(engagement, bundle.memberships);
  const organisations = engagement.organisationIds.map(
    (id) => bundle.organisations.find((organisation) => organisation.id === id) ?? { id, name: 'Unknown organisation', nameLocal: '' },
  );
  const contacts = bundle.contacts.filter((contact) => engagement.contactIds.includes(contact.id));
  const { venue } = engagement;

  const remove = () =>
    modals.openConfirmModal({
      title: `Delete “${engagement.title}”?`,
      children: <Text size="sm">Its outcome and follow-up actions go with it. You can undo this straight after.</Text>,
      labels: { confirm: 'Delete engagement', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const removed = await engagements.remove(engagement.id);
        if (!removed) return;
        void navigate(`/trips/${bundle.trip.id}/programme`);
        offerUndo({
          message: `Deleted “${engagement.title}”`,
          undo: () => engagements.restore(removed),
          undoneMessage: `Restored “${engagement.title}”`,
        });
      },
    });

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/trips/${bundle.trip.id}/programme`} size="sm" className="no-print">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Programme
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3} ref={headingRef} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
              {engagement.title}
            </Title>
            <Badge color={STATUS_COLOURS[engagement.status]} variant="light">
              {ENGAGEMENT_STATUS_LABELS[engagement.status]}
            </Badge>
          </Group>
          <Text size="sm">
            {ENGAGEMENT_KIND_LABELS[engagement.kind]} in {city} ·{' '}
            <LocalAndHome time={engagement.start} place={city} homeZone={bundle.trip.homeZone} /> to{' '}
            {clockLabel(engagement.end)}
          </Text>
        </Stack>
        <Group wrap="nowrap" className="no-print">
          <Button
            variant="default"
            aria-label="Edit engagement"
            leftSection={<IconPencil size={16} />}
            onClick={() => setEditing(engagementToDraft(engagement))}
          >
            Edit
          </Button>
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
            Delete
          </Button>
        </Group>
      </Group>

      {findings.length > 0 && (
        <Alert
          className="no-print"
          color={findings.some((item) => item.finding.severity === 'error') ? 'red' : 'orange'}
          icon={<IconAlertTriangle />}
          title={`${findings.length} ${findings.length === 1 ? 'conflict' : 'conflicts'} with this engagement`}
        >
          <FindingList bundle={bundle} items={findings} label="Conflicts with this engagement" pageSize={5} />
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="sm">
            <Detail label="Venue">
              {[venue.name, venue.address].filter(Boolean).join(', ')}
            </Detail>
            {(venue.nameLocal || venue.addressLocal) && (
              <Text className="local-script" size="lg">
                {[venue.nameLocal, venue.addressLocal].filter(Boolean).join(' ')}
              </Text>
            )}
            <div>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                Partners
              </Text>
              {organisations.length === 0 ? (
                <Text size="sm" c="dimmed">
                  None recorded.
                </Text>
              ) : (
                organisations.map((organisation) => (
                  <Text size="sm" key={organisation.id}>
                    <Anchor component={Link} to={`/directory/${organisation.id}`}>
                      {organisation.name}
                    </Anchor>{' '}
                    <Text span className="local-script" c="dimmed" size="sm">
                      {organisation.nameLocal}
                    </Text>
                  </Text>
                ))
              )}
              {contacts.map((contact) => (
                <Text size="sm" key={contact.id} c="dimmed">
                  {contact.name}
                  {contact.title && `, ${contact.title}`}
                </Text>
              ))}
            </div>
            <Detail label="Interpreter">{engagement.interpreterNeeded ? 'Needed' : ''}</Detail>
            {ENGAGEMENT_DETAILS.map(({ field, label }) => (
              <Detail key={field} label={label}>
                {engagement[field]}
              </Detail>
            ))}
          </Stack>
        </Card>
        <Card withBorder>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
            Delegation attending ({attendance.attendeeIds.length})
          </Text>
          {attendance.notAtStopIds.length > 0 && (
            <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs" mb="xs">
              {attendance.notAtStopIds.map((id) => personName.get(id)).join(', ')} not in {city} on the route.
            </Alert>
          )}
          <Text size="sm">
            {attendance.attendeeIds
              .map((id) => personName.get(id) ?? 'Unknown')
              .sort(compareByFamilyName)
              .join(', ') || 'Nobody yet.'}
          </Text>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Outcome engagementId={engagement.id} outcome={engagement.outcome} />
      </Card>
      <Card withBorder>
        <FollowUps engagementId={engagement.id} />
      </Card>

      {editing && (
        <EngagementFormModal
          bundle={bundle}
          engagementId={engagement.id}
          initial={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
