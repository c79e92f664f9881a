/** The contact form: adds a contact to an organisation or edits one; nothing is saved until every field is valid. */
import { SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactToDraft, emptyContactDraft, validateContactDraft, type Contact, type ContactDraft } from '../../domain/directory/organisation';
import { useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { wordFieldMessages } from '../shared/field-messages';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { landOnRecord } from '../shared/focus-landing';

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

/** Offered in the reader's language; what is chosen is saved as written. */
const COMMON_LANGUAGES = ['mandarin', 'cantonese', 'english', 'japanese', 'korean', 'french', 'german', 'spanish'] as const;

export function ContactFormModal({
  opened,
  organisationId,
  organisationName,
  contact,
  languageSuggestions,
  onClose,
}: ContactFormModalProps) {
  const { t } = useTranslation('directory');
  const locale = useLocale();
  const { directory } = useRepositories();
  const form = useForm<ContactDraft>({
    mode: 'controlled',
    initialValues: emptyContactDraft(),
    validate: (values) => wordFieldMessages(locale, validateContactDraft(values)),
  });

  const startingValues = useMemo(() => (contact ? contactToDraft(contact) : emptyContactDraft()), [contact]);
  useFormValuesOnOpen(form, opened, startingValues);

  const submit = form.onSubmit(
    async (values, event) => {
      const result = await directory.saveContact(organisationId, contact?.id ?? null, values);
      if (!result.ok) {
        form.setErrors(wordFieldMessages(locale, result.error));
        focusFirstError(event);
        return;
      }
      notifications.show({
        color: 'teal',
        message: contact
          ? t('contactForm.saved', { name: result.value.name })
          : t('contactForm.added', { name: result.value.name, organisation: organisationName }),
      });
      if (!contact) landOnRecord(result.value.id);
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={contact ? t('contactForm.editTitle') : t('contactForm.newTitle', { organisation: organisationName })}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={contact ? t('contactForm.save') : t('contactForm.add')}
      submitting={form.submitting}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('contactForm.name')}
          placeholder={t('example', { example: 'Zhihua Feng' })}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('contactForm.nameLocal')}
          placeholder={t('example', { example: '冯志华' })}
          {...form.getInputProps('nameLocal')}
        />
      </SimpleGrid>
      <TextInput label={t('contactForm.title')} placeholder={t('contactForm.titlePlaceholder')} {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('contactForm.email')} type="email" placeholder="name@example.com" {...form.getInputProps('email')} />
        <TextInput label={t('contactForm.phone')} type="tel" placeholder="+86 22 6555 0301" {...form.getInputProps('phone')} />
        <TextInput label={t('contactForm.wechat')} {...form.getInputProps('wechat')} />
      </SimpleGrid>
      <TagsInput
        label={t('contactForm.languages')}
        description={t('contactForm.languagesDescription')}
        data={[
          ...new Set([...languageSuggestions, ...COMMON_LANGUAGES.map((language) => t(`contactForm.commonLanguages.${language}`))]),
        ]}
        clearable
        {...form.getInputProps('languages')}
      />
      <Textarea label={t('contactForm.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
