/**
 * Connecting the team's folder, in two steps: where it is (a WebDAV folder's address and account, tested
 * before it is kept; or, on the desktop, a folder a sync client keeps in step), then the team passphrase (typed
 * twice when the folder has no space yet, and the space is made with it).
 */
import { Alert, Button, Checkbox, Group, PasswordInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../domain/sync/team-key';
import type { KeptTeamSpace } from '../../platform/team-space';
import { findSpace, unlockSpace, type SpaceFound, type UnlockResult } from '../../usecases/team-space';
import { usePlatform } from '../shared/context';
import { useFailureText } from './team-words';

const NEXTCLOUD_EXAMPLE = 'https://cloud.example.org/remote.php/dav/files/ada/Missions/';

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
};

type Invalid = Partial<Record<'url' | 'username' | 'password' | 'folder', string>>;

export function ConnectFolderForm({ space, onConnected }: { space: KeptTeamSpace | null; onConnected(): Promise<void> }) {
  const { t } = useTranslation('team');
  const platform = usePlatform();
  const failureText = useFailureText();
  const [kind, setKind] = useState<'webdav' | 'folder'>('webdav');
  const [url, setUrl] = useState(space?.kind === 'webdav' ? space.url : '');
  const [username, setUsername] = useState(space?.kind === 'webdav' ? space.username : '');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [folder, setFolder] = useState<{ id: string; label: string } | null>(null);
  const [invalid, setInvalid] = useState<Invalid>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordKept = space?.kind === 'webdav' && space.passwordKept !== null && space.url === url.trim() && space.username === username.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Invalid =
      kind === 'folder'
        ? folder
          ? {}
          : { folder: t('connect.folderMissing') }
        : {
            ...(isWebAddress(url.trim()) ? {} : { url: t('connect.urlInvalid') }),
            ...(username.trim() ? {} : { username: t('connect.usernameMissing') }),
            ...(password || passwordKept ? {} : { password: t('connect.passwordMissing') }),
          };
    setInvalid(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await platform.teamSpace.connect(
        kind === 'folder' && folder
          ? { kind: 'folder', folderId: folder.id }
          : { kind: 'webdav', url: url.trim(), username: username.trim(), password: password || null, remember },
      );
      if (result.status === 'failed') {
        setFailure(failureText(result.failure));
        return;
      }
      await onConnected();
    } finally {
      setBusy(false);
    }
  };

  const chooseFolder = async () => {
    const chosen = await platform.chooseFolder();
    if (chosen.status === 'chosen') {
      setFolder({ id: chosen.folder.id, label: chosen.folder.label });
      setInvalid({});
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('connect.heading')}
        </Title>
        {platform.teamSpace.foldersAllowed && (
          <SegmentedControl
            aria-label={t('connect.kind')}
            value={kind}
            onChange={(value) => setKind(value === 'folder' ? 'folder' : 'webdav')}
            data={[
              { value: 'webdav', label: t('connect.webdav') },
              { value: 'folder', label: t('connect.folder') },
            ]}
          />
        )}
        {kind === 'webdav' ? (
          <>
            <TextInput
              label={t('connect.url')}
              description={t('connect.urlDescription', { example: NEXTCLOUD_EXAMPLE })}
              value={url}
              onChange={(event) => setUrl(event.currentTarget.value)}
              error={invalid.url}
              required
              type="url"
              autoComplete="url"
            />
            <TextInput
              label={t('connect.username')}
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={invalid.username}
              required
              autoComplete="username"
            />
            <PasswordInput
              label={t('connect.password')}
              description={passwordKept ? t('connect.passwordKept') : t('connect.passwordDescription')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={invalid.password}
              required={!passwordKept}
              autoComplete="current-password"
            />
            {platform.kind === 'web' && (
              <Checkbox
                label={t('connect.remember')}
                description={t('connect.rememberDescription')}
                checked={remember}
                onChange={(event) => setRemember(event.currentTarget.checked)}
              />
            )}
          </>
        ) : (
          <Stack gap={4}>
            <Text size="sm">{t('connect.folderDescription')}</Text>
            <Group gap="sm">
              <Button variant="default" onClick={() => void chooseFolder()}>
                {t('connect.chooseFolder')}
              </Button>
              {folder && <Text size="sm">{t('connect.folderChosen', { folder: folder.label })}</Text>}
            </Group>
            {invalid.folder && (
              <Text size="sm" c="red.8" role="alert">
                {invalid.folder}
              </Text>
            )}
          </Stack>
        )}
        {failure && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {busy ? t('connect.connecting') : t('connect.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The team passphrase: to open the folder's space, or to make one where there is none. */
export function PassphraseForm({ onUnlocked }: { onUnlocked(): Promise<void> }) {
  const { t } = useTranslation('team');
  const platform = usePlatform();
  const failureText = useFailureText();
  const [found, setFound] = useState<SpaceFound | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void findSpace(platform.teamSpace).then((result) => {
      if (current) setFound(result);
    });
    return () => {
      current = false;
    };
  }, [platform]);

  const said = (result: Exclude<UnlockResult, { status: 'unlocked' }> | Exclude<SpaceFound, { status: 'found' }>) =>
    result.status === 'failed' ? failureText(result.failure) : t(`unlock.${result.reason}`, { count: MIN_PASSPHRASE_LENGTH });

  if (found === null) return null;
  if (found.status !== 'found') {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
        {said(found)}
      </Alert>
    );
  }
  const creating = !found.exists;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await unlockSpace(platform.teamSpace, passphrase, creating ? repeated : null);
      if (result.status !== 'unlocked') {
        setProblem(said(result));
        return;
      }
      notifications.show({ color: 'teal', message: result.created ? t('unlock.created') : t('unlock.joined') });
      await onUnlocked();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('unlock.heading')}
        </Title>
        <Text size="sm">{creating ? t('unlock.createText', { count: MIN_PASSPHRASE_LENGTH }) : t('unlock.joinText')}</Text>
        <PasswordInput
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          autoComplete={creating ? 'new-password' : 'current-password'}
          required
          data-autofocus
        />
        {creating && (
          <PasswordInput label={t('unlock.repeat')} value={repeated} onChange={(event) => setRepeated(event.currentTarget.value)} autoComplete="new-password" required />
        )}
        {problem && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {busy ? t('unlock.working') : creating ? t('unlock.create') : t('unlock.join')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
