/** The contact form: adds a contact to an organisation or edits one; nothing is saved until every field is valid. */
import { SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { contactToDraft, emptyContactDraft, validateContactDraft, type Contact, type ContactDraft } from '../../domain/directory/organisation';
import { useRepositories } from '../shared/context';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';

export interface ContactFormModalProps {
  opened: boolean;
  organisationId: string;
  organisationName: string;
  /** The contact to edit; none to add a new one. */
  contact: Contact | null;
  /** Languages already used in the directory, offered first. */
  languageSuggestions: string[];
  onClose: () => void;
}

const COMMON_LANGUAGES = ['Mandarin', 'Cantonese', 'English', 'Japanese', 'Korean', 'French', 'German', 'Spanish'];

export function ContactFormModal({
  opened,
  organisationId,
  organisationName,
  contact,
  languageSuggestions,
  onClose,
}: ContactFormModalProps) {
  const { directory } = useRepositories();
  const form = useForm<ContactDraft>({
    mode: 'controlled',
    initialValues: emptyContactDraft(),
    validate: (values) => validateContactDraft(values),
  });

  const startingValues = useMemo(() => (contact ? contactToDraft(contact) : emptyContactDraft()), [contact]);
  useFormValuesOnOpen(form, opened, startingValues);

  const submit = form.onSubmit(
    async (values, event) => {
      const result = await directory.saveContact(organisationId, contact?.id ?? null, values);
      if (!result.ok) {
        form.setErrors(result.error);
        focusFirstError(event);
        return;
      }
      notifications.show({
        color: 'teal',
        message: contact ? `Saved ${result.value.name}` : `Added ${result.value.name} to ${organisationName}`,
      });
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={contact ? 'Edit contact' : `New contact at ${organisationName}`}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={contact ? 'Save contact' : 'Add contact'}
      submitting={form.submitting}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Name in English" placeholder="e.g. Zhihua Feng" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Name in local script" placeholder="e.g. 冯志华" {...form.getInputProps('nameLocal')} />
      </SimpleGrid>
      <TextInput label="Title" placeholder="e.g. Executive Vice President" {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Email" type="email" placeholder="name@example.com" {...form.getInputProps('email')} />
        <TextInput label="Phone" type="tel" placeholder="+86 22 6555 0301" {...form.getInputProps('phone')} />
        <TextInput label="WeChat ID" {...form.getInputProps('wechat')} />
      </SimpleGrid>
      <TagsInput
        label="Languages"
        description="Press Enter after each language"
        data={[...new Set([...languageSuggestions, ...COMMON_LANGUAGES])]}
        clearable
        {...form.getInputProps('languages')}
      />
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
