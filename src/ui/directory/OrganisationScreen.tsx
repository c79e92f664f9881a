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
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Contact, Organisation } from '../../domain/directory/organisation';
import type { EngagementHistoryEntry } from '../../storage/directory-repository';
import { useRepositories } from '../shared/context';
import { useLocale, type Locale } from '../shared/locale';
import { landingFor } from '../shared/focus-landing';
import { useOfferUndo } from '../shared/undo';
import { useScreen } from '../shared/use-screen';
import { mailtoUrl, telUrl } from './contact-links';
import { ContactFormModal } from './ContactFormModal';
import { placeLabel } from './place-label';
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

/** "Sat 12 Nov 2016, 10:00", "2016年11月12日 周六 10:00": a wall time where the engagement happens. */
function localDateTime(local: string, locale: Locale): string {
  return locale.t('organisation.when', {
    ns: 'directory',
    day: locale.day(local.slice(0, 10)),
    year: local.slice(0, 4),
    time: local.slice(11, 16),
  });
}

function Details({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('directory');
  const locale = useLocale();
  const none = (
    <Text span c="dimmed" size="sm">
      {t('organisation.notGiven')}
    </Text>
  );
  return (
    <Table variant="vertical" layout="fixed" aria-label={t('organisation.details')} style={{ overflowWrap: 'anywhere' }}>
      <Table.Tbody>
        <Detail label={t('organisation.detail.type')}>{t(`type.${organisation.type}`)}</Detail>
        <Detail label={t('organisation.detail.sector')}>{organisation.sector || none}</Detail>
        <Detail label={t('organisation.detail.city')}>{organisation.city || none}</Detail>
        <Detail label={t('organisation.detail.country')}>
          {organisation.country
            ? t('countryWithCode', { country: locale.country(organisation.country), code: organisation.country })
            : none}
        </Detail>
        <Detail label={t('organisation.detail.website')}>
          {organisation.website ? <ExternalLink url={organisation.website}>{organisation.website}</ExternalLink> : none}
        </Detail>
        {(organisation.address || organisation.addressLocal) && (
          <Detail label={t('organisation.detail.address')}>
            {organisation.address && <Text size="sm">{organisation.address}</Text>}
            {organisation.addressLocal && <Text size="sm">{organisation.addressLocal}</Text>}
          </Detail>
        )}
        <Detail label={t('organisation.detail.tags')}>
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
        <Detail label={t('organisation.detail.notes')}>
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
  const { t } = useTranslation('directory');
  if (contacts.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('organisation.noContacts')}
      </Text>
    );
  }
  return (
    <Table aria-label={t('organisation.contacts')} layout="fixed" verticalSpacing="xs" style={{ overflowWrap: 'anywhere' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t('organisation.contactColumn.name')}</Table.Th>
          <Table.Th>{t('organisation.contactColumn.emailPhone')}</Table.Th>
          <Table.Th w={120}>{t('organisation.contactColumn.wechat')}</Table.Th>
          <Table.Th w={120}>{t('organisation.contactColumn.languages')}</Table.Th>
          <Table.Th w={48}>
            <VisuallyHidden>{t('organisation.contactColumn.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((contact) => (
          <Table.Tr key={contact.id} tabIndex={-1} {...landingFor(contact.id)}>
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
              <Text size="sm">{contact.languages.join(t('organisation.languageSeparator'))}</Text>
            </Table.Td>
            <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
              <RowActions label={t('action.rowActions', { name: contact.name })}>
                <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(contact)}>
                  {t('action.edit')}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => onRemove(contact)}>
                  {t('action.remove')}
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
  const { t } = useTranslation(['directory', 'engagements']);
  const locale = useLocale();
  if (history === undefined) return <Loader size="sm" aria-label={t('organisation.loadingHistory')} />;
  if (history.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('organisation.noHistory')}
      </Text>
    );
  }
  return (
    <Table aria-label={t('organisation.history')} layout="fixed" verticalSpacing="xs" style={{ overflowWrap: 'anywhere' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={220}>{t('organisation.historyColumn.when')}</Table.Th>
          <Table.Th w="24%">{t('organisation.historyColumn.trip')}</Table.Th>
          <Table.Th w={120}>{t('organisation.historyColumn.city')}</Table.Th>
          <Table.Th>{t('organisation.historyColumn.engagement')}</Table.Th>
          <Table.Th w={150}>{t('organisation.historyColumn.kind')}</Table.Th>
          <Table.Th w={120}>{t('organisation.historyColumn.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.map(({ engagement, tripId, tripName, stopName }) => (
          <Table.Tr key={engagement.id}>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {localDateTime(engagement.start.local, locale)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/trips/${tripId}/programme`} size="sm">
                {tripName ?? t('organisation.unknownTrip')}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{stopName ?? t('organisation.unknownCity')}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" td={engagement.status === 'cancelled' ? 'line-through' : undefined}>
                {engagement.title}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`engagements:kind.${engagement.kind}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={STATUS_COLOURS[engagement.status]} style={{ overflow: 'visible' }}>
                {t(`engagements:status.${engagement.status}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function OrganisationScreen() {
  const { t } = useTranslation('directory');
  const locale = useLocale();
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
  const headingRef = useScreen(
    details === undefined ? null : (details?.organisation.name ?? t('organisation.notFoundScreen')),
  );

  const languageSuggestions = useMemo(
    () => [...new Set(details?.contacts.flatMap((contact) => contact.languages) ?? [])],
    [details],
  );
  const trips = useMemo(() => new Set(history?.map((entry) => entry.tripId)).size, [history]);

  if (details === undefined) {
    return (
      <Center h={200}>
        <Loader aria-label={t('organisation.loading')} />
      </Center>
    );
  }
  if (details === null) {
    return (
      <Stack align="center" py="xl">
        <Title order={2} ref={headingRef} tabIndex={-1}>
          {t('organisation.notFoundTitle')}
        </Title>
        <Text c="dimmed">{t('organisation.notFoundBody')}</Text>
        <Anchor component={Link} to="/directory">
          {t('organisation.backToDirectory')}
        </Anchor>
      </Stack>
    );
  }

  const { organisation, contacts } = details;

  const removeContact = async (contact: Contact) => {
    const result = await directory.removeContact(contact.id);
    if (result.status === 'refused') {
      const id = modals.open({
        title: t('organisation.cannotRemove', { name: contact.name }),
        children: (
          <Stack>
            <Text size="sm">{locale.word(result.message)}</Text>
            <Group justify="flex-end">
              <Button onClick={() => modals.close(id)}>{t('action.ok')}</Button>
            </Group>
          </Stack>
        ),
      });
      return;
    }
    if (result.status === 'not-found') return;
    offerUndo({
      message: t('organisation.contactRemoved', { name: contact.name, organisation: organisation.name }),
      undo: async () => {
        const restored = await directory.restoreContact(result.removed);
        if (!restored.ok) throw new Error(locale.word(restored.error));
      },
      undoneMessage: t('organisation.contactBack', { name: contact.name }),
    });
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/directory" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> {t('organisation.allOrganisations')}
        </Group>
      </Anchor>

      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          <Group gap="sm">
            <Title order={2} ref={headingRef} tabIndex={-1}>
              {organisation.name}
            </Title>
            <Badge variant="light" tt="none">
              {t(`type.${organisation.type}`)}
            </Badge>
            {organisation.archived && (
              <Badge variant="outline" color="gray">
                {t('badge.archived')}
              </Badge>
            )}
            {organisation.sample && (
              <Badge variant="outline" color="grape">
                {t('badge.sample')}
              </Badge>
            )}
          </Group>
          {organisation.nameLocal && (
            <Text size="xl">
              {organisation.nameLocal}
            </Text>
          )}
          <Text c="dimmed">
            {[organisation.sector, placeLabel(organisation.city, organisation.country, locale)].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Group wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => edit({ kind: 'organisation' })}>
            {t('action.edit')}
          </Button>
          {organisation.archived ? (
            <Button
              variant="default"
              leftSection={<IconArchiveOff size={16} />}
              onClick={() => void actions.setArchived(organisation, false)}
            >
              {t('action.unarchive')}
            </Button>
          ) : (
            <Button
              variant="default"
              leftSection={<IconArchive size={16} />}
              onClick={() => void actions.setArchived(organisation, true)}
            >
              {t('action.archive')}
            </Button>
          )}
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => void actions.deleteOrganisation(organisation, () => void navigate('/directory'))}
          >
            {t('action.delete')}
          </Button>
        </Group>
      </Group>

      {organisation.archived && (
        <Alert icon={<IconInfoCircle />} color="gray" title={t('organisation.archivedTitle')}>
          {t('organisation.archivedBody')}
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card withBorder h="100%">
            <Title order={3} size="h4" mb="sm">
              {t('organisation.details')}
            </Title>
            <Details organisation={organisation} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder h="100%">
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4">
                {t('organisation.contacts')}
              </Title>
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() => edit({ kind: 'contact', contact: null })}
              >
                {t('organisation.addContact')}
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
            {t('organisation.history')}
          </Title>
          {history && history.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('organisation.historySummary', {
                engagements: t('count.engagements', { count: history.length }),
                trips: t('count.trips', { count: trips }),
              })}
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
