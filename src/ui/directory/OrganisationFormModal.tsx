/**
 * The organisation form: creates or edits an organisation. While the name is typed, in either script, it
 * warns when the directory already has that organisation and offers to open it; saving a second one anyway
 * takes an explicit, separate choice ("Create a separate organisation").
 */
import { Alert, Button, Group, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  emptyOrganisationDraft,
  findSimilarOrganisations,
  organisationDraftNamed,
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  organisationToDraft,
  validateOrganisationDraft,
  type Organisation,
  type OrganisationDraft,
} from '../../domain/directory/organisation';
import { useRepositories } from '../shared/context';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { countryName, placeLabel } from './country-names';
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

export const TYPE_OPTIONS = ORGANISATION_TYPES.map((type) => ({ value: type, label: ORGANISATION_TYPE_LABELS[type] }));

export function OrganisationFormModal({
  opened,
  organisation,
  startingName = '',
  onClose,
  onSaved,
  onUseExisting,
}: OrganisationFormModalProps) {
  const { directory } = useRepositories();
  const navigate = useNavigate();
  const summaries = useOrganisationSummaries();
  const form = useForm<OrganisationDraft>({
    mode: 'controlled',
    initialValues: emptyOrganisationDraft(),
    validate: (values) => validateOrganisationDraft(values),
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
    () => [...new Set((summaries ?? []).flatMap((summary) => summary.organisation.tags))].sort((a, b) => a.localeCompare(b)),
    [summaries],
  );

  async function save(values: OrganisationDraft, allowSimilar: boolean, event?: FormEvent<HTMLFormElement>) {
    const result = organisation
      ? await directory.updateOrganisation(organisation.id, values, { allowSimilar })
      : await directory.createOrganisation(values, { allowSimilar });
    if (!result.ok) {
      form.setErrors(result.error);
      focusFirstError(event);
      return;
    }
    notifications.show({
      color: 'teal',
      message: organisation ? `Saved “${result.value.name}”` : `Added “${result.value.name}” to the directory`,
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
  const countryHint = /^[A-Za-z]{2}$/.test(country) && countryName(country) !== country.toUpperCase() ? countryName(country) : null;

  return (
    <FormModal
      opened={opened}
      title={organisation ? 'Edit organisation' : 'New organisation'}
      isDirty={() => form.isDirty()}
      onClose={close}
      onSubmit={submit}
      submitLabel={organisation ? 'Save organisation' : 'Create organisation'}
      submitting={form.submitting}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Name in English"
          placeholder="e.g. Zhengxin Group"
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput label="Name in local script" placeholder="e.g. 正信集团" {...form.getInputProps('nameLocal')} />
      </SimpleGrid>

      {similar.length > 0 && (
        <Alert color="yellow" icon={<IconCopy size={18} />} aria-live="polite" role="status" p="sm">
          <Stack gap="xs">
            {similar.map((existing, index) => (
              <Group key={existing.id} justify="space-between" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={600} id={`similar-${existing.id}`}>
                    {existing.name} is already in the directory
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      existing.nameLocal,
                      ORGANISATION_TYPE_LABELS[existing.type],
                      placeLabel(existing.city, existing.country),
                      existing.archived ? 'archived' : '',
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
                  {onUseExisting ? 'Use it' : 'Open it'}
                </Button>
              </Group>
            ))}
            {stopped ? (
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm">Nothing is saved yet. If this is a different organisation, keep it separate.</Text>
                <Button
                  size="compact-sm"
                  variant="default"
                  style={{ flexShrink: 0 }}
                  loading={form.submitting}
                  onClick={() => void saveSeparately()}
                >
                  {organisation ? 'Save as a separate organisation' : 'Create a separate organisation'}
                </Button>
              </Group>
            ) : (
              <Text size="sm">
                If it is the same organisation, {onUseExisting ? 'use' : 'open'} it rather than adding it twice.
              </Text>
            )}
          </Stack>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Type"
          data={TYPE_OPTIONS}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('type')}
        />
        <TextInput label="Sector" placeholder="e.g. Sensor technology" {...form.getInputProps('sector')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="City" placeholder="e.g. Tianjin" {...form.getInputProps('city')} />
        <TextInput
          label="Country code"
          placeholder="e.g. CN"
          description={countryHint ?? 'Two letters, such as CN or GB'}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('country')}
        />
        <TextInput label="Website" placeholder="e.g. example.com" inputMode="url" {...form.getInputProps('website')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Address" {...form.getInputProps('address')} />
        <TextInput label="Address in local script" {...form.getInputProps('addressLocal')} />
      </SimpleGrid>
      <TagsInput
        label="Tags"
        description="Press Enter after each tag"
        data={tagSuggestions}
        clearable
        {...form.getInputProps('tags')}
      />
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
