/** Changes a member's role on the trip, the part of the route they join, and notes about them on this trip. */
import { Select, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, type MemberRole } from '../../domain/people/person';
import type { City } from '../../domain/route/city';
import type { RosterEntry } from '../../storage/people-repository';
import { useRepositories } from '../shared/context';
import { FormModal } from '../shared/components/FormModal';
import { useLocale } from '../shared/locale';
import { RoutePartFields } from './RoutePartFields';

/** The roles as a select offers them, in the reader's words. */
export function useRoleOptions(): { value: MemberRole; label: string }[] {
  const { t } = useTranslation(['people', 'common']);
  return MEMBER_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
}

export const isRole = (value: string | null): value is MemberRole =>
  value !== null && (MEMBER_ROLES as readonly string[]).includes(value);

export interface MembershipFormModalProps {
  entry: RosterEntry | null;
  stops: City[];
  onClose: () => void;
}

/** Mounted afresh for each member (keyed by the caller), so its state starts from theirs. */
export function MembershipFormModal({ entry, stops, onClose }: MembershipFormModalProps) {
  const { people } = useRepositories();
  const { t } = useTranslation(['people', 'common']);
  const locale = useLocale();
  const roleOptions = useRoleOptions();
  const [role, setRole] = useState<MemberRole>(entry?.membership.role ?? 'delegate');
  const [stopIds, setStopIds] = useState<string[]>(entry?.membership.stopIds ?? []);
  const [notes, setNotes] = useState(entry?.membership.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  if (!entry) return null;
  const { membership, person } = entry;
  const dirty =
    role !== membership.role || notes !== membership.notes || stopIds.join() !== membership.stopIds.join();

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    setSubmitting(true);
    const result = await people.updateMembership(membership.id, { role, stopIds, notes });
    setSubmitting(false);
    if (!result.ok) {
      setError(locale.word(result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('membership.saved', { name: person.name }) });
    onClose();
  };

  return (
    <FormModal
      opened
      title={t('membership.title', { name: person.name })}
      isDirty={() => dirty}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      submitLabel={t('common:action.save')}
      submitting={submitting}
    >
      <Select
        label={t('membership.role')}
        data={roleOptions}
        value={role}
        allowDeselect={false}
        onChange={(value) => isRole(value) && setRole(value)}
        data-autofocus
      />
      <RoutePartFields stops={stops} value={stopIds} onChange={setStopIds} error={error ?? undefined} />
      <Textarea label={t('membership.notes')} autosize minRows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
    </FormModal>
  );
}
