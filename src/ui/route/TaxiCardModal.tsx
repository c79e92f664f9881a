/**
 * A hotel's name and address in large type and in the local script, to show a taxi driver who may read neither
 * English nor the delegation's language. The heading is in the interface's language for the delegate, and again
 * in the language of the hotel's country for the driver; the name and address as the delegate knows them are
 * underneath.
 */
import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Hotel } from '../../domain/route/hotel';
import { driversLanguage } from '../../i18n/country-language';
import { useLanguage } from '../shared/locale';

/**
 * The taxi card of `hotel`, open while there is one; `country` is where the hotel is, for the driver's heading.
 * `onClose` puts it away.
 */
export function TaxiCardModal({ hotel, country, onClose }: { hotel: Hotel | null; country: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('route');
  const { language } = useLanguage();
  const local = driversLanguage(country);
  const localHeading = i18n.getFixedT(local, 'route')('taxi.heading');
  return (
    <Modal opened={hotel !== null} onClose={onClose} title={t('taxi.heading')} size="xl" centered>
      {hotel && (
        <Stack gap="md">
          {local !== language && (
            <Text lang={local} className="local-script" fz={28} fw={600}>
              {localHeading}
            </Text>
          )}
          <Text className="local-script" fz={44} fw={700} lh={1.2}>
            {hotel.nameLocal || hotel.name}
          </Text>
          <Text className="local-script" fz={32} lh={1.3}>
            {hotel.addressLocal || hotel.address}
          </Text>
          {hotel.phone && <Text fz={24}>☎ {hotel.phone}</Text>}
          <Text c="dimmed">
            {hotel.name} · {hotel.address}
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
