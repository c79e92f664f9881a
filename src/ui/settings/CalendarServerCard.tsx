/**
 * Settings → Calendar server: the CalDAV account calendars are published to. *Test and save* tries the account
 * before keeping it and, when it does not answer, says why with the address tried. Once connected: the
 * account, where its password is kept, *Disconnect* (after asking), and whether changes are published by
 * themselves. The password never goes further than the platform (the OS keychain on the desktop; this
 * browser's session, or the browser when asked, on the web).
 */
import { Alert, Button, Card, Checkbox, Group, PasswordInput, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCloudCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerFailure } from '../../caldav/caldav-server';
import type { KeptCalDavAccount } from '../../platform/platform';
import { useCalendarPublishing } from '../calendars';
import { usePlatform, useRepositories } from '../shared/context';

interface Draft {
  serverUrl: string;
  username: string;
  password: string;
  remember: boolean;
}

/** Addresses named in the hint: data, the same in every language. */
const ADDRESSES = {
  example: 'https://cloud.example.com/remote.php/dav',
  nextcloudPath: '/remote.php/dav',
  fastmail: 'https://caldav.fastmail.com/',
  radicale: 'http://127.0.0.1:5232/',
};

type Invalid = Partial<Record<'serverUrl' | 'username' | 'password', string>>;

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
};

/** Whether the password kept can be used again: the same server and user, and one is kept. */
const keepsPasswordFor = (account: KeptCalDavAccount | null | undefined, draft: Pick<Draft, 'serverUrl' | 'username'>) =>
  account !== null && account !== undefined && account.passwordKept !== null && account.serverUrl === draft.serverUrl.trim() && account.username === draft.username.trim();

export function CalendarServerCard() {
  const { t } = useTranslation('settings');
  const platform = usePlatform();
  const { calendars } = useRepositories();
  const publishing = useCalendarPublishing();
  const { account } = publishing;
  const automatic = useLiveQuery(() => calendars.autoPublish(), [calendars]);
  const [editing, setEditing] = useState(false);
  // The switch follows the click at once, before the setting is stored and read back.
  const [switching, setSwitching] = useState<boolean | null>(null);

  if (account === undefined) return null;
  // Asked for an account when there is none, or when its password is gone.
  const formShown = account === null || editing || account.passwordKept === null;

  const disconnect = () =>
    modals.openConfirmModal({
      title: t('calendarServer.disconnectTitle'),
      children: <Text size="sm">{t('calendarServer.disconnectText')}</Text>,
      labels: { confirm: t('calendarServer.disconnect'), cancel: t('calendarServer.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        await publishing.disconnect();
        setEditing(false);
        notifications.show({ color: 'teal', message: t('calendarServer.disconnected') });
      },
    });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-calendar-server">
      <Stack gap="sm">
        <Stack gap={4}>
          <Title order={3} size="h6" id="settings-calendar-server">
            {t('calendarServer.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('calendarServer.description')}
          </Text>
        </Stack>

        {account && (
          <Stack gap={2}>
            <Group gap={6} wrap="nowrap">
              <Text c="teal.8" lh={1}>
                <IconCloudCheck size={18} aria-hidden />
              </Text>
              <Text fw={600} size="sm">
                {t('calendarServer.connectedAs', { user: account.username })}
              </Text>
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('calendarServer.server', { server: account.serverUrl })}
            </Text>
            {account.homeUrl !== account.serverUrl && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('calendarServer.home', { home: account.homeUrl })}
              </Text>
            )}
            <Text size="sm" c={account.passwordKept === null ? 'orange.9' : undefined} fw={account.passwordKept === null ? 600 : 400}>
              {account.passwordKept === null
                ? t('calendarServer.kept.none')
                : account.passwordKept === 'session'
                  ? platform.kind === 'web'
                    ? t('calendarServer.kept.sessionWeb')
                    : t('calendarServer.kept.sessionDesktop')
                  : t(`calendarServer.kept.${account.passwordKept}`)}
            </Text>
            <Group gap="xs" mt="xs">
              {!formShown && (
                <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                  {t('calendarServer.change')}
                </Button>
              )}
              <Button variant="default" color="red" size="xs" onClick={disconnect}>
                {t('calendarServer.disconnect')}
              </Button>
            </Group>
          </Stack>
        )}

        {formShown && (
          <AccountForm
            key={account ? `${account.serverUrl} ${account.username} ${account.passwordKept}` : ''}
            account={account}
            onCancel={editing ? () => setEditing(false) : null}
            onConnected={() => setEditing(false)}
          />
        )}

        {account && (
          <Switch
            mt="xs"
            label={t('calendarServer.automatic')}
            description={account.passwordKept === null ? t('calendarServer.automaticNeedsPassword') : t('calendarServer.automaticHint')}
            checked={switching ?? automatic === true}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              setSwitching(on);
              void calendars.setAutoPublish(on).finally(() => setSwitching(null));
            }}
          />
        )}
      </Stack>
    </Card>
  );
}

