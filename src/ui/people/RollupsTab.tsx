/**
 * The roll-ups tab: headcounts per engagement and hotel night, dietary needs per meal, and the passport and
 * visa problems that would stop someone travelling.
 */
import { Alert, Badge, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { inFamilyNameOrder } from '../../domain/people/name-order';
import {
  dietarySummary,
  engagementHeadcounts,
  isMeal,
  mealSummaryMessage,
  needsMessage,
  travelDocumentWarnings,
} from '../../domain/people/rollups';
import { hotelNights } from '../../domain/rooming/guests';
import { todayIn } from '../../domain/shared/time';
import { wallClock, wallDate } from '../../domain/shared/date-arithmetic';
import { useLocale } from '../shared/locale';
import { cityName, useCurrentTrip } from '../shared/current-trip';

export function RollupsTab() {
  const { compare } = useLocale();
  const bundle = useCurrentTrip();
  const { trip } = bundle;
  const { t } = useTranslation(['people', 'rooming']);
  const locale = useLocale();
  const personById = useMemo(() => new Map(bundle.people.map((person) => [person.id, person])), [bundle.people]);
  const members = bundle.memberships.flatMap((membership) => personById.get(membership.personId) ?? []);
  const warnings = travelDocumentWarnings(trip, members, todayIn(trip.homeZone));
  const engagements = [...bundle.engagements].sort((a, b) => a.start.utc.localeCompare(b.start.utc));
  const headcounts = new Map(engagementHeadcounts(engagements, bundle.memberships).map((h) => [h.engagementId, h]));
  // A row for each hotel on each night, counted as every screen counts a hotel's guests (rooming/guests.ts).
  const nights = hotelNights(bundle);
  const stayName = (id: string) => bundle.accommodations.find((stay) => stay.id === id)?.name ?? '';

  return (
    <Stack gap="lg">
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('rollups.passportsAndVisas')}
        </Title>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('rollups.nobody')}
          </Text>
        ) : warnings.length === 0 ? (
          <Alert color="teal" icon={<IconCircleCheck size={18} />} p="xs">
            {t('rollups.allClear')}
          </Alert>
        ) : (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs" title={t('rollups.toSortOut', { count: warnings.length })}>
            <List size="sm">
              {warnings.map((warning) => (
                <List.Item key={`${warning.personId}-${warning.kind}`}>{locale.word(warning.message)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {members.length > 0 && (
          <Table aria-label={t('rollups.passportsAndVisas')} mt="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rollups.column.name')}</Table.Th>
                <Table.Th>{t('rollups.column.nationality')}</Table.Th>
                <Table.Th>{t('rollups.column.passportExpires')}</Table.Th>
                <Table.Th>{t('rollups.column.visa')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inFamilyNameOrder(members, (person) => person.name, compare).map((person) => {
                const flagged = warnings.some((warning) => warning.personId === person.id);
                return (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      {person.name} {flagged && <Badge size="xs" color="orange">{t('rollups.check')}</Badge>}
                    </Table.Td>
                    <Table.Td>{person.nationality}</Table.Td>
                    <Table.Td>{person.passportExpiry ? locale.dateWithYear(person.passportExpiry) : t('rollups.notRecorded')}</Table.Td>
                    <Table.Td>{t(`visa.${person.visaStatus}`)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('rollups.engagements')}
        </Title>
        {engagements.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('rollups.noEngagements')}
          </Text>
        ) : (
          <Table aria-label={t('rollups.engagementHeadcounts')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rollups.column.when')}</Table.Th>
                <Table.Th>{t('rollups.column.engagement')}</Table.Th>
                <Table.Th ta="right">{t('rollups.column.delegation')}</Table.Th>
                <Table.Th>{t('rollups.column.dietary')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {engagements.map((engagement) => {
                const headcount = headcounts.get(engagement.id);
                const attendees = (headcount?.attendeeIds ?? []).flatMap((id) => personById.get(id) ?? []);
                const summary = dietarySummary(attendees);
                const needs = needsMessage(summary);
                const when = t('rollups.dayTime', {
                  day: locale.day(wallDate(engagement.start.local)),
                  time: wallClock(engagement.start.local),
                });
                return (
                  <Table.Tr key={engagement.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('rollups.whenAndWhere', { when, city: cityName(bundle, engagement.stopId, locale) })}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" td={engagement.status === 'cancelled' ? 'line-through' : undefined}>
                        {engagement.title}
                      </Text>
                      {headcount && headcount.notAtStopIds.length > 0 && (
                        <Text size="xs" c="orange.8">
                          {t('rollups.notInCity', { count: headcount.notAtStopIds.length })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{locale.number(summary.count)}</Table.Td>
                    <Table.Td>
                      {isMeal(engagement) ? (
                        <Text size="sm">{locale.word(mealSummaryMessage(summary))}</Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {needs ? locale.word(needs) : '—'}
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
          {t('rollups.hotelNights')}
        </Title>
        {nights.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('rollups.noNights')}
          </Text>
        ) : (
          <Table aria-label={t('rollups.hotelNights')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rollups.column.nightOf')}</Table.Th>
                <Table.Th>{t('rollups.column.city')}</Table.Th>
                <Table.Th>{t('rollups.column.hotel')}</Table.Th>
                <Table.Th ta="right">{t('rollups.column.roomsFor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nights.map((night) => (
                <Table.Tr key={`${night.date}-${night.stopId}-${night.stayId ?? ''}`}>
                  <Table.Td>{locale.dateWithYear(night.date)}</Table.Td>
                  <Table.Td>{cityName(bundle, night.stopId, locale)}</Table.Td>
                  <Table.Td>
                    {night.stayId !== null ? (
                      <>
                        {stayName(night.stayId)}
                        {night.sharedWith.length > 0 && (
                          <Text size="xs" c="orange.8">
                            {t('rooming:guests.sharedWith', { hotels: locale.list(night.sharedWith.map(stayName)) })}
                          </Text>
                        )}
                      </>
                    ) : (
                      <Text size="sm" c="orange.8">
                        {t('rollups.noHotel')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{locale.number(night.personIds.length)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
