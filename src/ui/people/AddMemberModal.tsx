/**
 * Adds a person to the trip: first a search of everyone already in the directory (by name, e-mail or
 * organisation), so the same person is not entered twice; then, for the one picked or a new person, their
 * role and the part of the route they join (the whole route unless changed).
 */
import { Alert, Anchor, Badge, Button, Group, Modal, ScrollArea, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmailAddress } from '../../domain/directory/organisation';
import type { MemberRole, Person } from '../../domain/people/person';
import { splitName } from '../../domain/people/name-split';
import { emptyPersonDraft, validatePersonDraft, type PersonDraft } from '../../domain/people/person-rules';
import type { City } from '../../domain/route/city';
import { useRepositories } from '../shared/context';
import { focusFirstError } from '../shared/components/FormModal';
import { useLocale } from '../shared/locale';
import { landOnRecord, useFocusReturnWhenGone } from '../shared/focus-landing';
import { wordFieldMessages } from '../shared/field-messages';
import { isRole, useRoleOptions } from './MembershipFormModal';
import { PersonFields } from './PersonFields';
import { RoutePartFields } from './RoutePartFields';
import { usePeopleSearch } from './use-roster';

/** A whole name typed in the search, with the parts a passport has split from it (a guess, when unsure). */
function nameTyped(typed: string): Partial<PersonDraft> {
  if (!typed) return {};
  const { title, givenNames, familyName, nameOrder, uncertain } = splitName(typed);
  return { name: typed, title, givenNames, familyName, nameOrder, nameToConfirm: uncertain };
}

export interface AddMemberModalProps {
  opened: boolean;
  tripId: string;
  stops: City[];
  /** The people on the trip already, by id. */
  memberIds: ReadonlySet<string>;
  onClose: () => void;
}

const SEARCH_LIMIT = 8;

type Stage = { step: 'find' } | { step: 'existing'; person: Person } | { step: 'new' };

export function AddMemberModal(props: AddMemberModalProps) {
  // Mounted only while open, so every opening starts from an empty search.
  return props.opened ? <AddMemberDialog {...props} /> : null;
}

