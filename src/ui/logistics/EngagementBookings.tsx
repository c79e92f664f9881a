/**
 * On an engagement's page: the vehicles, interpreters and guides booked for it, a way to book one, and, when it
 * needs an interpreter, whether one is booked. Removing a booking offers Undo.
 */
import { ActionIcon, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconPrinter, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Engagement } from '../../domain/engagements/engagement';
import { isVehicle } from '../../domain/logistics/resource';
import { tripBookings } from '../../domain/logistics/trip-bookings';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useLocale } from '../shared/locale';
import { landingFor } from '../shared/focus-landing';
import { resourceSummary } from './booking-words';
import { useLogisticsActions } from './use-logistics-actions';

export function EngagementBookings({ bundle, engagement }: { bundle: TripBundle; engagement: Engagement }) {
  const { t } = useTranslation(['logistics', 'route']);
  const locale = useLocale();
  const actions = useLogisticsActions(bundle);
  const bookings = useMemo(
    () =>
      tripBookings(bundle).bookings.filter(
        (booking) => booking.booked.kind === 'engagement' && booking.booked.engagement.id === engagement.id,
      ),
    [bundle, engagement.id],
  );
  const base = `/trips/${bundle.trip.id}`;
  const interpreterMissing = engagement.interpreterNeeded && !bookings.some((booking) => booking.resource.kind === 'interpreter');
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('engagement.title')}
        </Title>
        {bundle.resources.length > 0 && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => actions.book({ target: { kind: 'engagement', engagementId: engagement.id }, fixedTarget: true })}
          >
            {t('engagement.book')}
          </Button>
        )}
      </Group>
      {bookings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {bundle.resources.length === 0 ? (
            <>
              {t('engagement.noResources')}{' '}
              <Anchor component={Link} to={`${base}/logistics`} size="sm">
                {t('engagement.toLogistics')}
              </Anchor>
            </>
          ) : (
            t('engagement.none')
          )}
        </Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} aria-label={t('engagement.title')}>
          {bookings.map((booking) => (
            <Group
              key={booking.assignment.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              style={{ listStyle: 'none' }}
              tabIndex={-1}
              {...landingFor(booking.assignment.id)}
            >
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {booking.resource.name}{' '}
                  <Text span size="sm" c="dimmed" fw={400}>
                    {resourceSummary(t, locale, booking.resource)}
                  </Text>
                </Text>
                {isVehicle(booking.resource.kind) && (
                  <Text size="xs" c="dimmed">
                    {booking.pickUp
                      ? t('engagement.pickUpAt', { time: booking.time, place: booking.from.english || booking.from.local, count: booking.passengerIds.length })
                      : t('engagement.noPickUp', { count: booking.passengerIds.length })}
                  </Text>
                )}
              </div>
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  component={Link}
                  to={`${base}/logistics/${booking.resource.id}/day-sheet?day=${booking.date}`}
                  aria-label={t('engagement.daySheet', { name: booking.resource.name })}
                >
                  <IconPrinter size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('engagement.remove', { name: booking.resource.name })}
                  onClick={() => actions.unbook(booking.assignment, booking.resource.name)}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {interpreterMissing && bundle.resources.length > 0 && (
        <Group gap={6} c="orange.8">
          <IconAlertTriangle size={16} aria-hidden />
          <Text size="sm">{t('engagement.interpreterMissing')}</Text>
        </Group>
      )}
      {actions.dialogs}
    </Stack>
  );
}
