/**
 * Findings as the organiser reads them: what is wrong, who it affects, where to fix it, and a way to accept
 * it with a note. Used by the trip's checks panel, an engagement's page and a person's programme.
 */
import { Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertOctagon, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { MAX_NOTE_LENGTH, type ReviewedFinding } from '../../domain/checks/acknowledgements';
import type { Finding } from '../../domain/checks/finding';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';
import { useOfferUndo } from '../shared/undo';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFindingWords } from './finding-words';
import type { Locale } from '../../i18n/locale';

export function severityColour(item: ReviewedFinding): string {
  if (item.status === 'acknowledged') return 'gray';
  return item.finding.severity === 'error' ? 'red' : 'orange';
}

export function SeverityIcon({ item, size = 18 }: { item: ReviewedFinding; size?: number }) {
  if (item.status === 'acknowledged') return <IconCircleCheck size={size} aria-hidden />;
  return item.finding.severity === 'error' ? (
    <IconAlertOctagon size={size} aria-hidden />
  ) : (
    <IconAlertTriangle size={size} aria-hidden />
  );
}

interface FixLink {
  label: string;
  to: string;
}

/** Where to go to fix a finding: the records it names, most direct first. */
export function fixLinks(t: TFunction<'checks'>, locale: Locale, bundle: TripBundle, finding: Finding): FixLink[] {
  const base = `/trips/${bundle.trip.id}`;
  const links: FixLink[] = [];
  for (const id of finding.engagementIds.slice(0, 2)) {
    const engagement = bundle.engagements.find((candidate) => candidate.id === id);
    if (engagement) links.push({ label: t('list.open', { title: engagement.title }), to: `${base}/engagements/${id}` });
  }
  for (const id of finding.journeyIds) links.push({ label: t('list.editJourney'), to: `${base}/route?journey=${id}` });
  const stop = (id: string | undefined) => bundle.stops.find((candidate) => candidate.id === id);
  if (finding.rule === 'night-without-hotel') {
    const city = stop(finding.cityIds[0]);
    if (city) links.push({ label: t('list.bookHotel', { city: locale.city(city) }), to: `${base}/route?hotel-for=${city.id}` });
  }
  if (finding.rule === 'outside-stop-dates') {
    const city = stop(finding.cityIds[0]);
    if (city) links.push({ label: t('list.changeDates', { city: locale.city(city) }), to: `${base}/route?city=${city.id}` });
  }
  if (finding.rule === 'guest-in-two-hotels' || finding.rule === 'night-without-room' || finding.rule === 'room-over-capacity') {
    const city = stop(finding.cityIds[0]);
    if (city) links.push({ label: t('list.rooming', { city: locale.city(city) }), to: `${base}/rooming?city=${city.id}` });
  }
  for (const other of finding.otherTripIds ?? []) {
    links.push({ label: t('list.otherTrip'), to: `/trips/${other}/checks` });
  }
  // Logistics: the resources a finding names, and a way to book the interpreter an engagement lacks.
  for (const id of finding.resourceIds ?? []) {
    const resource = bundle.resources.find((candidate) => candidate.id === id);
    if (resource) links.push({ label: t('logistics.link.resource', { name: resource.name }), to: `${base}/logistics?resource=${id}` });
  }
  if (finding.rule === 'interpreter-missing' && finding.engagementIds[0]) {
    links.push({ label: t('logistics.link.bookInterpreter'), to: `${base}/logistics?book=engagement:${finding.engagementIds[0]}` });
  }
  if (finding.rule === 'travel-documents' || finding.rule === 'attendee-not-at-stop') {
    const person = bundle.people.find((candidate) => candidate.id === finding.personIds[0]);
    if (person) links.push({ label: t('list.programme', { name: person.name }), to: `${base}/people/${person.id}` });
  }
  return links;
}

/** "Joe Anderson, Ann Lee and 38 others", in the trip's order of members. */
function affectedLabel(t: TFunction<'checks'>, bundle: TripBundle, personIds: readonly string[]): string {
  if (personIds.length === 0) return '';
  const wanted = new Set(personIds);
  const names: string[] = [];
  for (const membership of bundle.memberships) {
    if (!wanted.has(membership.personId)) continue;
    const name = bundle.people.find((person) => person.id === membership.personId)?.name;
    if (name) names.push(name);
    if (names.length === 4) break;
  }
  const others = personIds.length - names.length;
  const listed = names.length === 0 ? '' : names.reduce((first, next) => t('list.names', { first, next }));
  if (others <= 0) return listed;
  return t('list.namesAndOthers', { names: listed, count: others });
}

