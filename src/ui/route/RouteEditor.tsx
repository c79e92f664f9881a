/**
 * The route tab: the cities in order (drag, or use the keyboard, to reorder), the journeys between them and
 * the hotels at them, with the gaps, overlaps and hotel-less nights shown where they are, and the map. Each
 * card is its own component; this one lays them out, holds the one form that is open and the taxi card.
 */
import { Card, Grid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hotel } from '../../domain/route/hotel';
import { routeMapModel } from '../../domain/route/route-map';
import { useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';
import { CitiesCard } from './CitiesCard';
import { CityFormModal } from './CityFormModal';
import { HotelFormModal } from './HotelFormModal';
import { HotelsCard } from './HotelsCard';
import { JourneyFormModal } from './JourneyFormModal';
import { JourneysCard } from './JourneysCard';
import { RouteMap } from './RouteMap';
import { TaxiCardModal } from './TaxiCardModal';
import { useRouteEditing } from './use-route-editing';

export function RouteEditor() {
  const bundle = useCurrentTrip();
  const [editing, setEditing] = useRouteEditing(bundle);
  const { t } = useTranslation('route');
  const locale = useLocale();
  const [taxiCard, setTaxiCard] = useState<Hotel | null>(null);
  const { trip, stops } = bundle;
  const mapModel = useMemo(
    () =>
      routeMapModel({
        stops,
        segments: bundle.segments,
        home: trip.home ? { label: locale.city(trip.home), latitude: trip.home.latitude, longitude: trip.home.longitude } : null,
        // A Chinese reader finds the cities on the map by their Chinese names, where the route has them.
        nameOf: (stop) => locale.city(stop),
      }),
    [stops, bundle.segments, trip.home, locale],
  );

  return (
    <Stack gap="lg">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <CitiesCard bundle={bundle} onOpen={setEditing} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder p={0} style={{ overflow: 'hidden' }}>
            <RouteMap model={mapModel} height={360} />
          </Card>
          {!trip.home && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('map.setHome')}
            </Text>
          )}
        </Grid.Col>
      </Grid>

      <JourneysCard bundle={bundle} onOpen={setEditing} />

      <HotelsCard bundle={bundle} onOpen={setEditing} onShowTaxiCard={setTaxiCard} />

      {editing?.kind === 'city' && (
        <CityFormModal
          opened
          tripId={trip.id}
          city={editing.city}
          initial={editing.initial}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'journey' && (
        <JourneyFormModal
          opened
          bundle={bundle}
          journeyId={editing.journeyId}
          initial={editing.initial}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'hotel' && (
        <HotelFormModal
          opened
          bundle={bundle}
          hotelId={editing.hotelId}
          initial={editing.initial}
          onClose={() => setEditing(null)}
        />
      )}
      <TaxiCardModal
        hotel={taxiCard}
        country={stops.find((stop) => stop.id === taxiCard?.stopId)?.country ?? ''}
        onClose={() => setTaxiCard(null)}
      />
    </Stack>
  );
}
