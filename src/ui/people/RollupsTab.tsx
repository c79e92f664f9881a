/**
 * The roll-ups tab: headcounts per engagement and hotel night, dietary needs per meal, and the passport and
 * visa problems that would stop someone travelling.
 */
import { Alert, Badge, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { VISA_STATUS_LABELS } from '../../domain/people/person';
import { inFamilyNameOrder } from '../../domain/people/name-order';
import {
  dietarySummary,
  engagementHeadcounts,
  formatDietarySummary,
  isMeal,
  nightHeadcounts,
  travelDocumentWarnings,
} from '../../domain/people/rollups';
import { formatDate, formatDayAndTime, todayIn } from '../../domain/shared/time';
import { cityName, useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';

export function RollupsTab() {
  const { compare } = useLocale();
  const bundle = useCurrentTrip();
  const { trip } = bundle;
  const personById = useMemo(() => new Map(bundle.people.map((person) => [person.id, person])), [bundle.people]);
  const members = bundle.memberships.flatMap((membership) => personById.get(membership.personId) ?? []);
  const warnings = travelDocumentWarnings(trip, members, todayIn(trip.homeZone));
  const engagements = [...bundle.engagements].sort((a, b) => a.start.utc.localeCompare(b.start.utc));
  const headcounts = new Map(engagementHeadcounts(engagements, bundle.memberships).map((h) => [h.engagementId, h]));
  const nights = nightHeadcounts(bundle.stops, bundle.accommodations, bundle.memberships, bundle.segments);

  return (
    <Stack gap="lg">
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          Passports and visas
        </Title>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody is on this trip yet.
          </Text>
        ) : warnings.length === 0 ? (
          <Alert color="teal" icon={<IconCircleCheck size={18} />} p="xs">
            Every passport is valid for six months after the trip, and no visa is outstanding close to departure.
          </Alert>
        ) : (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs" title={`${warnings.length} to sort out`}>
            <List size="sm">
              {warnings.map((warning) => (
                <List.Item key={`${warning.personId}-${warning.kind}`}>{warning.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {members.length > 0 && (
          <Table aria-label="Passports and visas" mt="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Nationality</Table.Th>
                <Table.Th>Passport expires</Table.Th>
                <Table.Th>Visa</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inFamilyNameOrder(members, (person) => person.name, compare).map((person) => {
                const flagged = warnings.some((warning) => warning.personId === person.id);
                return (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      {person.name} {flagged && <Badge size="xs" color="orange">Check</Badge>}
                    </Table.Td>
                    <Table.Td>{person.nationality}</Table.Td>
                    <Table.Td>{person.passportExpiry ? formatDate(person.passportExpiry) : 'Not recorded'}</Table.Td>
                    <Table.Td>{VISA_STATUS_LABELS[person.visaStatus]}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          Engagements
        </Title>
        {engagements.length === 0 ? (
          <Text size="sm" c="dimmed">
            No engagements yet.
          </Text>
        ) : (
          <Table aria-label="Engagement headcounts" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When (local)</Table.Th>
                <Table.Th>Engagement</Table.Th>
                <Table.Th ta="right">Delegation</Table.Th>
                <Table.Th>Dietary needs</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {engagements.map((engagement) => {
                const headcount = headcounts.get(engagement.id);
                const attendees = (headcount?.attendeeIds ?? []).flatMap((id) => personById.get(id) ?? []);
                const summary = dietarySummary(attendees);
                return (
                  <Table.Tr key={engagement.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDayAndTime(engagement.start.local)} {cityName(bundle, engagement.stopId)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" td={engagement.status === 'cancelled' ? 'line-through' : undefined}>
                        {engagement.title}
                      </Text>
                      {headcount && headcount.notAtStopIds.length > 0 && (
                        <Text size="xs" c="orange.8">
                          Includes {headcount.notAtStopIds.length} not in this city on the route
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{summary.count}</Table.Td>
                    <Table.Td>
                      {isMeal(engagement) ? (
                        <Text size="sm">{formatDietarySummary(summary, 'the meal')}</Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {summary.needs.length ? summary.needs.map(([need, count]) => `${count} ${need.toLowerCase()}`).join(', ') : '—'}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          Hotel nights
        </Title>
        {nights.length === 0 ? (
          <Text size="sm" c="dimmed">
            No nights on the route yet.
          </Text>
        ) : (
          <Table aria-label="Hotel nights" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Night of</Table.Th>
                <Table.Th>City</Table.Th>
                <Table.Th>Hotel</Table.Th>
                <Table.Th ta="right">Rooms for</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nights.map((night) => (
                <Table.Tr key={`${night.date}-${night.stopId}`}>
                  <Table.Td>{formatDate(night.date)}</Table.Td>
                  <Table.Td>{cityName(bundle, night.stopId)}</Table.Td>
                  <Table.Td>
                    {night.accommodationIds.length ? (
                      night.accommodationIds
                        .map((id) => bundle.accommodations.find((stay) => stay.id === id)?.name)
                        .join(', ')
                    ) : (
                      <Text size="sm" c="orange.8">
                        No hotel
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{night.personIds.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
