/** The person form: edits a person's own details, which every trip they are on shares. */
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/people/person';
import { emptyPersonDraft, personToDraft, validatePersonDraft, type PersonDraft } from '../../domain/people/person-rules';
import { useRepositories } from '../shared/context';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { useLocale } from '../shared/locale';
import { wordFieldMessages } from '../shared/field-messages';
import { PersonFields } from './PersonFields';

export interface PersonFormModalProps {
  opened: boolean;
  person: Person | null;
  onClose: () => void;
}

export function PersonFormModal({ opened, person, onClose }: PersonFormModalProps) {
  const { people } = useRepositories();
  const { t } = useTranslation('people');
  const locale = useLocale();
  const form = useForm<PersonDraft>({
    mode: 'controlled',
    initialValues: emptyPersonDraft(),
    validate: (values) => wordFieldMessages(locale, validatePersonDraft(values)),
  });

  const { setValues, resetDirty, clearErrors } = form;
  useEffect(() => {
    if (!opened) return;
    const values = person ? personToDraft(person) : emptyPersonDraft();
    setValues(values);
    resetDirty(values);
    clearErrors();
  }, [opened, person, setValues, resetDirty, clearErrors]);

  const submit = form.onSubmit(
    async (values, event) => {
      const result = await people.savePerson(person?.id ?? null, values);
      if (!result.ok) {
        form.setErrors(wordFieldMessages(locale, result.error));
        focusFirstError(event);
        return;
      }
      notifications.show({ color: 'teal', message: t('personForm.saved', { name: result.value.name }) });
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={person ? t('personForm.editTitle', { name: person.name }) : t('personForm.newTitle')}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('personForm.submit')}
      submitting={form.submitting}
      size="xl"
    >
      <PersonFields
        key={person?.id ?? 'new'}
        form={form}
        splitToConfirm={person?.nameToConfirm ? { nameAsEntered: person.nameAsEntered ?? person.name } : null}
      />
    </FormModal>
  );
}
