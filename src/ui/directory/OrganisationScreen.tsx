/**
 * An organisation's page: its details in both scripts, its contacts (add, edit, remove), and its history of
 * engagements across every trip, each linking to that trip's programme.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Grid,
  Group,
  Loader,
  Menu,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconArchive,
  IconArchiveOff,
  IconArrowLeft,
  IconInfoCircle,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ENGAGEMENT_KIND_LABELS, ENGAGEMENT_STATUS_LABELS } from '../../domain/engagements/engagement';
import { ORGANISATION_TYPE_LABELS, type Contact, type Organisation } from '../../domain/directory/organisation';
import { formatLocalDateTime } from '../../domain/shared/time';
import type { EngagementHistoryEntry } from '../../storage/directory-repository';
import { useRepositories } from '../shared/context';
import { useOfferUndo } from '../shared/undo';
import { useScreen } from '../shared/use-screen';
import { mailtoUrl, telUrl } from './contact-links';
import { ContactFormModal } from './ContactFormModal';
import { countryName } from './country-names';
import { ExternalLink } from './ExternalLink';
import { useOrganisationActions } from './organisation-actions';
import { OrganisationFormModal } from './OrganisationFormModal';
import { useEngagementHistory, useOrganisationDetails } from './use-directory-data';
import { RowActions } from '../shared/components/RowActions';

const STATUS_COLOURS = { proposed: 'blue', confirmed: 'teal', cancelled: 'red' } as const;

type Editing =
  | { kind: 'organisation' }
  | { kind: 'contact'; contact: Contact | null }
  | null;

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={100} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td style={{ verticalAlign: 'top' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function Details({ organisation }: { organisation: Organisation }) {
  const none = (
    <Text span c="dimmed" size="sm">
      Not given
    </Text>
  );
  return (
    <Table variant="vertical" layout="fixed" aria-label="Details" style={{ overflowWrap: 'anywhere' }}>
      <Table.Tbody>
        <Detail label="Type">{ORGANISATION_TYPE_LABELS[organisation.type]}</Detail>
        <Detail label="Sector">{organisation.sector || none}</Detail>
        <Detail label="City">{organisation.city || none}</Detail>
        <Detail label="Country">
          {organisation.country ? `${countryName(organisation.country)} (${organisation.country})` : none}
        </Detail>
        <Detail label="Website">
          {organisation.website ? <ExternalLink url={organisation.website}>{organisation.website}</ExternalLink> : none}
        </Detail>
        {(organisation.address || organisation.addressLocal) && (
          <Detail label="Address">
            {organisation.address && <Text size="sm">{organisation.address}</Text>}
            {organisation.addressLocal && <Text size="sm">{organisation.addressLocal}</Text>}
          </Detail>
        )}
        <Detail label="Tags">
          {organisation.tags.length ? (
            <Group gap={4}>
              {organisation.tags.map((tag) => (
                <Badge key={tag} variant="light" color="gray" tt="none" style={{ height: 'auto', whiteSpace: 'normal' }}>
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : (
            none
          )}
        </Detail>
        <Detail label="Notes">
          {organisation.notes ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {organisation.notes}
            </Text>
          ) : (
            none
          )}
        </Detail>
      </Table.Tbody>
    </Table>
  );
}

function ContactsTable({
  contacts,
  onEdit,
  onRemove,
}: {
  contacts: Contact[];
  onEdit: (contact: Contact) => void;
  onRemove: (contact: Contact) => void;
}) {
  if (contacts.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No contacts yet. Add the people you deal with here, so every trip can list them at its meetings.
      </Text>
    );
  }
  return (
    <Table aria-label="Contacts" layout="fixed" verticalSpacing="xs" style={{ overflowWrap: 'anywhere' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">Name</Table.Th>
          <Table.Th>Email and phone</Table.Th>
          <Table.Th w={120}>WeChat</Table.Th>
          <Table.Th w={120}>Languages</Table.Th>
          <Table.Th w={48}>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((contact) => (
          <Table.Tr key={contact.id}>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="sm" fw={600}>
                {contact.name}
                {contact.nameLocal && (
                  <Text span size="sm" fw={400}>
                    {' '}
                    {contact.nameLocal}
                  </Text>
                )}
              </Text>
              {contact.title && (
                <Text size="xs" c="dimmed">
                  {contact.title}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              {contact.email && (
                <Text size="sm">
                  <ExternalLink url={mailtoUrl(contact.email)} size="sm">
                    {contact.email}
                  </ExternalLink>
                </Text>
              )}
              {contact.phone && (
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  <ExternalLink url={telUrl(contact.phone)} size="sm">
                    {contact.phone}
                  </ExternalLink>
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="sm">{contact.wechat}</Text>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="sm">{contact.languages.join(', ')}</Text>
            </Table.Td>
            <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
              <RowActions label={`Actions for ${contact.name}`}>
                  <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(contact)}>
                    Edit
                  </Menu.Item>
                  <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => onRemove(contact)}>
                    Remove
                  </Menu.Item>
                </RowActions>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function EngagementHistory({ history }: { history: EngagementHistoryEntry[] | undefined }) {
  if (history === undefined) return <Loader size="sm" aria-label="Loading engagements" />;
  if (history.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No engagements yet. Meetings, visits and signings with this organisation in any trip appear here.
      </Text>
    );
  }
  return (
    <Table aria-label="Engagement history" layout="fixed" verticalSpacing="xs" style={{ overflowWrap: 'anywhere' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={190}>Date and local time</Table.Th>
          <Table.Th w="24%">Trip</Table.Th>
          <Table.Th w={120}>City</Table.Th>
          <Table.Th>Engagement</Table.Th>
          <Table.Th w={150}>Kind</Table.Th>
          <Table.Th w={120}>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.map(({ engagement, tripId, tripName, stopName }) => (
          <Table.Tr key={engagement.id}>
            <Table.Td>
              <Text size="sm">{formatLocalDateTime(engagement.start.local)}</Text>
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/trips/${tripId}/programme`} size="sm">
                {tripName}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{stopName}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" td={engagement.status === 'cancelled' ? 'line-through' : undefined}>
                {engagement.title}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{ENGAGEMENT_KIND_LABELS[engagement.kind]}</Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={STATUS_COLOURS[engagement.status]} style={{ overflow: 'visible' }}>
                {ENGAGEMENT_STATUS_LABELS[engagement.status]}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function OrganisationScreen() {
  const { organisationId } = useParams();
  const details = useOrganisationDetails(organisationId);
  const history = useEngagementHistory(organisationId);
  const { directory } = useRepositories();
  const actions = useOrganisationActions();
  const offerUndo = useOfferUndo();
  const navigate = useNavigate();
  // Dialogs belong to the organisation they were opened for; "Open it" on a similar one moves to another.
  const [editing, setEditing] = useState<{ on: string | undefined; what: Editing }>({ on: undefined, what: null });
  const what = editing.on === organisationId ? editing.what : null;
  const edit = (next: Editing) => setEditing({ on: organisationId, what: next });
  const headingRef = useScreen(details === undefined ? null : (details?.organisation.name ?? 'Organisation not found'));

  const languageSuggestions = useMemo(
    () => [...new Set(details?.contacts.flatMap((contact) => contact.languages) ?? [])],
    [details],
  );
  const trips = useMemo(() => new Set(history?.map((entry) => entry.tripId)).size, [history]);

  if (details === undefined) {
    return (
      <Center h={200}>
        <Loader aria-label="Loading organisation" />
      </Center>
    );
  }
  if (details === null) {
    return (
      <Stack align="center" py="xl">
        <Title order={2} ref={headingRef} tabIndex={-1}>
          This organisation is not in the directory
        </Title>
        <Text c="dimmed">It may have been deleted.</Text>
        <Anchor component={Link} to="/directory">
          Back to the directory
        </Anchor>
      </Stack>
    );
  }

  const { organisation, contacts } = details;

  const removeContact = async (contact: Contact) => {
    const result = await directory.removeContact(contact.id);
    if (result.status === 'refused') {
      const id = modals.open({
        title: `${contact.name} cannot be removed`,
        children: (
          <Stack>
            <Text size="sm">{result.message}</Text>
            <Group justify="flex-end">
              <Button onClick={() => modals.close(id)}>OK</Button>
            </Group>
          </Stack>
        ),
      });
      return;
    }
    if (result.status === 'not-found') return;
    offerUndo({
      message: `Removed ${contact.name} from ${organisation.name}`,
      undo: async () => {
        const restored = await directory.restoreContact(result.removed);
        if (!restored.ok) throw new Error(restored.error);
      },
      undoneMessage: `${contact.name} is back`,
    });
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/directory" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> All organisations
        </Group>
      </Anchor>

      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          <Group gap="sm">
            <Title order={2} ref={headingRef} tabIndex={-1}>
              {organisation.name}
            </Title>
            <Badge variant="light" tt="none">
              {ORGANISATION_TYPE_LABELS[organisation.type]}
            </Badge>
            {organisation.archived && (
              <Badge variant="outline" color="gray">
                Archived
              </Badge>
            )}
            {organisation.sample && (
              <Badge variant="outline" color="grape">
                Sample
              </Badge>
            )}
          </Group>
          {organisation.nameLocal && (
            <Text size="xl">
              {organisation.nameLocal}
            </Text>
          )}
          <Text c="dimmed">
            {[organisation.sector, [organisation.city, organisation.country && countryName(organisation.country)].filter(Boolean).join(', ')]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Group wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => edit({ kind: 'organisation' })}>
            Edit
          </Button>
          {organisation.archived ? (
            <Button
              variant="default"
              leftSection={<IconArchiveOff size={16} />}
              onClick={() => void actions.setArchived(organisation, false)}
            >
              Unarchive
            </Button>
          ) : (
            <Button
              variant="default"
              leftSection={<IconArchive size={16} />}
              onClick={() => void actions.setArchived(organisation, true)}
            >
              Archive
            </Button>
          )}
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => void actions.deleteOrganisation(organisation, () => void navigate('/directory'))}
          >
            Delete
          </Button>
        </Group>
      </Group>

      {organisation.archived && (
        <Alert icon={<IconInfoCircle />} color="gray" title="Archived">
          This organisation is kept with its history and contacts, but no longer offered when planning engagements.
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card withBorder h="100%">
            <Title order={3} size="h4" mb="sm">
              Details
            </Title>
            <Details organisation={organisation} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder h="100%">
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4">
                Contacts
              </Title>
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() => edit({ kind: 'contact', contact: null })}
              >
                Add contact
              </Button>
            </Group>
            <ContactsTable
              contacts={contacts}
              onEdit={(contact) => edit({ kind: 'contact', contact })}
              onRemove={(contact) => void removeContact(contact)}
            />
          </Card>
        </Grid.Col>
      </Grid>

      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4">
            Engagement history
          </Title>
          {history && history.length > 0 && (
            <Text size="sm" c="dimmed">
              {history.length === 1 ? '1 engagement' : `${history.length} engagements`} in{' '}
              {trips === 1 ? '1 trip' : `${trips} trips`}
            </Text>
          )}
        </Group>
        <EngagementHistory history={history} />
      </Card>

      <OrganisationFormModal
        opened={what?.kind === 'organisation'}
        organisation={organisation}
        onClose={() => edit(null)}
        onSaved={() => edit(null)}
      />
      <ContactFormModal
        opened={what?.kind === 'contact'}
        organisationId={organisation.id}
        organisationName={organisation.name}
        contact={what?.kind === 'contact' ? what.contact : null}
        languageSuggestions={languageSuggestions}
        onClose={() => edit(null)}
      />
    </Stack>
  );
}
