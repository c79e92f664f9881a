/**
 * The trip overview's card of contacts in emergencies: the organiser, the local coordinator and the missions on
 * the route, as the briefing book will print them, with the button that edits them.
 */
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNoEmergencyContacts } from '../../domain/trip/emergency-contacts';
import type { DiplomaticMission, TripContact } from '../../domain/trip/trip';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useLocale } from '../shared/locale';
import { EmergencyContactsModal } from './EmergencyContactsModal';

function ContactBlock({ heading, contact }: { heading: string; contact: TripContact }) {
  const { t } = useTranslation('trips');
  const given = contact.name || contact.phone || contact.email;
  return (
    <div role="group" aria-label={heading}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {heading}
      </Text>
      {given ? (
        <>
          {contact.name && (
            <Text size="sm" fw={600}>
              {contact.name}
            </Text>
          )}
          {contact.phone && <Text size="sm">{t('emergency.phone', { phone: contact.phone })}</Text>}
          {contact.email && <Text size="sm">{t('emergency.email', { email: contact.email })}</Text>}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('emergency.notGiven')}
        </Text>
      )}
    </div>
  );
}

function MissionBlock({ mission }: { mission: DiplomaticMission }) {
  const { t } = useTranslation('trips');
  const locale = useLocale();
  const country = locale.country(mission.country);
  return (
    <div role="group" aria-label={mission.name}>
      <Text size="sm" fw={600}>
        {mission.name}
      </Text>
      <Text size="xs" c="dimmed">
        {mission.city ? t('emergency.covers', { city: mission.city, country }) : t('emergency.wholeCountry', { country })}
      </Text>
      {mission.address && <Text size="sm">{mission.address}</Text>}
      {mission.addressLocal && (
        <Text size="sm" className="local-script">
          {mission.addressLocal}
        </Text>
      )}
      {mission.phone && <Text size="sm">{t('emergency.phone', { phone: mission.phone })}</Text>}
      {mission.emergencyPhone && <Text size="sm">{t('emergency.emergencyPhone', { phone: mission.emergencyPhone })}</Text>}
    </div>
  );
}

export function EmergencyContactsCard({ bundle }: { bundle: TripBundle }) {
  const { t } = useTranslation('trips');
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const { trip } = bundle;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('emergency.title')}
        </Title>
        <Button variant="light" size="compact-sm" aria-label={t('emergency.edit')} onClick={() => setEditing(true)}>
          {t('emergency.editShort')}
        </Button>
      </Group>
      {hasNoEmergencyContacts(trip) ? (
        <Text c="dimmed" size="sm">
          {t('emergency.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ContactBlock heading={t('emergency.organiser')} contact={trip.organiserContact} />
            <ContactBlock heading={t('emergency.coordinator')} contact={trip.localCoordinator} />
          </SimpleGrid>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
              {t('emergency.missions')}
            </Text>
            {trip.diplomaticMissions.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('emergency.noMissions')}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                {trip.diplomaticMissions.map((mission) => (
                  <MissionBlock key={mission.id} mission={mission} />
                ))}
              </SimpleGrid>
            )}
          </div>
        </Stack>
      )}
      <EmergencyContactsModal opened={editing} bundle={bundle} onClose={() => setEditing(false)} />
    </Card>
  );
}
