/**
 * A delegate's live calendar on their programme: once the trip's calendars are published to the agency's CalDAV
 * server, the addresses that add theirs to a phone (to subscribe to, and for CalDAV clients), a QR code of the
 * subscription address for the phone's camera, and how to add it on an iPhone and on Android. Before that, how
 * to publish it.
 */
import { ActionIcon, Anchor, Card, Group, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { scopeKey } from '../../domain/calendars/calendar-publication';
import { subscriptionAddresses } from '../../domain/calendars/calendar-subscription';
import { QrCode } from '../shared/components/QrCode';
import { useRepositories } from '../shared/context';

/**
 * Puts `text` on the clipboard. The desktop shell grants the page no permissions, which the asynchronous
 * clipboard asks for, so the address is then copied from its field as a selection is.
 */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    return document.execCommand('copy');
  }
}

function AddressField({ label, description, value, copy }: { label: string; description: string; value: string; copy: string }) {
  const { t } = useTranslation('people');
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copyLabel = copied ? t('liveCalendar.copied') : copy;
  return (
    <TextInput
      ref={field}
      label={label}
      description={description}
      value={value}
      readOnly
      onFocus={(event) => event.currentTarget.select()}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
      rightSection={
        <Tooltip label={copyLabel} withArrow>
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            aria-label={copyLabel}
            className="no-print"
            onClick={() =>
              void copyText(value, field.current).then((done) => {
                setCopied(done);
                if (done) setTimeout(() => setCopied(false), 2000);
              })
            }
          >
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      }
    />
  );
}

export function LiveCalendarCard({ tripId, personId, name }: { tripId: string; personId: string; name: string }) {
  const { t } = useTranslation('people');
  const { calendars } = useRepositories();
  const headingId = useId();
  const publications = useLiveQuery(() => calendars.publications(tripId), [calendars, tripId]);
  if (publications === undefined) return null;
  const url = publications.find((publication) => publication.key === scopeKey({ kind: 'person', personId }))?.url ?? null;
  const addresses = url === null ? null : subscriptionAddresses(url);

  return (
    <Card withBorder component="section" aria-labelledby={headingId} className="live-calendar">
      <Title order={4} id={headingId} mb="xs">
        {t('liveCalendar.title')}
      </Title>
      {addresses === null ? (
        <Text size="sm">
          {t('liveCalendar.notPublished', { name })}{' '}
          <Anchor component={Link} to={`/trips/${tripId}/calendars`} size="sm">
            {t('liveCalendar.openCalendars')}
          </Anchor>
        </Text>
      ) : (
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <QrCode text={addresses.webcal} label={t('liveCalendar.qrLabel', { name })} size={168} />
          <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm">{t('liveCalendar.intro', { name })}</Text>
            <AddressField label={t('liveCalendar.subscription')} description={t('liveCalendar.subscriptionHint')} value={addresses.webcal} copy={t('liveCalendar.copySubscription')} />
            <AddressField label={t('liveCalendar.caldav')} description={t('liveCalendar.caldavHint')} value={addresses.caldav} copy={t('liveCalendar.copyCaldav')} />
            <Text size="sm">
              <Text span fw={600}>
                {t('liveCalendar.iphoneLabel')}
              </Text>{' '}
              {t('liveCalendar.iphone')}
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                {t('liveCalendar.androidLabel')}
              </Text>{' '}
              {t('liveCalendar.android')}
            </Text>
          </Stack>
        </Group>
      )}
    </Card>
  );
}
