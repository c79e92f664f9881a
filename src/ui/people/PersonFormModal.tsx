/**
 * The person form: edits a person's own details, which every trip they are on shares. An edit saves only the
 * fields the person changed, on top of the person as they are by then: a change saved meanwhile elsewhere is
 * kept, and a field both changed is offered for the person to choose.
 */
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { NameOrder, PassportSex, Person, VisaStatus } from '../../domain/people/person';
import { maskDateOfBirth, maskPassportNumber } from '../../domain/people/sensitive';
import { emptyPersonDraft, personToDraft, validatePersonDraft, type PersonDraft } from '../../domain/people/person-rules';
import { useRepositories } from '../shared/context';
import { useUndoableEdit } from '../shared/undo';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { EditClashPanel, useEditClash } from '../shared/components/EditClashPanel';
import { useFormValuesOnOpen, useValueWhenOpened } from '../shared/components/use-form-values-on-open';
import { useLocale } from '../shared/locale';
import { wordFieldMessages } from '../shared/field-messages';
import { PersonFields } from './PersonFields';

type PeopleWords = TFunction<'people'>;

/** A field as the form labels it. */
function fieldLabel(field: keyof PersonDraft, t: PeopleWords): string {
  switch (field) {
    case 'organisationId':
    case 'organisationName':
      return t('personForm.organisation');
    case 'nameToConfirm':
      return t('name.checked');
    default:
      return t(`personForm.${field}`);
  }
}

/** A value of a field as the form shows it: options by their words, passport details masked as on the form. */
function valueWords(field: keyof PersonDraft, value: unknown, t: PeopleWords): string {
  switch (field) {
    case 'sex':
      return value ? t(`personForm.sexOption.${value as PassportSex}`) : '';
    case 'visaStatus':
      return t(`visa.${value as VisaStatus}`);
    case 'nameOrder':
      return t(`personForm.nameOrderOption.${value as NameOrder}`);
    case 'nameToConfirm':
      return value ? t('editClash.no', { ns: 'common' }) : t('editClash.yes', { ns: 'common' });
    case 'passportNumber':
      return maskPassportNumber(String(value));
    case 'dateOfBirth':
      return maskDateOfBirth(String(value));
    default:
      return String(value ?? '');
  }
}

export interface PersonFormModalProps {
  opened: boolean;
  person: Person | null;
  onClose: () => void;
}

export function PersonFormModal({ opened, person, onClose }: PersonFormModalProps) {
  const { people } = useRepositories();
  const undoableEdit = useUndoableEdit();
  const { t } = useTranslation('people');
  const locale = useLocale();
  const form = useForm<PersonDraft>({
    mode: 'controlled',
    initialValues: emptyPersonDraft(),
    validate: (values) => wordFieldMessages(locale, validatePersonDraft(values)),
  });

  const openedOn = useValueWhenOpened(opened, person);
  const startingValues = useMemo(() => (openedOn ? personToDraft(openedOn) : emptyPersonDraft()), [openedOn]);
  useFormValuesOnOpen(form, opened, startingValues);
  const clash = useEditClash(form, opened, startingValues);
  const { t: common } = useTranslation();

  const submit = form.onSubmit(
    async (values, event) => {
      const said = (saved: Awaited<ReturnType<typeof people.savePerson>>) =>
        saved.ok ? { message: t('personForm.saved', { name: saved.value.name }), name: saved.value.name } : null;
      const result = person
        ? await undoableEdit(() => people.savePersonEdit(person.id, clash.base, values), (saved) => ('clash' in saved ? null : said(saved)))
        : await people.savePerson(null, values);
      if (!result.ok && 'clash' in result) {
        clash.found(result.clash);
        return;
      }
      if (!result.ok) {
        form.setErrors(wordFieldMessages(locale, result.error));
        focusFirstError(event);
        return;
      }
      if (!person) notifications.show({ color: 'teal', message: t('personForm.saved', { name: result.value.name }) });
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
      submitLabel={clash.clashes.length > 0 ? common('editClash.save') : t('personForm.submit')}
      submitting={form.submitting}
      size="xl"
    >
      <PersonFields
        key={person?.id ?? 'new'}
        form={form}
        splitToConfirm={person?.nameToConfirm ? { nameAsEntered: person.nameAsEntered ?? person.name } : null}
      />
      {clash.clashes.length > 0 && (
        <EditClashPanel
          choices={clash.choices}
          clashes={clash.clashes.filter((shown) => shown.field !== 'organisationId')}
          onChoose={(field, side) => {
            clash.choose(field, side);
            // The organisation is chosen with its directory entry.
            if (field === 'organisationName') clash.choose('organisationId', side);
          }}
          label={(field) => fieldLabel(field, t)}
          show={(field, value) => valueWords(field, value, t)}
        />
      )}
    </FormModal>
  );
}