function AddMemberDialog({ tripId, stops, memberIds, onClose }: AddMemberModalProps) {
  useFocusReturnWhenGone();
  const { people } = useRepositories();
  const { t } = useTranslation(['people', 'common']);
  const locale = useLocale();
  const roleOptions = useRoleOptions();
  const [stage, setStage] = useState<Stage>({ step: 'find' });
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const hits = usePeopleSearch(deferredQuery, SEARCH_LIMIT);
  const [role, setRole] = useState<MemberRole>('delegate');
  const [stopIds, setStopIds] = useState<string[]>(() => stops.map((stop) => stop.id));
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<PersonDraft>({
    mode: 'controlled',
    initialValues: emptyPersonDraft(),
    validate: (values) => wordFieldMessages(locale, validatePersonDraft(values)),
  });

  const startNew = () => {
    const typed = query.trim();
    form.setValues({ ...emptyPersonDraft(), ...(isEmailAddress(typed) ? { email: typed } : nameTyped(typed)) });
    setStage({ step: 'new' });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (stage.step === 'existing') {
      setSubmitting(true);
      const added = await people.addMember(tripId, stage.person.id, { role, stopIds });
      setSubmitting(false);
      if (!added.ok) {
        setError(locale.word(added.error));
        return;
      }
      done(stage.person);
      return;
    }
    if (form.validate().hasErrors) {
      focusFirstError(event);
      return;
    }
    setSubmitting(true);
    // The person and their membership are written together: a failure leaves neither.
    const added = await people.addNewMember(tripId, form.getValues(), { role, stopIds });
    setSubmitting(false);
    if (!added.ok) {
      if (added.error.kind === 'membership') {
        setError(locale.word(added.error.message));
        return;
      }
      form.setErrors(wordFieldMessages(locale, added.error.errors));
      focusFirstError(event);
      return;
    }
    done(added.value.person);
  };

  const done = (person: Person) => {
    notifications.show({ color: 'teal', message: t('addMember.added', { name: person.name }) });
    landOnRecord(person.id);
    onClose();
  };

  const title =
    stage.step === 'find'
      ? t('addMember.title')
      : stage.step === 'new'
        ? t('addMember.newTitle')
        : t('addMember.existingTitle', { name: stage.person.name });

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      {stage.step === 'find' ? (
        <Stack gap="md">
          <TextInput
            label={t('addMember.findLabel')}
            description={t('addMember.findDescription')}
            placeholder={t('addMember.findPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            data-autofocus
          />
          {/* The list scrolls on its own, so the dialog's buttons stay in view however many people match. */}
          <ScrollArea.Autosize mah="calc(100dvh - 22rem)" type="auto" offsetScrollbars>
            <Stack gap={4} role="list" aria-label={t('addMember.found')}>
              {hits?.map(({ person, organisationName }) => {
                const onTrip = memberIds.has(person.id);
                // The item holds the button: a button given the item's role would no longer be a button to a screen reader.
                return (
                  <div role="listitem" key={person.id}>
                    <UnstyledButton
                      w="100%"
                      disabled={onTrip}
                      aria-label={onTrip ? t('addMember.alreadyOnTrip', { name: person.name }) : person.name}
                      onClick={() => setStage({ step: 'existing', person })}
                      className="person-hit"
                      p="xs"
                      style={{ borderRadius: 4, border: '1px solid var(--mantine-color-gray-3)', opacity: onTrip ? 0.6 : 1, cursor: onTrip ? 'default' : 'pointer' }}
                    >
                      <Group justify="space-between" wrap="nowrap" gap="sm">
                        <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                          <Text size="sm" fw={600}>
                            {person.name}
                            {person.nameLocal && (
                              <Text span size="sm" c="dimmed" fw={400}>
                                {' '}
                                {person.nameLocal}
                              </Text>
                            )}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {[organisationName, person.email].filter(Boolean).join(' · ') || t('addMember.noOrganisationOrEmail')}
                          </Text>
                        </div>
                        {onTrip ? (
                          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                            {t('addMember.onThisTrip')}
                          </Badge>
                        ) : (
                          <Badge variant="light" style={{ flexShrink: 0 }}>
                            {t('addMember.choose')}
                          </Badge>
                        )}
                      </Group>
                    </UnstyledButton>
                  </div>
                );
              })}
              {hits?.length === 0 && (
                <Text size="sm" c="dimmed">
                  {deferredQuery.trim() ? t('addMember.noMatch', { query: deferredQuery.trim() }) : t('addMember.directoryEmpty')}
                </Text>
              )}
            </Stack>
          </ScrollArea.Autosize>
          <Group justify="space-between">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button leftSection={<IconUserPlus size={16} />} onClick={startNew}>
              {t('addMember.createNew')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            {stage.step === 'new' ? (
              <PersonFields form={form} />
            ) : (
              <Text size="sm">
                {t('addMember.inDirectory', { name: stage.person.name })}
              </Text>
            )}
            <Select
              label={t('addMember.role')}
              data={roleOptions}
              value={role}
              allowDeselect={false}
              onChange={(value) => isRole(value) && setRole(value)}
              data-autofocus={stage.step === 'existing' || undefined}
            />
            <RoutePartFields stops={stops} value={stopIds} onChange={setStopIds} />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="space-between">
              <Anchor component="button" type="button" size="sm" onClick={() => setStage({ step: 'find' })}>
                {t('addMember.backToSearch')}
              </Anchor>
              <Group>
                <Button variant="default" onClick={onClose}>
                  {t('common:action.cancel')}
                </Button>
                <Button type="submit" loading={submitting}>
                  {t('addMember.submit')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
