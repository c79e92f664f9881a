/**
 * Settings of this computer: the interface's language and its colour scheme, each switched at once (no restart)
 * and remembered here, and the calendar server calendars are published to. All are this computer's, like its
 * zone: they are not in backups, so a colleague's backup never changes them (nor carries a password).
 */
import { Anchor, Button, Card, Group, Radio, Stack, Text, TextInput, Title, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/catalogues';
import { isLanguage } from '../../i18n/i18n';
import { useLanguage } from '../shared/locale';
import { useScreen } from '../shared/use-screen';
import { CalendarServerCard } from './CalendarServerCard';
import { ORGANISER_NAME_MAX, useOrganiserName } from '../shared/change-author';

export function SettingsScreen() {
  const { t } = useTranslation(['settings', 'common']);
  const headingRef = useScreen(t('title'));
  const { language, setLanguage } = useLanguage();
  return (
    <Stack gap="lg" maw={640}>
      <Title order={2} ref={headingRef} tabIndex={-1}>
        {t('title')}
      </Title>
      <Card withBorder padding="lg">
        <Radio.Group
          name="language"
          label={t('language.label')}
          description={t('language.description')}
          value={language}
          onChange={(value) => {
            if (isLanguage(value)) setLanguage(value);
          }}
        >
          <Stack gap="xs" mt="sm">
            {LANGUAGES.map((option: Language) => (
              <Radio key={option} value={option} label={t(`common:language.${option}`)} lang={option} />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm" c="dimmed" mt="md">
          {t('language.dataNote')}
        </Text>
      </Card>
      <ColorSchemeCard />
      <OrganiserNameCard />
      <Card withBorder padding="lg">
        <Text fw={500} size="sm">
          {t('data.label')}
        </Text>
        <Text size="sm" c="dimmed" mt={4}>
          {t('data.description')}
        </Text>
        <Anchor component={Link} to="/backups" size="sm" mt="sm" display="inline-block">
          {t('data.backups')}
        </Anchor>
      </Card>
      <CalendarServerCard />
    </Stack>
  );
}

/** The choices of colour scheme, in the order offered: as the computer is set ('auto') comes first, as it is the default. */
const COLOR_SCHEMES: readonly MantineColorScheme[] = ['auto', 'light', 'dark'];

const isColorScheme = (value: string): value is MantineColorScheme => (COLOR_SCHEMES as readonly string[]).includes(value);

/** Light or dark screens, or as the computer is set: applied at once, and kept by the theme's scheme manager. */
function ColorSchemeCard() {
  const { t } = useTranslation('settings');
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Card withBorder padding="lg">
      <Radio.Group
        name="color-scheme"
        label={t('colorScheme.label')}
        description={t('colorScheme.description')}
        value={colorScheme}
        onChange={(value) => {
          if (isColorScheme(value)) setColorScheme(value);
        }}
      >
        <Stack gap="xs" mt="sm">
          {COLOR_SCHEMES.map((option) => (
            <Radio key={option} value={option} label={t(`colorScheme.${option}`)} />
          ))}
        </Stack>
      </Radio.Group>
    </Card>
  );
}

/** The organiser's name, which each change they make carries into the records' histories. */
function OrganiserNameCard() {
  const { t } = useTranslation('settings');
  const [saved, save] = useOrganiserName();
  const [typed, setTyped] = useState(saved);
  const changed = typed.trim() !== saved;
  return (
    <Card withBorder padding="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save(typed);
          setTyped(typed.trim());
        }}
      >
        <TextInput
          label={t('organiser.label')}
          description={t('organiser.description')}
          value={typed}
          maxLength={ORGANISER_NAME_MAX}
          autoComplete="name"
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        <Group mt="sm" gap="sm">
          <Button type="submit" variant="light" disabled={!changed}>
            {t('organiser.save')}
          </Button>
          <Text size="sm" c="dimmed" role="status">
            {!changed && saved !== '' ? t('organiser.saved', { name: saved }) : !changed ? t('organiser.none') : ''}
          </Text>
        </Group>
      </form>
    </Card>
  );
}
