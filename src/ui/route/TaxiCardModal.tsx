/**
 * A hotel's name and address in large type and in the local script, to show a taxi driver who reads no English;
 * the English underneath is for the delegate.
 */
import { Modal, Stack, Text } from '@mantine/core';
import type { Hotel } from '../../domain/route/hotel';

/** The taxi card of `hotel`, open while there is one; `onClose` puts it away. */
export function TaxiCardModal({ hotel, onClose }: { hotel: Hotel | null; onClose: () => void }) {
  return (
    <Modal opened={hotel !== null} onClose={onClose} title="Please take me to" size="xl" centered>
      {hotel && (
        <Stack gap="md">
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
