/**
 * The invitation-letter list, from the People tab: the format (a spreadsheet or CSV), the language of the
 * column headers (English, Chinese for a Chinese host, or both), and whether to list only the people whose visa
 * is not yet settled. Before saving, it says who is flagged: passports that expire within six months of the
 * trip's end, details the host needs that are missing, names whose split is still a guess.
 */
import { Alert, Button, Checkbox, Group, List, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPassportFlag } from '../../domain/people/invitation-list';
import { PASSPORT_MONTHS_AFTER_TRIP } from '../../domain/people/rollups';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { localeOf } from '../../i18n/locale';
import {
  exportInvitationList,
  HEADER_LANGUAGES,
  INVITATION_LIST_FORMATS,
  MAX_SPREADSHEET_PEOPLE,
  previewInvitationList,
  type HeaderLanguage,
  type InvitationListChoice,
  type InvitationListFormat,
} from '../../usecases/invitation-list-export';
import { usePlatform, useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';

export function InvitationListModal({ opened, bundle, onClose }: { opened: boolean; bundle: TripBundle; onClose: () => void }) {
  const { t } = useTranslation('people');
  return (
    <Modal opened={opened} onClose={onClose} title={t('invitationList.dialog.title')} size="lg">
      {opened && <InvitationListForm bundle={bundle} onClose={onClose} />}
    </Modal>
  );
}

function InvitationListForm({ bundle, onClose }: { bundle: TripBundle; onClose: () => void }) {
  const { t, i18n } = useTranslation(['people', 'common']);
  const locale = useLocale();
  const repositories = useRepositories();
  const platform = usePlatform();
  const [choice, setChoice] = useState<InvitationListChoice>({ format: 'xlsx', headers: 'both', onlyVisaNotSettled: false });
  const [saving, setSaving] = useState(false);
  const list = useMemo(() => previewInvitationList(bundle, choice), [bundle, choice]);
  const names = (rows: typeof list.rows) => locale.list(rows.map((row) => bundle.people.find((person) => person.id === row.personId)?.name ?? ''));
  const passports = list.rows.filter(hasPassportFlag);
  const missing = list.rows.filter((row) => row.flags.some((flag) => flag.kind === 'missing'));
  const toConfirm = list.rows.filter((row) => row.flags.some((flag) => flag.kind === 'name-to-confirm'));
  const tooMany = choice.format === 'xlsx' && list.rows.length > MAX_SPREADSHEET_PEOPLE;

  const save = async () => {
    setSaving(true);
    const locales = { reader: locale, english: localeOf(i18n, 'en'), chinese: localeOf(i18n, 'zh-CN') };
    const saved = await exportInvitationList({ repositories, platform }, bundle.trip.id, choice, locales);
    setSaving(false);
    if (saved.ok) {
      notifications.show({ color: 'teal', message: t('people:invitationList.dialog.saved', { count: saved.value.people, trip: bundle.trip.name }) });
      onClose();
    } else if (saved.error.kind === 'failed') {
      notifications.show({ color: 'red', title: t('people:invitationList.dialog.failed'), message: saved.error.reason });
    } else if (saved.error.kind === 'trip-gone') {
      notifications.show({ color: 'red', message: t('people:errors.tripGone') });
    } else if (saved.error.kind === 'too-many-for-spreadsheet') {
      notifications.show({ color: 'red', message: t('people:invitationList.dialog.tooMany', { max: saved.error.max }) });
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('people:invitationList.dialog.intro')}</Text>
      <Radio.Group
        label={t('people:invitationList.dialog.format')}
        value={choice.format}
        onChange={(value) => setChoice((current) => ({ ...current, format: value as InvitationListFormat }))}
      >
        <Group gap="lg" mt={6}>
          {INVITATION_LIST_FORMATS.map((format) => (
            <Radio key={format} value={format} label={t(`people:invitationList.dialog.formatOption.${format}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Radio.Group
        label={t('people:invitationList.dialog.headers')}
        description={t('people:invitationList.dialog.headersHint')}
        value={choice.headers}
        onChange={(value) => setChoice((current) => ({ ...current, headers: value as HeaderLanguage }))}
      >
        <Group gap="lg" mt={6}>
          {HEADER_LANGUAGES.map((headers) => (
            <Radio key={headers} value={headers} label={t(`people:invitationList.dialog.headersOption.${headers}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox
        label={t('people:invitationList.dialog.onlyNotSettled')}
        checked={choice.onlyVisaNotSettled}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setChoice((current) => ({ ...current, onlyVisaNotSettled: checked }));
        }}
      />
      <Text size="sm" fw={600} role="status">
        {list.rows.length === 0
          ? t(choice.onlyVisaNotSettled ? 'people:invitationList.dialog.nobodyUnsettled' : 'people:invitationList.dialog.nobody')
          : t('people:invitationList.dialog.people', { count: list.rows.length })}
      </Text>
      {passports.length + missing.length + toConfirm.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="sm" title={t('people:invitationList.dialog.flagged')}>
          <List size="sm" spacing={4}>
            {passports.length > 0 && (
              <List.Item>
                {t('people:invitationList.dialog.passports', {
                  count: passports.length,
                  months: PASSPORT_MONTHS_AFTER_TRIP,
                  until: locale.dateWithYear(list.passportNeededUntil),
                  names: names(passports),
                })}
              </List.Item>
            )}
            {missing.length > 0 && (
              <List.Item>{t('people:invitationList.dialog.missing', { count: missing.length, names: names(missing) })}</List.Item>
            )}
            {toConfirm.length > 0 && (
              <List.Item>{t('people:invitationList.dialog.namesToConfirm', { count: toConfirm.length, names: names(toConfirm) })}</List.Item>
            )}
          </List>
        </Alert>
      )}
      {tooMany && (
        <Text size="sm" c="red" role="alert">
          {t('people:invitationList.dialog.tooMany', { max: MAX_SPREADSHEET_PEOPLE })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('people:invitationList.dialog.sensitive')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common:action.cancel')}
        </Button>
        <Button leftSection={<IconFileSpreadsheet size={16} />} loading={saving} disabled={list.rows.length === 0 || tooMany} onClick={() => void save()}>
          {t('people:invitationList.dialog.save')}
        </Button>
      </Group>
    </Stack>
  );
}
