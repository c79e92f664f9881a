/**
 * The engagement form. Quick by keyboard: the title has the focus, the city and date come from where it was
 * opened, the end follows the start by the kind's usual length, and Enter books it. Everything else (venue,
 * partners, attendees, briefing) is further down for when there is time.
 *
 * It keeps what the organiser typed: an end time set by hand stays when the kind changes (only an end the form
 * proposed follows the kind's length); a new engagement's city follows its date and start time (on a travel
 * day, the city the delegation is in at that hour) until a city is picked by hand; and a partner organisation
 * not yet in the directory is created in a dialog over the form, which stays as it was beneath it.
 */
import {
  Alert,
  Checkbox,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ENGAGEMENT_DETAILS,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_STATUSES,
  type Engagement,
  type EngagementKind,
  type EngagementStatus,
} from '../../domain/engagements/engagement';
import {
  attendanceOf,
  cityForEngagement,
  DEFAULT_DURATION_MINUTES,
  endTimeAfterKindChange,
  engagementEndDate,
  membersAt,
  parseEngagementDraft,
  type EngagementDraft,
} from '../../domain/engagements/engagement-rules';
import { addMinutesToTime, isClockTime } from '../../domain/shared/clock-time';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { Organisation } from '../../domain/directory/organisation';
import { inFamilyNameOrder } from '../../domain/people/name-order';
import { OrganisationFormModal } from '../directory';
import { PartnerOrganisationPicker } from './PartnerOrganisationPicker';
import { wordFieldMessages } from '../shared/field-messages';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../shared/locale';
import { landOnRecord, useFocusReturnWhenGone } from '../shared/focus-landing';
import { useRepositories } from '../shared/context';
import { useUndoableEdit } from '../shared/undo';
import { EditClashPanel, useEditClash } from '../shared/components/EditClashPanel';
import { DateField } from '../shared/components/DateField';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { RepeatedHourChoice } from '../shared/components/RepeatedHourChoice';
import { TimeField } from '../shared/components/TimeField';

/** The free-text details: short ones on one line beside the interpreter, long ones below. */
const SHORT_DETAILS = ENGAGEMENT_DETAILS.filter((detail) => !detail.long);
const LONG_DETAILS = ENGAGEMENT_DETAILS.filter((detail) => detail.long);

export interface EngagementFormModalProps {
  bundle: TripBundle;
  engagementId: string | null;
  initial: EngagementDraft;
  onClose: () => void;
  onSaved?: (engagement: Engagement) => void;
}

