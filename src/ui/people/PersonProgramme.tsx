/**
 * One delegate's own programme: only their cities, journeys, hotels and engagements, at local times with
 * home time beside them, ready to print and hand over.
 */
import { RecordHistory } from '../shared/components/RecordHistory';
import { Alert, Anchor, Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconCalendarDown, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../shared/locale';
import { Link, useParams } from 'react-router';
import { homeClockPlace } from '../../domain/route/city-names';
import { needsAttention } from '../../domain/checks/acknowledgements';
import { DeliveryStatus, useCalendarDelivery, useCalendarExport } from '../calendars';
import { FindingList, useTripChecks } from '../checks';
import { personalInputOf, ProgrammeList, usePrinting } from '../programme';
import { LiveCalendarCard } from './LiveCalendarCard';
import { PersonFormModal } from './PersonFormModal';
import { NameToConfirm, PassportCard } from './PassportCard';
import { useCurrentTrip } from '../shared/current-trip';
import { useScreen } from '../shared/use-screen';
import { useScreenRequest } from '../shared/screen-request';

export function PersonProgramme() {
  const bundle = useCurrentTrip();
  const { t } = useTranslation('people');
  const locale = useLocale();
  const { personId = '' } = useParams();
  const person = bundle.people.find((candidate) => candidate.id === personId);
  const membership = bundle.memberships.find((candidate) => candidate.personId === personId);
  const input = personalInputOf(bundle, personId);
  const { marks } = useTripChecks();
  const findings = useMemo(() => marks.forPerson(personId).filter(needsAttention), [marks, personId]);
  const [editing, setEditing] = useState(false);
  const calendarExport = useCalendarExport();
  const [exporting, setExporting] = useState(false);
  const exportCalendar = () => {
    setExporting(true);
    void calendarExport.exportPerson(bundle, personId).finally(() => setExporting(false));
  };
  // "Export this person's calendar" from the palette.
  useScreenRequest('export-calendar', exportCalendar);
  const delivery = useCalendarDelivery(membership, input);
  const { printing, print } = usePrinting();
  const headingRef = useScreen(person ? t('programme.screen', { name: person.name }) : null);

  if (!person || !membership || !input) {
    return (
      <Stack align="center" py="xl">
        <Text>{t('programme.notOnTrip')}</Text>
        <Anchor component={Link} to={`/trips/${bundle.trip.id}/people`}>
          {t('programme.backToPeople')}
        </Anchor>
      </Stack>
    );
  }

  const cities = input.stops.map((stop) => locale.city(stop));
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/trips/${bundle.trip.id}/people`} size="sm" className="no-print">
        <Group gap={4}>
          <IconArrowLeft size={14} /> {t('programme.people')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3} ref={headingRef} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
              {t('programme.title', { name: person.name })}
            </Title>
            {person.nameLocal && (
              <Text className="local-script" size="lg" c="dimmed">
                {person.nameLocal}
              </Text>
            )}
            <Badge variant="light">{t(`role.${membership.role}`)}</Badge>
            {person.nameToConfirm && (
              <Badge variant="light" color="orange" className="no-print">
                {t('name.toConfirm')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {person.jobTitle && person.organisationName
              ? t('programme.jobAndOrganisation', { jobTitle: person.jobTitle, organisation: person.organisationName })
              : person.jobTitle || person.organisationName}
          </Text>
          <Text size="sm">
            {cities.length ? cities.join(' → ') : t('programme.noCities')}
            {person.dietary && t('programme.dietary', { dietary: person.dietary })}
          </Text>
        </Stack>
        <Group wrap="nowrap" className="no-print">
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            {t('programme.editDetails')}
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={print}>
            {t('programme.print')}
          </Button>
          <Button
            leftSection={<IconCalendarDown size={16} />}
            loading={exporting}
            onClick={exportCalendar}
          >
            {t('programme.downloadCalendar')}
          </Button>
        </Group>
      </Group>
      {delivery && (
        <Group gap="xs" className="no-print" aria-label={t('programme.theirCalendar')}>
          <Text size="sm" fw={600}>
            {t('programme.calendar')}
          </Text>
          <DeliveryStatus delivery={delivery} />
        </Group>
      )}
      {person.nameToConfirm && <NameToConfirm person={person} onCorrect={() => setEditing(true)} />}
      <PassportCard person={person} />
      <LiveCalendarCard tripId={bundle.trip.id} personId={personId} name={person.name} />
      {findings.length > 0 && (
        <Alert
          className="no-print"
          color={findings.some((item) => item.finding.severity === 'error') ? 'red' : 'orange'}
          icon={<IconAlertTriangle />}
          title={t('programme.conflicts', { count: findings.length, name: person.name })}
        >
          <FindingList bundle={bundle} items={findings} label={t('programme.conflictsFor', { name: person.name })} pageSize={5} />
        </Alert>
      )}
      <ProgrammeList
        bundle={bundle}
        personId={personId}
        printing={printing}
        onAdd={null}
        note={
          <Text size="sm" c="dimmed">
            {t('programme.timesNote', { city: locale.place(homeClockPlace(bundle.trip)) })}
          </Text>
        }
      />
      <Box className="no-print">
        <RecordHistory table="people" recordId={person.id} />
      </Box>
      <PersonFormModal opened={editing} person={editing ? person : null} onClose={() => setEditing(false)} />
    </Stack>
  );
}
