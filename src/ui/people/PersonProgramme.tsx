/**
 * One delegate's own programme: only their cities, journeys, hotels and engagements, at local times with
 * home time beside them, ready to print and hand over.
 */
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { MEMBER_ROLE_LABELS } from '../../domain/person';
import { personalProgrammeInput } from '../../domain/personal-programme';
import { buildProgramme, isToday } from '../../domain/programme';
import { zoneCity } from '../../domain/time';
import { DayCard } from '../programme/ProgrammeView';
import { useCurrentTrip } from '../trips/use-trip-bundle';

export function PersonProgramme() {
  const bundle = useCurrentTrip();
  const { personId = '' } = useParams();
  const person = bundle.people.find((candidate) => candidate.id === personId);
  const membership = bundle.memberships.find((candidate) => candidate.personId === personId);
  const input = useMemo(() => personalProgrammeInput(bundle, personId), [bundle, personId]);
  const days = useMemo(() => (input ? buildProgramme(input) : []), [input]);
  const now = new Date().toISOString();

  if (!person || !membership || !input) {
    return (
      <Stack align="center" py="xl">
        <Text>This person is not on this trip.</Text>
        <Anchor component={Link} to={`/trips/${bundle.trip.id}/people`}>
          Back to the people on this trip
        </Anchor>
      </Stack>
    );
  }

  const cities = input.stops.map((stop) => stop.name);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/trips/${bundle.trip.id}/people`} size="sm" className="no-print">
        <Group gap={4}>
          <IconArrowLeft size={14} /> People
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3} style={{ overflowWrap: 'anywhere' }}>
              Programme for {person.name}
            </Title>
            {person.nameLocal && (
              <Text className="local-script" size="lg" c="dimmed">
                {person.nameLocal}
              </Text>
            )}
            <Badge variant="light">{MEMBER_ROLE_LABELS[membership.role]}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {[person.jobTitle, person.organisationName].filter(Boolean).join(', ')}
          </Text>
          <Text size="sm">
            {cities.length ? cities.join(' → ') : 'No cities on this trip yet.'}
            {person.dietary && ` · Dietary: ${person.dietary}`}
          </Text>
        </Stack>
        <Button variant="default" className="no-print" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          Print programme
        </Button>
      </Group>
      <Text size="sm" c="dimmed" className="no-print">
        Times are local where each thing happens; home ({zoneCity(bundle.trip.homeZone)}) time is beside them.
      </Text>
      {days.map((day, index) => (
        <DayCard key={day.date} bundle={bundle} day={day} number={index + 1} today={isToday(day, now)} onAdd={null} />
      ))}
    </Stack>
  );
}
