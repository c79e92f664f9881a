/**
 * The organisation form: creates or edits an organisation. While the name is typed, in either script, it
 * warns when the directory already has that organisation and offers to open it; saving a second one anyway
 * takes an explicit, separate choice ("Create a separate organisation").
 */
import { Alert, Anchor, Button, Group, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  COUNTRY_CODE_EXAMPLES,
  emptyOrganisationDraft,
  findSimilarOrganisations,
  organisationDraftNamed,
  ORGANISATION_TYPES,
  organisationToDraft,
  secureWebsite,
  validateOrganisationDraft,
  type Organisation,
  type OrganisationDraft,
} from '../../domain/directory/organisation';
import { useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { wordFieldMessages } from '../shared/field-messages';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { placeLabel } from './place-label';
import { useOrganisationSummaries } from './use-directory-data';

export interface OrganisationFormModalProps {
  opened: boolean;
  /** The organisation to edit; none to create a new one. */
  organisation: Organisation | null;
  /** For a new organisation: the name typed in a search that did not find it, to start from. */
  startingName?: string;
  onClose: () => void;
  onSaved: (organisation: Organisation, created: boolean) => void;
  /**
   * Opened from another form (the engagement form's partner picker): an organisation already in the directory
   * is chosen with this, rather than opened in the directory, which would leave the form behind.
   */
  onUseExisting?: (organisation: Organisation) => void;
}

/** The organisation types for a select, in the reader's words. */
export function useTypeOptions() {
  const { t } = useTranslation('directory');
  return useMemo(() => ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) })), [t]);
}

