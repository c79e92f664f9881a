/** Changes a member's role on the trip, the part of the route they join, and notes about them on this trip. */
import { Select, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { MEMBER_ROLE_LABELS, MEMBER_ROLES, type MemberRole } from '../../domain/people/person';
import type { City } from '../../domain/route/city';
import type { RosterEntry } from '../../storage/people-repository';
import { useRepositories } from '../shared/context';
import { FormModal } from '../shared/components/FormModal';
import { RoutePartFields } from './RoutePartFields';

export const ROLE_OPTIONS = MEMBER_ROLES.map((role) => ({ value: role, label: MEMBER_ROLE_LABELS[role] }));

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
      setError(result.error);
      return;
    }
    notifications.show({ color: 'teal', message: `Saved ${person.name}’s part in the trip` });
    onClose();
  };

  return (
    <FormModal
      opened
      title={`${person.name} on this trip`}
      isDirty={() => dirty}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      submitLabel="Save"
      submitting={submitting}
    >
      <Select
        label="Role"
        data={ROLE_OPTIONS}
        value={role}
        allowDeselect={false}
        onChange={(value) => isRole(value) && setRole(value)}
        data-autofocus
      />
      <RoutePartFields stops={stops} value={stopIds} onChange={setStopIds} error={error ?? undefined} />
      <Textarea label="Notes for this trip" autosize minRows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
    </FormModal>
  );
}