export function EngagementFormModal({ bundle, engagementId, initial, onClose, onSaved }: EngagementFormModalProps) {
  useFocusReturnWhenGone();
  const { engagements } = useRepositories();
  const undoableEdit = useUndoableEdit();
  const { t } = useTranslation('engagements');
  const locale = useLocale();
  const partners = useLiveQuery(() => engagements.partnerOptions(), [engagements]);
  /** The end time as the organiser last set it by hand (a saved engagement's end counts); null if never. */
  const endByHand = useRef<string | null>(engagementId ? initial.endTime : null);
  /** Whether the city was picked by hand (or is a saved engagement's), so the date and time no longer move it. */
  const cityByHand = useRef(engagementId !== null);
  /** The name typed for a partner organisation being created over the form; null when none is. */
  const [creatingOrganisation, setCreatingOrganisation] = useState<string | null>(null);
  const form = useForm<EngagementDraft>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => {
      const parsed = parseEngagementDraft(values, bundle.stops);
      return parsed.ok ? {} : wordFieldMessages(locale, parsed.error);
    },
    // The end field notes each change the organiser makes to it, whatever field component it is. (The props
    // returned are assigned onto `inputProps`, so its own onChange is kept aside first.)
    enhanceGetInputProps: ({ field, inputProps }) => {
      if (field !== 'endTime') return {};
      const setEndTime = inputProps.onChange as (input: unknown) => void;
      return {
        onChange: (input: unknown) => {
          setEndTime(input);
          endByHand.current = form.getValues().endTime;
        },
      };
    },
  });
  useFormValuesOnOpen(form, true, initial);
  const clash = useEditClash(form, true, initial);
  const { t: common } = useTranslation();

  const { date, startTime } = form.values;
  useEffect(() => {
    if (cityByHand.current) return;
    const stopId = cityForEngagement(bundle, { date, startTime });
    if (stopId && stopId !== form.getValues().stopId) form.setFieldValue('stopId', stopId);
  }, [bundle, date, startTime, form]);

  const values = form.values;
  const stop = bundle.stops.find((candidate) => candidate.id === values.stopId);
  const personName = useMemo(() => new Map(bundle.people.map((person) => [person.id, person.name])), [bundle.people]);
  const attendance = attendanceOf(values, bundle.memberships);
  const present = new Set(membersAt(values.stopId, bundle.memberships));

  const contactOptions = (partners?.contacts ?? [])
    .filter((contact) => values.organisationIds.includes(contact.organisationId))
    .map((contact) => ({ value: contact.id, label: contact.title ? `${contact.name}, ${contact.title}` : contact.name }));
  const memberOptions = inFamilyNameOrder(bundle.memberships, (membership) => personName.get(membership.personId) ?? '').map((membership) => ({
    value: membership.personId,
    label: present.has(membership.personId)
      ? (personName.get(membership.personId) ?? t('form.unknownPerson'))
      : t('form.notInCity', { name: personName.get(membership.personId) ?? t('form.unknownPerson') }),
  }));

  const setAttendees = (ids: string[]) => {
    const chosen = new Set(ids);
    form.setFieldValue('addedAttendeeIds', ids.filter((id) => !present.has(id)));
    form.setFieldValue('removedAttendeeIds', [...present].filter((id) => !chosen.has(id)));
  };

  const submit = form.onSubmit(
    async (submitted, event) => {
      const result = engagementId
        ? await undoableEdit(
            () => engagements.saveEdit(bundle.trip.id, engagementId, clash.base, submitted),
            (saved) => (saved.ok ? { message: t('form.saved', { title: saved.value.title }), name: saved.value.title } : null),
          )
        : await engagements.save(bundle.trip.id, null, submitted);
      if (!result.ok && 'clash' in result) {
        clash.found(result.clash);
        return;
      }
      if (!result.ok) {
        form.setErrors(wordFieldMessages(locale, result.error));
        focusFirstError(event);
        return;
      }
      if (!engagementId) {
        notifications.show({ color: 'teal', message: t('form.booked', { title: result.value.title }) });
        landOnRecord(result.value.id);
      }
      onSaved?.(result.value);
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  /** A partner organisation created or chosen over the form joins the engagement's partners. */
  const addPartner = (organisation: Organisation) => {
    setCreatingOrganisation(null);
    const ids = form.getValues().organisationIds;
    if (!ids.includes(organisation.id)) form.setFieldValue('organisationIds', [...ids, organisation.id]);
  };

  const fieldLabel = (field: keyof EngagementDraft & string): string => {
    const labels: Partial<Record<keyof EngagementDraft, string>> = {
      kind: t('form.kind'),
      title: t('form.title'),
      stopId: t('form.city'),
      date: t('form.date'),
      startTime: t('form.starts'),
      endTime: t('form.ends'),
      startOccurrence: t('form.start'),
      endOccurrence: t('form.end'),
      venueName: t('form.venue'),
      venueNameLocal: t('form.venueLocal'),
      venueAddress: t('form.address'),
      venueAddressLocal: t('form.addressLocal'),
      organisationIds: t('form.partners'),
      contactIds: t('form.theirPeople'),
      addedAttendeeIds: t('form.attendees'),
      removedAttendeeIds: t('form.attendees'),
      status: t('form.status'),
      interpreterNeeded: t('form.interpreter'),
    };
    return labels[field] ?? t(`detail.${field as (typeof ENGAGEMENT_DETAILS)[number]['field']}`);
  };
  const showValue = (field: keyof EngagementDraft & string, value: unknown): string => {
    const names = (ids: unknown, named: (id: string) => string | undefined) =>
      locale.list((ids as string[]).map((id) => named(id) ?? t('form.unknownPerson')));
    if (field === 'kind') return t(`kind.${value as EngagementDraft['kind']}`);
    if (field === 'status') return t(`status.${value as EngagementDraft['status']}`);
    if (field === 'stopId') {
      const city = bundle.stops.find((candidate) => candidate.id === value);
      return city ? locale.city(city) : '';
    }
    if (field === 'interpreterNeeded') return value ? common('editClash.yes') : common('editClash.no');
    if (field === 'organisationIds') return names(value, (id) => partners?.organisations.find((organisation) => organisation.id === id)?.name);
    if (field === 'contactIds') return names(value, (id) => partners?.contacts.find((contact) => contact.id === id)?.name);
    if (field === 'addedAttendeeIds' || field === 'removedAttendeeIds') return names(value, (id) => personName.get(id));
    return String(value ?? '');
  };

  // The organisation dialog is a sibling of the form's, not inside it, so that its submit does not reach the
  // engagement form through the React tree; while it is open, Escape is its alone.
  return (
    <>
      <FormModal
        opened
        title={engagementId ? t('form.editTitle') : t('form.newTitle')}
        isDirty={() => form.isDirty()}
        onClose={onClose}
        onSubmit={submit}
        submitLabel={clash.clashes.length > 0 ? common('editClash.save') : engagementId ? t('form.save') : t('form.book')}
        underAnotherDialog={creatingOrganisation !== null}
        submitting={form.submitting}
        size="xl"
      >
        <TextInput
          label={t('form.title')}
          placeholder={t('form.titlePlaceholder')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <Select
            label={t('form.city')}
            data={bundle.stops.map((candidate) => ({ value: candidate.id, label: locale.city(candidate) }))}
            allowDeselect={false}
            {...form.getInputProps('stopId')}
            onChange={(stopId) => {
              if (!stopId) return;
              cityByHand.current = true;
              form.setFieldValue('stopId', stopId);
            }}
          />
          <DateField label={t('form.date')} {...form.getInputProps('date')} />
          <TimeField
            label={t('form.starts')}
            {...form.getInputProps('startTime')}
            onChange={(startTime) => {
              const length = DEFAULT_DURATION_MINUTES[values.kind];
              form.setFieldValue('startTime', startTime);
              if (isClockTime(startTime)) form.setFieldValue('endTime', addMinutesToTime(startTime, length));
            }}
          />
          <TimeField label={t('form.ends')} {...form.getInputProps('endTime')} />
        </SimpleGrid>
        {stop && (
          <Text size="xs" c="dimmed" mt={-8}>
            {t('form.localTime', { city: locale.city(stop), zone: stop.timeZone })}
          </Text>
        )}
        {stop && isClockTime(values.startTime) && isClockTime(values.endTime) && (
          <>
            <RepeatedHourChoice
              label={t('form.start')}
              place={locale.city(stop)}
              local={`${values.date}T${values.startTime}`}
              zone={stop.timeZone}
              value={values.startOccurrence}
              onChange={(occurrence) => form.setFieldValue('startOccurrence', occurrence)}
            />
            <RepeatedHourChoice
              label={t('form.end')}
              place={locale.city(stop)}
              local={`${engagementEndDate(values, stop.timeZone)}T${values.endTime}`}
              zone={stop.timeZone}
              value={values.endOccurrence}
              onChange={(occurrence) => form.setFieldValue('endOccurrence', occurrence)}
            />
          </>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('form.kind')}
            data={ENGAGEMENT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
            onChange={(kind) => {
              if (!kind) return;
              form.setFieldValue('kind', kind as EngagementKind);
              const endSetByHand = endByHand.current !== null && endByHand.current === values.endTime;
              const endTime = endTimeAfterKindChange(values, kind as EngagementKind, endSetByHand);
              if (endTime !== values.endTime) form.setFieldValue('endTime', endTime);
            }}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('form.status')}
            </Text>
            <SegmentedControl
              aria-label={t('form.status')}
              fullWidth
              data={ENGAGEMENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
              value={values.status}
              onChange={(status) => form.setFieldValue('status', status as EngagementStatus)}
            />
          </div>
        </SimpleGrid>

        <PartnerOrganisationPicker
          label={t('form.partners')}
          organisations={partners?.organisations ?? []}
          {...form.getInputProps('organisationIds')}
          value={values.organisationIds}
          onCreate={setCreatingOrganisation}
        />
        {values.organisationIds.length > 0 && (
          <MultiSelect
            label={t('form.theirPeople')}
            placeholder={contactOptions.length ? t('form.theirPeoplePlaceholder') : t('form.noContacts')}
            data={contactOptions}
            searchable
            {...form.getInputProps('contactIds')}
          />
        )}

        <MultiSelect
          label={t('form.attendees')}
          description={t('form.attendeesDescription', { city: stop ? locale.city(stop) : t('form.theCity') })}
          data={memberOptions}
          value={memberOptions.map((option) => option.value).filter((id) => attendance.attendeeIds.includes(id))}
          onChange={setAttendees}
          searchable
          hidePickedOptions
        />
        {attendance.notAtStopIds.length > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
            {t('form.notAtStop', {
              count: attendance.notAtStopIds.length,
              names: locale.list(attendance.notAtStopIds.map((id) => personName.get(id) ?? t('form.unknownPerson'))),
              city: stop?.name ?? t('form.theCity'),
            })}
          </Alert>
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('form.venue')} {...form.getInputProps('venueName')} />
          <TextInput label={t('form.venueLocal')} classNames={{ input: 'local-script' }} {...form.getInputProps('venueNameLocal')} />
          <TextInput label={t('form.address')} {...form.getInputProps('venueAddress')} />
          <TextInput
            label={t('form.addressLocal')}
            classNames={{ input: 'local-script' }}
            {...form.getInputProps('venueAddressLocal')}
          />
        </SimpleGrid>
        <Group grow align="flex-end">
          {SHORT_DETAILS.map(({ field }) => (
            <TextInput
              key={field}
              label={t(`detail.${field}`)}
              placeholder={field === 'dressCode' ? t('detailPlaceholder.dressCode') : undefined}
              {...form.getInputProps(field)}
            />
          ))}
          <Checkbox label={t('form.interpreter')} {...form.getInputProps('interpreterNeeded', { type: 'checkbox' })} mb={8} />
        </Group>
        {LONG_DETAILS.map(({ field }) => (
          <Textarea key={field} label={t(`detail.${field}`)} autosize minRows={2} {...form.getInputProps(field)} />
        ))}
        {clash.clashes.length > 0 && (
          <EditClashPanel clashes={clash.clashes} choices={clash.choices} onChoose={clash.choose} label={fieldLabel} show={showValue} />
        )}
      </FormModal>
      <OrganisationFormModal
        opened={creatingOrganisation !== null}
        organisation={null}
        startingName={creatingOrganisation ?? ''}
        onClose={() => setCreatingOrganisation(null)}
        onSaved={addPartner}
        onUseExisting={addPartner}
      />
    </>
  );
}