export function OrganisationFormModal({
  opened,
  organisation,
  startingName = '',
  onClose,
  onSaved,
  onUseExisting,
}: OrganisationFormModalProps) {
  const { t } = useTranslation('directory');
  const locale = useLocale();
  const typeOptions = useTypeOptions();
  const { directory } = useRepositories();
  const navigate = useNavigate();
  const summaries = useOrganisationSummaries();
  const form = useForm<OrganisationDraft>({
    mode: 'controlled',
    initialValues: emptyOrganisationDraft(),
    validate: (values) => wordFieldMessages(locale, validateOrganisationDraft(values)),
  });
  /** The similar organisations the person has already been stopped for once, by id. */
  const [stoppedFor, setStoppedFor] = useState<string | null>(null);
  const close = () => {
    setStoppedFor(null);
    onClose();
  };

  const startingValues = useMemo(
    () => (organisation ? organisationToDraft(organisation) : organisationDraftNamed(startingName)),
    [organisation, startingName],
  );
  useFormValuesOnOpen(form, opened, startingValues);

  const { name, nameLocal } = form.values;
  const similar = useMemo(() => {
    const others = (summaries ?? []).map((summary) => summary.organisation).filter((other) => other.id !== organisation?.id);
    const found = findSimilarOrganisations(name, nameLocal, others);
    if (!organisation) return found;
    // An edit that keeps the names never warns: the organisation was already kept separate from these.
    const already = new Set(findSimilarOrganisations(organisation.name, organisation.nameLocal, others).map((o) => o.id));
    return found.filter((other) => !already.has(other.id));
  }, [summaries, organisation, name, nameLocal]);
  const similarKey = similar.map((other) => other.id).join(' ');
  const stopped = similar.length > 0 && stoppedFor === similarKey;

  const tagSuggestions = useMemo(
    () => [...new Set((summaries ?? []).flatMap((summary) => summary.organisation.tags))].sort(locale.compare),
    [summaries, locale],
  );

  async function save(values: OrganisationDraft, allowSimilar: boolean, event?: FormEvent<HTMLFormElement>) {
    const result = organisation
      ? await directory.updateOrganisation(organisation.id, values, { allowSimilar })
      : await directory.createOrganisation(values, { allowSimilar });
    if (!result.ok) {
      form.setErrors(wordFieldMessages(locale, result.error));
      focusFirstError(event);
      return;
    }
    notifications.show({
      color: 'teal',
      message: organisation
        ? t('organisationForm.saved', { name: result.value.name })
        : t('organisationForm.added', { name: result.value.name }),
    });
    setStoppedFor(null);
    onSaved(result.value, !organisation);
  }

  const submit = form.onSubmit(
    async (values, event) => {
      if (similar.length > 0) {
        // The first attempt stops here: the person chooses between the existing one and a separate one.
        setStoppedFor(similarKey);
        const formElement = event?.target instanceof HTMLFormElement ? event.target : null;
        requestAnimationFrame(() => formElement?.querySelector<HTMLElement>('[data-open-similar]')?.focus());
        return;
      }
      await save(values, false, event);
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  const saveSeparately = async () => {
    if (form.validate().hasErrors) return;
    await save(form.getValues(), true);
  };

  const openExisting = (existing: Organisation) => {
    close();
    if (onUseExisting) onUseExisting(existing);
    else void navigate(`/directory/${existing.id}`);
  };

  const country = form.values.country.trim();
  const countryHint =
    /^[A-Za-z]{2}$/.test(country) && locale.country(country) !== country.toUpperCase()
      ? locale.country(country)
      : null;

  // An http:// website would be saved and then never open (links leave the app over https only): said as it is
  // typed, with its https address one click away, so the organiser chooses it rather than the app.
  const secure = secureWebsite(form.values.website);
  const websiteHint = secure && (
    <>
      {!form.errors['website'] && `${t('organisationForm.websiteNotSecure')} `}
      <Anchor
        component="button"
        type="button"
        size="xs"
        style={{ overflowWrap: 'anywhere', textAlign: 'start' }}
        onClick={() => {
          form.setFieldValue('website', secure);
          form.clearFieldError('website');
        }}
      >
        {t('organisationForm.useSecureWebsite', { secure })}
      </Anchor>
    </>
  );

  return (
    <FormModal
      opened={opened}
      title={organisation ? t('organisationForm.editTitle') : t('organisationForm.newTitle')}
      isDirty={() => form.isDirty()}
      onClose={close}
      onSubmit={submit}
      submitLabel={organisation ? t('organisationForm.save') : t('organisationForm.create')}
      submitting={form.submitting}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('organisationForm.name')}
          placeholder={t('example', { example: 'Zhengxin Group' })}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('organisationForm.nameLocal')}
          placeholder={t('example', { example: '正信集团' })}
          {...form.getInputProps('nameLocal')}
        />
      </SimpleGrid>

      {similar.length > 0 && (
        <Alert color="yellow" icon={<IconCopy size={18} />} aria-live="polite" role="status" p="sm">
          <Stack gap="xs">
            {similar.map((existing, index) => (
              <Group key={existing.id} justify="space-between" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={600} id={`similar-${existing.id}`}>
                    {t('organisationForm.similar.already', { name: existing.name })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      existing.nameLocal,
                      t(`type.${existing.type}`),
                      placeLabel(existing.city, existing.country, locale),
                      existing.archived ? t('organisationForm.similar.archived') : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </div>
                <Button
                  data-open-similar={index === 0 || undefined}
                  size="compact-sm"
                  variant="light"
                  color="yellow"
                  style={{ flexShrink: 0 }}
                  aria-describedby={`similar-${existing.id}`}
                  onClick={() => openExisting(existing)}
                >
                  {onUseExisting ? t('organisationForm.similar.useIt') : t('organisationForm.similar.openIt')}
                </Button>
              </Group>
            ))}
            {stopped ? (
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm">{t('organisationForm.similar.nothingSaved')}</Text>
                <Button
                  size="compact-sm"
                  variant="default"
                  style={{ flexShrink: 0 }}
                  loading={form.submitting}
                  onClick={() => void saveSeparately()}
                >
                  {organisation ? t('organisationForm.similar.saveSeparately') : t('organisationForm.similar.createSeparately')}
                </Button>
              </Group>
            ) : (
              <Text size="sm">
                {onUseExisting ? t('organisationForm.similar.sameUse') : t('organisationForm.similar.sameOpen')}
              </Text>
            )}
          </Stack>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('organisationForm.type')}
          data={typeOptions}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('type')}
        />
        <TextInput
          label={t('organisationForm.sector')}
          placeholder={t('organisationForm.sectorPlaceholder')}
          {...form.getInputProps('sector')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('organisationForm.city')} placeholder={t('organisationForm.cityPlaceholder')} {...form.getInputProps('city')} />
        <TextInput
          label={t('organisationForm.country')}
          placeholder={t('example', { example: COUNTRY_CODE_EXAMPLES.china })}
          description={countryHint ?? t('organisationForm.countryDescription', COUNTRY_CODE_EXAMPLES)}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('country')}
        />
        <TextInput
          label={t('organisationForm.website')}
          placeholder={t('example', { example: 'example.com' })}
          inputMode="url"
          description={websiteHint}
          inputWrapperOrder={['label', 'input', 'error', 'description']}
          {...form.getInputProps('website')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('organisationForm.address')} {...form.getInputProps('address')} />
        <TextInput label={t('organisationForm.addressLocal')} {...form.getInputProps('addressLocal')} />
      </SimpleGrid>
      <TagsInput
        label={t('organisationForm.tags')}
        description={t('organisationForm.tagsDescription')}
        data={tagSuggestions}
        clearable
        {...form.getInputProps('tags')}
      />
      <Textarea label={t('organisationForm.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
