/**
 * One engagement: everything the delegation needs to know before it, the outcome after it, and the
 * follow-up actions it leaves.
 */
import { RecordHistory } from '../shared/components/RecordHistory';
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
import { ENGAGEMENT_DETAILS } from '../../domain/engagements/engagement';
import { Trans, useTranslation } from 'react-i18next';
import { useLocale } from '../shared/locale';
import { wordFieldMessages } from '../shared/field-messages';
import {
  attendanceOf,
  compareFollowUps,
  engagementToDraft,
  isOverdue,
  type EngagementDraft,
  type FollowUpDraft,
} from '../../domain/engagements/engagement-rules';
import { clockLabel, todayIn } from '../../domain/shared/time';
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
import { EngagementBookings } from '../logistics';

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
  const { t } = useTranslation('engagements');
  const [text, setText] = useState(outcome);
  const [saved, setSaved] = useState(outcome);
  if (outcome !== saved) {
    setSaved(outcome);
    setText(outcome);
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={t('screen.outcome')}
        placeholder={t('screen.outcomePlaceholder')}
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
            notifications.show({ color: 'teal', message: t('screen.outcomeSaved') });
          }}
        >
          {t('screen.saveOutcome')}
        </Button>
      </Group>
    </Stack>
  );
}

function FollowUps({ engagementId }: { engagementId: string }) {
  const { engagements } = useRepositories();
  const offerUndo = useOfferUndo();
  const { t } = useTranslation('engagements');
  const locale = useLocale();
  const followUps = useLiveQuery(() => engagements.followUpsOf(engagementId), [engagements, engagementId]) ?? [];
  const form = useForm<FollowUpDraft>({ mode: 'controlled', initialValues: { description: '', owner: '', dueDate: '' } });
  const today = todayIn('UTC');

  const add = form.onSubmit(async (values, event) => {
    const result = await engagements.addFollowUp(engagementId, values);
    if (!result.ok) {
      form.setErrors(wordFieldMessages(locale, result.error));
      focusFirstError(event);
      return;
    }
    form.reset();
    if (event?.target instanceof HTMLFormElement) event.target.querySelector<HTMLInputElement>('input')?.focus();
  });

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('followUps.title')}
      </Title>
      {followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('followUps.none')}
        </Text>
      ) : (
        <Table aria-label={t('followUps.title')} verticalSpacing="xs">
          <Table.Tbody>
            {[...followUps].sort(compareFollowUps).map((followUp) => (
              <Table.Tr key={followUp.id}>
                <Table.Td w={40}>
                  <Checkbox
                    aria-label={t('followUps.done', { action: followUp.description })}
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
                      {t(isOverdue(followUp, today) ? 'followUps.overdue' : 'followUps.due', {
                        day: locale.dateWithYear(followUp.dueDate),
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w={40}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('followUps.remove', { action: followUp.description })}
                    onClick={async () => {
                      const removed = await engagements.removeFollowUp(followUp.id);
                      if (removed) {
                        offerUndo({
                          message: t('followUps.removed', { action: removed.description }),
                          undo: () => engagements.restoreFollowUp(removed),
                          undoneMessage: t('followUps.restored'),
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
      <form onSubmit={add} noValidate aria-label={t('followUps.add')}>
        <Group align="flex-start" grow>
          <TextInput label={t('followUps.action')} placeholder={t('followUps.actionPlaceholder')} {...form.getInputProps('description')} />
          <TextInput label={t('followUps.owner')} placeholder={t('followUps.ownerPlaceholder')} {...form.getInputProps('owner')} />
          <DateField label={t('followUps.due')} {...form.getInputProps('dueDate')} />
        </Group>
        <Group justify="flex-end" mt="xs">
          <Button type="submit" size="xs" variant="light">
            {t('followUps.addButton')}
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
  const { t } = useTranslation(['engagements', 'common']);
  const locale = useLocale();
  const { marks } = useTripChecks();
  const engagement = bundle.engagements.find((candidate) => candidate.id === engagementId);
  const headingRef = useScreen(engagement?.title ?? null);

  if (!engagement) {
    return (
      <Stack align="center" py="xl">
        <Text>{t('screen.missing')}</Text>
        <Anchor component={Link} to={`/trips/${bundle.trip.id}/programme`}>
          {t('screen.backToProgramme')}
        </Anchor>
      </Stack>
    );
  }

  const city = cityName(bundle, engagement.stopId, locale);
  const findings = marks.byEngagement.get(engagement.id) ?? [];
  const personName = new Map(bundle.people.map((person) => [person.id, person.name]));
  const attendance = attendanceOf(engagement, bundle.memberships);
  const organisations = engagement.organisationIds.map(
    (id) => bundle.organisations.find((organisation) => organisation.id === id) ?? { id, name: t('screen.unknownOrganisation'), nameLocal: '' },
  );
  const contacts = bundle.contacts.filter((contact) => engagement.contactIds.includes(contact.id));
  const { venue } = engagement;

  const remove = () =>
    modals.openConfirmModal({
      title: t('screen.deleteTitle', { title: engagement.title }),
      children: <Text size="sm">{t('screen.deleteText')}</Text>,
      labels: { confirm: t('screen.deleteConfirm'), cancel: t('screen.keep') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const removed = await engagements.remove(engagement.id);
        if (!removed) return;
        void navigate(`/trips/${bundle.trip.id}/programme`);
        offerUndo({
          message: t('screen.deleted', { title: engagement.title }),
          undo: () => engagements.restore(removed),
          undoneMessage: t('screen.restored', { title: engagement.title }),
        });
      },
    });

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/trips/${bundle.trip.id}/programme`} size="sm" className="no-print">
        <Group gap={4}>
          <IconArrowLeft size={14} /> {t('screen.programme')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3} ref={headingRef} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
              {engagement.title}
            </Title>
            <Badge color={STATUS_COLOURS[engagement.status]} variant="light">
              {t(`status.${engagement.status}`)}
            </Badge>
          </Group>
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="screen.summary"
              values={{ kind: t(`kind.${engagement.kind}`), city, end: clockLabel(engagement.end) }}
              components={[<LocalAndHome key="start" time={engagement.start} place={city} trip={bundle.trip} />]}
            />
          </Text>
        </Stack>
        <Group wrap="nowrap" className="no-print">
          <Button
            variant="default"
            aria-label={t('screen.edit')}
            leftSection={<IconPencil size={16} />}
            onClick={() => setEditing(engagementToDraft(engagement))}
          >
            {t('common:action.edit')}
          </Button>
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
            {t('common:action.delete')}
          </Button>
        </Group>
      </Group>

      {findings.length > 0 && (
        <Alert
          className="no-print"
          color={findings.some((item) => item.finding.severity === 'error') ? 'red' : 'orange'}
          icon={<IconAlertTriangle />}
          title={t('screen.conflicts', { count: findings.length })}
        >
          <FindingList bundle={bundle} items={findings} label={t('screen.conflictList')} pageSize={5} />
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="sm">
            <Detail label={t('screen.venue')}>
              {[venue.name, venue.address].filter(Boolean).join(', ')}
            </Detail>
            {(venue.nameLocal || venue.addressLocal) && (
              <Text className="local-script" size="lg">
                {[venue.nameLocal, venue.addressLocal].filter(Boolean).join(' ')}
              </Text>
            )}
            <div>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('screen.partners')}
              </Text>
              {organisations.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('screen.noneRecorded')}
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
            <Detail label={t('screen.interpreter')}>{engagement.interpreterNeeded ? t('screen.needed') : ''}</Detail>
            {ENGAGEMENT_DETAILS.map(({ field }) => (
              <Detail key={field} label={t(`detail.${field}`)}>
                {engagement[field]}
              </Detail>
            ))}
          </Stack>
        </Card>
        <Card withBorder>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
            {t('screen.attending', { count: attendance.attendeeIds.length })}
          </Text>
          {attendance.notAtStopIds.length > 0 && (
            <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs" mb="xs">
              {t('screen.notAtStop', {
                names: locale.list(attendance.notAtStopIds.map((id) => personName.get(id) ?? t('screen.unknownPerson'))),
                city,
              })}
            </Alert>
          )}
          <Text size="sm">
            {attendance.attendeeIds
              .map((id) => personName.get(id) ?? t('screen.unknownPerson'))
              .sort(compareByFamilyName)
              .join(t('screen.nameSeparator')) || t('screen.nobody')}
          </Text>
        </Card>
      </SimpleGrid>

      <Card withBorder className="no-print">
        <EngagementBookings bundle={bundle} engagement={engagement} />
      </Card>
      <Card withBorder>
        <Outcome engagementId={engagement.id} outcome={engagement.outcome} />
      </Card>
      <Card withBorder>
        <FollowUps engagementId={engagement.id} />
      </Card>
      <Card withBorder className="no-print">
        <RecordHistory table="engagements" recordId={engagement.id} />
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