/** The account to test and keep: a new one, or the connected one with its password given again. */
function AccountForm({
  account,
  onCancel,
  onConnected,
}: {
  account: KeptCalDavAccount | null;
  onCancel: (() => void) | null;
  onConnected: () => void;
}) {
  const { t } = useTranslation('settings');
  const platform = usePlatform();
  const publishing = useCalendarPublishing();
  const [draft, setDraft] = useState<Draft>(() => ({
    serverUrl: account?.serverUrl ?? '',
    username: account?.username ?? '',
    password: '',
    remember: account?.passwordKept === 'browser',
  }));
  const [invalid, setInvalid] = useState<Invalid>({});
  const [failure, setFailure] = useState<{ failure: ServerFailure; url: string } | null>(null);
  const [testing, setTesting] = useState(false);
  const passwordOptional = keepsPasswordFor(account, draft);

  const change = (field: keyof Draft, value: string | boolean) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if (field !== 'remember') setInvalid((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (testing) return;
    const serverUrl = draft.serverUrl.trim();
    const username = draft.username.trim();
    const found: Invalid = {
      ...(isWebAddress(serverUrl) ? {} : { serverUrl: t('calendarServer.invalid.address') }),
      ...(username ? {} : { username: t('calendarServer.invalid.username') }),
      ...(draft.password || passwordOptional ? {} : { password: t('calendarServer.invalid.password') }),
    };
    setInvalid(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setTesting(true);
    try {
      const result = await publishing.connect({ serverUrl, username, password: draft.password || null, remember: draft.remember });
      if (result.status === 'failed') {
        setFailure({ failure: result.failure, url: serverUrl });
        return;
      }
      onConnected();
      notifications.show({ color: 'teal', message: t('calendarServer.connected', { server: result.account.serverUrl, user: result.account.username }) });
    } finally {
      setTesting(false);
    }
  };

  const problem = failure && problemText(failure.failure, failure.url, platform.kind, t);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('calendarServer.address')}
          placeholder={ADDRESSES.example}
          description={t('calendarServer.where', ADDRESSES)}
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          required
          value={draft.serverUrl}
          onChange={(event) => change('serverUrl', event.currentTarget.value)}
          error={invalid.serverUrl}
        />
        <TextInput
          label={t('calendarServer.username')}
          autoComplete="username"
          spellCheck={false}
          required
          value={draft.username}
          onChange={(event) => change('username', event.currentTarget.value)}
          error={invalid.username}
        />
        <PasswordInput
          label={t('calendarServer.password')}
          placeholder={passwordOptional ? t('calendarServer.passwordKept') : undefined}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('calendarServer.showPassword') }}
          required={!passwordOptional}
          value={draft.password}
          onChange={(event) => change('password', event.currentTarget.value)}
          error={invalid.password}
        />
        {platform.kind === 'web' ? (
          <Checkbox
            label={t('calendarServer.remember')}
            description={t('calendarServer.rememberHint')}
            checked={draft.remember}
            onChange={(event) => change('remember', event.currentTarget.checked)}
          />
        ) : (
          <Text size="xs" c="dimmed">
            {t('calendarServer.desktopKeeping')}
          </Text>
        )}
        {problem && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('calendarServer.problemTitle')} role="alert">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {problem}
            </Text>
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={testing}>
            {t('calendarServer.test')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={testing}>
              {t('calendarServer.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** The failure in full, with the address tried and what to do. */
function problemText(
  failure: ServerFailure,
  url: string,
  kind: 'desktop' | 'web',
  t: ReturnType<typeof useTranslation<'settings'>>['t'],
): string {
  switch (failure.problem) {
    case 'unreachable':
      return kind === 'web' ? t('calendarServer.problem.unreachableWeb', { url }) : t('calendarServer.problem.unreachable', { url });
    case 'server':
      return failure.status === null
        ? t('calendarServer.problem.serverNoStatus', { url })
        : t('calendarServer.problem.server', { url, status: String(failure.status) });
    default:
      return t(`calendarServer.problem.${failure.problem}`, { url, nextcloudPath: ADDRESSES.nextcloudPath });
  }
}
