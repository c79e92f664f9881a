/** The window's frame: the header with navigation and the app menu, and the current screen below. */
import { ActionIcon, Anchor, AppShell, Burger, Button, Group, Menu, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAddressBook,
  IconChecklist,
  IconDatabase,
  IconDeviceFloppy,
  IconDots,
  IconLifebuoy,
  IconPlane,
  IconPlus,
  IconRestore,
  IconKeyboard,
  IconSearch,
  IconSettings,
  IconUsersGroup,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { backupAge } from '../../domain/files/backup-display';
import { useLocale } from '../shared/locale';
import { useBackupStatus, useDataActions } from '../backups';
import { useTripActions } from '../shared/trip-actions';
import { requestPersistentStorage, type StoragePersistence } from '../../platform/storage-persistence';
import { usePlatform } from '../shared/context';
import { ShortcutKeys, useScreenHotkeys } from '../shared/hotkeys';
import { ScreenSuspense } from '../shared/lazy-screen';
import { LoadSampleTripMenuItem } from '../shared/components/LoadSampleTripButton';
import { TeamSyncStatus } from '../team';
import { CommandPalette, openCommandPalette, ShortcutsSheet } from '../palette';

export function AppLayout() {
  const { t } = useTranslation('app');
  const locale = useLocale();
  const actions = useTripActions();
  const platform = usePlatform();
  const navigate = useNavigate();
  const dataActions = useDataActions();
  const backupStatus = useBackupStatus();
  const [navigationOpen, navigation] = useDisclosure(false);
  const [shortcutsOpen, shortcuts] = useDisclosure(false);
  const [persistence, setPersistence] = useState<StoragePersistence>('unknown');
  // Ask once that the data be kept even when the computer runs short of space.
  useEffect(() => {
    let current = true;
    void requestPersistentStorage().then((result) => {
      if (current) setPersistence(result);
    });
    return () => {
      current = false;
    };
  }, []);

  // A single key, as in mail clients: Ctrl+N belongs to the browser, and the desktop menu has its own accelerator.
  useScreenHotkeys([['n', () => actions.createTrip()]]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        switch (command) {
          case 'new-trip':
            actions.createTrip();
            break;
          case 'show-trips':
            void navigate('/trips');
            break;
          case 'show-settings':
            void navigate('/settings');
            break;
          case 'load-sample-trip':
            void actions.loadSampleTrip();
            break;
          case 'load-shenzhen-sample-trip':
            void actions.loadSampleTrip('shenzhen');
            break;
          case 'remove-sample-data':
            void actions.removeSampleData();
            break;
          case 'back-up':
            void dataActions.backUpToFile();
            break;
          case 'restore':
            void navigate('/backups?focus=restore');
            break;
          case 'import-trip':
            void navigate('/backups?focus=import-trip');
            break;
          case 'show-backups':
            if (platform.automaticBackups?.showFolder) void platform.automaticBackups.showFolder();
            else void navigate('/backups');
            break;
        }
      }),
    [platform, actions, navigate, dataActions],
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 180, breakpoint: 'md', collapsed: { mobile: !navigationOpen } }}
      padding="lg"
    >
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Burger
              opened={navigationOpen}
              onClick={navigation.toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={navigationOpen ? t('nav.hide') : t('nav.show')}
            />
            <IconPlane size={22} aria-hidden />
            <Title order={1} size="h4">
              {t('name')}
            </Title>
          </Group>
          <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconSearch size={16} />} onClick={openCommandPalette}>
            {t('palette.open')}
          </Button>
          <CommandPalette />
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('shortcuts.open')} onClick={shortcuts.open}>
            <IconKeyboard size={20} />
          </ActionIcon>
          <ShortcutsSheet opened={shortcutsOpen} onOpen={shortcuts.open} onClose={shortcuts.close} />
          <Menu position="bottom-end" shadow="md">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('menu.label')}>
                <IconDots size={20} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPlus size={16} />} rightSection={<ShortcutKeys keys={['N']} />} onClick={() => actions.createTrip()}>
                {t('menu.newTrip')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Label>{t('menu.yourData')}</Menu.Label>
              <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={() => void dataActions.backUpToFile()}>
                {t('menu.backUp')}
              </Menu.Item>
              <Menu.Item leftSection={<IconRestore size={16} />} onClick={() => void navigate('/backups?focus=restore')}>
                {t('menu.restore')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Label>{t('menu.sampleData')}</Menu.Label>
              <Menu.Item leftSection={<IconDatabase size={16} />} onClick={() => void actions.loadSampleTrip()}>
                {t('menu.loadSample')}
              </Menu.Item>
              <LoadSampleTripMenuItem sample="shenzhen" />
              <Menu.Item leftSection={<IconTrash size={16} />} onClick={() => void actions.removeSampleData()}>
                {t('menu.removeSample')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item leftSection={<IconSettings size={16} />} onClick={() => void navigate('/settings')}>
                {t('menu.settings')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print" aria-label={t('nav.sections')}>
        <NavLink
          component={RouterNavLink}
          to="/trips"
          label={t('nav.trips')}
          leftSection={<IconPlane size={18} />}
          onClick={navigation.close}
        />
        <NavLink
          component={RouterNavLink}
          to="/directory"
          label={t('nav.directory')}
          leftSection={<IconAddressBook size={18} />}
          onClick={navigation.close}
        />
        <NavLink
          component={RouterNavLink}
          to="/follow-ups"
          label={t('nav.followUps')}
          leftSection={<IconChecklist size={18} />}
          onClick={navigation.close}
        />
        <NavLink
          component={RouterNavLink}
          to="/backups"
          label={t('nav.backups')}
          leftSection={<IconLifebuoy size={18} />}
          onClick={navigation.close}
        />
        <NavLink
          component={RouterNavLink}
          to="/team"
          label={t('nav.team')}
          leftSection={<IconUsersGroup size={18} />}
          onClick={navigation.close}
        />
        <NavLink
          component={RouterNavLink}
          to="/settings"
          label={t('nav.settings')}
          leftSection={<IconSettings size={18} />}
          onClick={navigation.close}
        />
        <Stack gap={2} mt="auto" p="xs">
          <Text size="xs" c="dimmed">
            {t('status.dataStaysHere')}
          </Text>
          <Anchor component={Link} to="/backups" size="xs" c={backupStatus.lastFileBackupAt ? 'dimmed' : 'orange.8'}>
            {backupStatus.lastFileBackupAt
              ? t('status.lastBackup', { age: locale.word(backupAge(backupStatus.lastFileBackupAt, new Date().toISOString(), locale.language)) })
              : t('status.noBackup')}
          </Anchor>
          <TeamSyncStatus />
          {persistence === 'best-effort' && (
            <Text size="xs" c="orange.8">
              {t('status.mayBeCleared')}
            </Text>
          )}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <ScreenSuspense>
          <Outlet />
        </ScreenSuspense>
      </AppShell.Main>
    </AppShell>
  );
}