function AcknowledgeModal({
  bundle,
  item,
  onClose,
}: {
  bundle: TripBundle;
  item: ReviewedFinding | null;
  onClose: () => void;
}) {
  const { acknowledgements } = useRepositories();
  const { t } = useTranslation(['checks', 'common']);
  const { locale, words } = useFindingWords();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<ReviewedFinding | null>(null);
  if (item !== opened) {
    setOpened(item);
    setNote(item?.acknowledgement?.note ?? '');
    setError(null);
  }
  const save = async () => {
    if (!item) return;
    const result = await acknowledgements.acknowledge(bundle.trip.id, item.finding, note);
    if (!result.ok) {
      setError(locale.word(result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('list.done') });
    onClose();
  };
  return (
    <Modal opened={item !== null} onClose={onClose} title={t('list.dialogTitle')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{item ? words(item.finding) : null}</Text>
          <Textarea
            label={t('list.noteLabel')}
            description={t('list.noteDescription')}
            placeholder={t('list.notePlaceholder')}
            autosize
            minRows={2}
            maxLength={MAX_NOTE_LENGTH}
            withAsterisk
            data-autofocus
            value={note}
            error={error}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit">{t('list.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function FindingCard({
  bundle,
  item,
  onAcknowledge,
  showFixes,
}: {
  bundle: TripBundle;
  item: ReviewedFinding;
  onAcknowledge: (item: ReviewedFinding) => void;
  showFixes: boolean;
}) {
  const { acknowledgements } = useRepositories();
  const offerUndo = useOfferUndo();
  const { pathname } = useLocation();
  const { t } = useTranslation('checks');
  const { locale, words, rule } = useFindingWords();
  const { finding, status, acknowledgement } = item;
  const colour = severityColour(item);
  const affected = affectedLabel(t, bundle, finding.personIds);
  const worded = words(finding);
  const withdraw = async () => {
    const removed = await acknowledgements.withdraw(bundle.trip.id, finding.id);
    if (!removed) return;
    offerUndo({
      message: t('list.withdrew'),
      undo: () => acknowledgements.restore(removed),
      undoneMessage: t('list.acknowledgedAgain'),
    });
  };
  return (
    <Card
      withBorder
      padding="sm"
      component="li"
      aria-label={`${rule(finding.rule)}${t('marker.ruleSeparator')}${worded}`}
      style={{ borderLeft: `4px solid var(--mantine-color-${colour}-6)`, listStyle: 'none' }}
    >
      <Stack gap={6}>
        <Group gap="xs" c={`${colour}.7`}>
          <SeverityIcon item={item} />
          <Text size="sm" fw={700}>
            {rule(finding.rule)}
          </Text>
          {finding.severity === 'error' && status !== 'acknowledged' && (
            <Badge color="red" variant="light" size="sm">
              {t('list.error')}
            </Badge>
          )}
          {status === 'acknowledged' && (
            <Badge color="gray" variant="light" size="sm">
              {t('list.acknowledged')}
            </Badge>
          )}
          {status === 'changed' && (
            <Badge color="orange" variant="light" size="sm">
              {t('list.changed')}
            </Badge>
          )}
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {worded}
        </Text>
        {affected && (
          <Text size="xs" c="dimmed">
            {t('list.affects', { count: finding.personIds.length, who: affected })}
          </Text>
        )}
        {acknowledgement && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t(status === 'changed' ? 'list.wasAcknowledgedOn' : 'list.acknowledgedOn', {
              day: locale.dateWithYear(acknowledgement.acknowledgedAt.slice(0, 10)),
              note: acknowledgement.note,
            })}
          </Text>
        )}
        <Group gap="md" className="no-print">
          {showFixes &&
            fixLinks(t, locale, bundle, finding)
              // No link to the page it is shown on.
              .filter((link) => link.to.split('?')[0] !== pathname)
              .map((link) => (
                <Anchor key={link.to} component={Link} to={link.to} size="sm">
                  {link.label}
                </Anchor>
              ))}
          {status === 'acknowledged' ? (
            <Button size="compact-sm" variant="subtle" color="gray" onClick={() => void withdraw()}>
              {t('list.withdraw')}
            </Button>
          ) : (
            <Button size="compact-sm" variant="subtle" onClick={() => onAcknowledge(item)}>
              {status === 'changed' ? t('list.acknowledgeAgain') : t('list.acknowledge')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** A list of findings; `limit` shows that many with a button for more, as a large trip can have thousands. */
export function FindingList({
  bundle,
  items,
  label,
  showFixes = true,
  pageSize = 50,
  empty,
}: {
  bundle: TripBundle;
  items: readonly ReviewedFinding[];
  label: string;
  showFixes?: boolean;
  pageSize?: number;
  empty?: ReactNode;
}) {
  const [acknowledging, setAcknowledging] = useState<ReviewedFinding | null>(null);
  const [shown, setShown] = useState(pageSize);
  const { t } = useTranslation('checks');
  if (items.length === 0) return <>{empty ?? null}</>;
  return (
    <>
      <Stack component="ul" gap="xs" p={0} m={0} aria-label={label}>
        {items.slice(0, shown).map((item) => (
          <FindingCard
            key={item.finding.id}
            bundle={bundle}
            item={item}
            onAcknowledge={setAcknowledging}
            showFixes={showFixes}
          />
        ))}
      </Stack>
      {items.length > shown && (
        <Group justify="center">
          <Button variant="default" onClick={() => setShown((count) => count + pageSize)}>
            {t('list.showMore', { count: Math.min(pageSize, items.length - shown), remaining: items.length - shown })}
          </Button>
        </Group>
      )}
      <AcknowledgeModal bundle={bundle} item={acknowledging} onClose={() => setAcknowledging(null)} />
    </>
  );
}
