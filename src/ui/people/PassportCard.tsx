/**
 * A person's passport and visa on their page, for the organiser: the name as the passport has it, sex, birth,
 * passport and visa, and whom to call in an emergency. The passport number and date of birth are masked until
 * revealed. Not printed: the page prints as the delegate's programme, which holds none of this.
 *
 * A person whose split into given and family names is a guess has it shown beside the name as it was entered,
 * with one action to confirm it and one to correct it in the form.
 */
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/people/person';
import { personToDraft } from '../../domain/people/person-rules';
import { maskDateOfBirth, maskPassportNumber } from '../../domain/people/sensitive';
import { useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { SensitiveText } from './sensitive';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

export function PassportCard({ person }: { person: Person }) {
  const { t } = useTranslation('people');
  const locale = useLocale();
  const value = (text: string) =>
    text.trim() ? (
      <Text size="sm">{text}</Text>
    ) : (
      <Text size="sm" c="dimmed">
        {t('passport.notRecorded')}
      </Text>
    );
  const date = (iso: string | null) => value(iso ? locale.dateWithYear(iso) : '');
  return (
    <Card withBorder className="no-print" component="section" aria-labelledby="passport-heading">
      <Title order={4} id="passport-heading" mb="sm">
        {t('personForm.passportSection')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="md" verticalSpacing="sm">
        <Detail label={t('personForm.familyName')}>{value(person.familyName)}</Detail>
        <Detail label={t('personForm.givenNames')}>{value(person.givenNames)}</Detail>
        <Detail label={t('personForm.sex')}>{value(person.sex ? t(`personForm.sexOption.${person.sex}`) : '')}</Detail>
        <Detail label={t('personForm.dateOfBirth')}>
          <SensitiveText
            field={t('personForm.dateOfBirth')}
            value={person.dateOfBirth ? locale.dateWithYear(person.dateOfBirth) : ''}
            masked={maskDateOfBirth(person.dateOfBirth)}
          />
        </Detail>
        <Detail label={t('personForm.placeOfBirth')}>{value(person.placeOfBirth)}</Detail>
        <Detail label={t('personForm.nationality')}>{value(person.nationality)}</Detail>
        <Detail label={t('personForm.passportNumber')}>
          <SensitiveText field={t('personForm.passportNumber')} value={person.passportNumber} masked={maskPassportNumber(person.passportNumber)} />
        </Detail>
        <Detail label={t('personForm.passportAuthority')}>{value(person.passportAuthority)}</Detail>
        <Detail label={t('personForm.passportIssueDate')}>{date(person.passportIssueDate)}</Detail>
        <Detail label={t('personForm.passportExpiry')}>{date(person.passportExpiry)}</Detail>
        <Detail label={t('personForm.visaType')}>{value(person.visaType)}</Detail>
        <Detail label={t('personForm.visaStatus')}>{value(t(`visa.${person.visaStatus}`))}</Detail>
        <Detail label={t('personForm.emergencyContact')}>{value(person.emergencyContact)}</Detail>
      </SimpleGrid>
    </Card>
  );
}

export function NameToConfirm({ person, onCorrect }: { person: Person; onCorrect: () => void }) {
  const { t } = useTranslation('people');
  const { people } = useRepositories();
  const locale = useLocale();
  const [saving, setSaving] = useState(false);
  const none = t('name.none');
  const confirm = async () => {
    setSaving(true);
    // Only the confirmation is written, on top of the person as they are now: a change saved meanwhile in another
    // window stays (nothing but this flag is changed here, so no field can clash).
    const shown = personToDraft(person);
    const saved = await people.savePersonEdit(person.id, shown, { ...shown, nameToConfirm: false });
    setSaving(false);
    if (!saved.ok && 'clash' in saved) return;
    if (saved.ok) notifications.show({ color: 'teal', message: t('name.confirmed', { name: saved.value.name }) });
    else notifications.show({ color: 'red', message: Object.values(saved.error).map((said) => locale.word(said)).join(' ') });
  };
  return (
    <Alert color="orange" icon={<IconAlertTriangle />} title={t('name.toConfirm')} className="no-print">
      <Text size="sm">
        {t('name.pageNotice', { name: person.nameAsEntered ?? person.name, given: person.givenNames || none, family: person.familyName || none })}
      </Text>
      <Group gap="sm" mt="sm">
        <Button size="xs" leftSection={<IconCheck size={14} />} loading={saving} onClick={() => void confirm()}>
          {t('name.confirm')}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={onCorrect}>
          {t('name.correct')}
        </Button>
      </Group>
    </Alert>
  );
}
