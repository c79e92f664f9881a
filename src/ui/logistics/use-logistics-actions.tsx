/**
 * What the logistics screens do to records: open the resource and booking forms, remove a resource (its
 * bookings go with it) or a booking, each with Undo. One set of dialogs per screen, shared by its rows.
 */
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyAssignmentDraft, assignmentToDraft, type AssignmentDraft } from '../../domain/logistics/assignment-rules';
import type { Assignment, AssignmentTarget, Resource, ResourceKind } from '../../domain/logistics/resource';
import { emptyResourceDraft, resourceToDraft, type ResourceDraft } from '../../domain/logistics/resource-rules';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { useOfferUndo } from '../shared/undo';
import { BookingFormModal } from './BookingFormModal';
import { ResourceFormModal } from './ResourceFormModal';

export interface LogisticsActions {
  addResource(kind: ResourceKind): void;
  editResource(resource: Resource): void;
  removeResource(resource: Resource): void;
  /** Opens the booking form, with what it is for and the resource filled in when given. */
  book(options?: { target?: AssignmentTarget | null; resourceId?: string; fixedTarget?: boolean }): void;
  editBooking(assignment: Assignment): void;
  unbook(assignment: Assignment, resourceName: string): void;
  /** The dialogs: render once on the screen. */
  dialogs: ReactNode;
}

export function useLogisticsActions(bundle: TripBundle): LogisticsActions {
  const { logistics } = useRepositories();
  const offerUndo = useOfferUndo();
  const locale = useLocale();
  const { t } = useTranslation(['logistics', 'common']);
  const [resourceForm, setResourceForm] = useState<{ id: string | null; draft: ResourceDraft } | null>(null);
  const [bookingForm, setBookingForm] = useState<{ id: string | null; draft: AssignmentDraft; fixedTarget: boolean } | null>(null);

  const removeResource = useCallback(
    (resource: Resource) => {
      const count = bundle.assignments.filter((assignment) => assignment.resourceId === resource.id).length;
      modals.openConfirmModal({
        title: t('remove.title', { name: resource.name }),
        children: <Text size="sm">{t('remove.text', { count })}</Text>,
        labels: { confirm: t('remove.confirm'), cancel: t('common:action.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: async () => {
          const removed = await logistics.removeResource(resource.id);
          if (!removed) return;
          offerUndo({
            message: t('remove.done', { name: resource.name, count: removed.assignments.length }),
            undo: () => logistics.restoreResource(removed),
            undoneMessage: t('remove.undone', { name: resource.name }),
          });
        },
      });
    },
    [bundle.assignments, logistics, offerUndo, t],
  );

  const unbook = useCallback(
    async (assignment: Assignment, resourceName: string) => {
      const removed = await logistics.unassign(assignment.id);
      if (!removed) return;
      offerUndo({
        message: t('booking.removed', { name: resourceName }),
        undo: async () => {
          const restored = await logistics.restoreAssignment(removed);
          if (!restored.ok) throw new Error(locale.word(restored.error));
        },
        undoneMessage: t('booking.restored', { name: resourceName }),
      });
    },
    [locale, logistics, offerUndo, t],
  );

  return {
    addResource: (kind) => setResourceForm({ id: null, draft: emptyResourceDraft(kind) }),
    editResource: (resource) => setResourceForm({ id: resource.id, draft: resourceToDraft(resource) }),
    removeResource,
    book: ({ target = null, resourceId = '', fixedTarget = false } = {}) =>
      setBookingForm({ id: null, draft: emptyAssignmentDraft(target, resourceId), fixedTarget }),
    editBooking: (assignment) => setBookingForm({ id: assignment.id, draft: assignmentToDraft(assignment), fixedTarget: false }),
    unbook: (assignment, resourceName) => void unbook(assignment, resourceName),
    dialogs: (
      <>
        <ResourceFormModal
          opened={resourceForm !== null}
          tripId={bundle.trip.id}
          resourceId={resourceForm?.id ?? null}
          initial={resourceForm?.draft ?? EMPTY_RESOURCE}
          onClose={() => setResourceForm(null)}
        />
        <BookingFormModal
          opened={bookingForm !== null}
          bundle={bundle}
          assignmentId={bookingForm?.id ?? null}
          initial={bookingForm?.draft ?? EMPTY_BOOKING}
          fixedTarget={bookingForm?.fixedTarget ?? false}
          onClose={() => setBookingForm(null)}
        />
      </>
    ),
  };
}

const EMPTY_RESOURCE = emptyResourceDraft();
const EMPTY_BOOKING = emptyAssignmentDraft();
