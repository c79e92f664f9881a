/**
 * The route on a map that needs no network. Countries come from Natural Earth (the world-atlas package) and are
 * bundled by Vite into a chunk of their own, loaded the first time a map is shown; until then the route is
 * drawn over the sea alone. The view is fitted to the route's places and the arcs between them, so a route
 * inside China fills the map and one that starts in Europe spans both. Where markers and labels go, clear of each
 * other, is worked out in the domain (route/map-labels.ts); this file projects the places and draws.
 */
import { Group, Loader, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue, useElementSize } from '@mantine/hooks';
import {
  geoBounds,
  geoGraticule10,
  geoInterpolate,
  geoNaturalEarth1,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  describeMapLeg,
  describeRouteMap,
  type MapPoint,
  type RouteMapModel,
} from '../../domain/route/route-map';
import type { TravelMode } from '../../domain/route/journey';
import { mapMarkerSizes, placeMapLabels, type MapPixel } from '../../domain/route/map-labels';
import { useLocale } from '../shared/locale';
import './route-map.css';

// ---------------------------------------------------------------------------------------------------------------
// The base map, loaded once per session

interface Atlas {
  land: GeoPermissibleObjects;
  /** Borders between countries only, so that coastlines are not drawn twice. */
  borders: GeoPermissibleObjects;
}

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

let loadedAtlas: Atlas | null = null;
let loadingAtlas: Promise<Atlas> | null = null;

function loadAtlas(): Promise<Atlas> {
  loadingAtlas ??= Promise.all([import('world-atlas/countries-50m.json'), import('topojson-client')])
    .then(([atlas, topojson]) => {
      const topology = atlas.default as unknown as CountriesTopology;
      loadedAtlas = {
        land: topojson.feature(topology, topology.objects.land),
        borders: topojson.mesh(topology, topology.objects.countries, (a, b) => a !== b),
      };
      return loadedAtlas;
    })
    .catch((error: unknown) => {
      loadingAtlas = null;
      throw error;
    });
  return loadingAtlas;
}

type AtlasState = { status: 'loading' } | { status: 'ready'; atlas: Atlas } | { status: 'failed' };

function useAtlas(): AtlasState {
  const [state, setState] = useState<AtlasState>(() =>
    loadedAtlas ? { status: 'ready', atlas: loadedAtlas } : { status: 'loading' },
  );
  useEffect(() => {
    if (state.status !== 'loading') return;
    let current = true;
    loadAtlas().then(
      (atlas) => current && setState({ status: 'ready', atlas }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [state.status]);
  return state;
}

// ---------------------------------------------------------------------------------------------------------------
// Fitting the view

type LonLat = [number, number];

/** The least the map shows, so that a one-city route is a region and not a street plan. */
const MIN_SPAN = { longitude: 16, latitude: 10 };

function lonLat(point: MapPoint): LonLat {
  return [point.longitude, point.latitude];
}

function fitProjection(model: RouteMapModel, width: number, height: number): GeoProjection {
  const byId = new Map(model.points.map((point) => [point.id, lonLat(point)]));
  const places = model.points.map(lonLat);
  // Great circles bow towards the pole: a Manchester–Kunming arc passes north of the Caspian.
  const alongArcs = model.legs.flatMap((leg) => {
    const from = byId.get(leg.fromId);
    const to = byId.get(leg.toId);
    if (!from || !to) return [];
    const at = geoInterpolate(from, to);
    return [0.25, 0.5, 0.75].map((t) => at(t));
  });
  const extent = [...places, ...alongArcs];
  const [[west, south], [eastRaw, north]] = geoBounds({ type: 'MultiPoint', coordinates: extent });
  const east = eastRaw < west ? eastRaw + 360 : eastRaw;
  const centre: LonLat = [(west + east) / 2, (south + north) / 2];
  const halfLon = Math.max(east - west, MIN_SPAN.longitude) / 2;
  const halfLat = Math.max(north - south, MIN_SPAN.latitude) / 2;
  const clampLat = (lat: number): number => Math.max(-85, Math.min(85, lat));
  const frame: LonLat[] = [
    [centre[0] - halfLon, centre[1]],
    [centre[0] + halfLon, centre[1]],
    [centre[0], clampLat(centre[1] - halfLat)],
    [centre[0], clampLat(centre[1] + halfLat)],
  ];
  // Room round the route for labels, and for the reader to see where it is.
  const padX = Math.min(Math.max(64, width * 0.12), width / 4);
  const padY = Math.min(Math.max(40, height * 0.12), height / 4);
  const projection = geoNaturalEarth1()
    .rotate([-centre[0], 0])
    .fitExtent(
      [
        [padX, padY],
        [width - padX, height - padY],
      ],
      { type: 'MultiPoint', coordinates: [...extent, ...frame] },
    );
  return projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing

/** Each way of travelling has its own line, so the map reads in black and white too. */
const MODE_CLASS: Record<TravelMode | 'none', string> = {
  flight: 'route-map__leg--flight',
  train: 'route-map__leg--train',
  coach: 'route-map__leg--coach',
  car: 'route-map__leg--car',
  ferry: 'route-map__leg--ferry',
  none: 'route-map__leg--none',
};

function modeLabel(mode: TravelMode | null, t: TFunction<'route'>): string {
  return mode ? t(`mode.${mode}`) : t('map.notEntered');
}

function HomeMarker({ at: [x, y], size: s }: { at: MapPixel; size: number }) {
  // A house: a square body under a pitched roof, centred on the place.
  const d = `M${x - s * 0.8},${y - s * 0.1} L${x},${y - s} L${x + s * 0.8},${y - s * 0.1} L${x + s * 0.8},${y + s * 0.85} L${x - s * 0.8},${y + s * 0.85} Z`;
  return <path className="route-map__home" d={d} />;
}

function CityMarker({ at: [x, y], order, size }: { at: MapPixel; order: number; size: number }) {
  return (
    <g className="route-map__stop">
      <circle cx={x} cy={y} r={size} />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={size * (order > 9 ? 0.95 : 1.1)}>
        {order}
      </text>
    </g>
  );
}

/** "Manchester (home) · 1 Kunming · 2 Chongqing", shown under the map when some labels did not fit on it. */
function placeKey(model: RouteMapModel, t: TFunction<'route'>): string {
  return model.points
    .map((point) =>
      point.kind === 'home'
        ? t('map.homePlace', { name: point.label })
        : t('map.stopPlace', { order: point.order, name: point.label }),
    )
    .join(t('map.placeSeparator'));
}

/** Repeats what the map shows for those who see it; the list under it says the same to a screen reader. */
function Legend({ modes, places }: { modes: (TravelMode | null)[]; places: string | null }) {
  const { t } = useTranslation('route');
  if (modes.length === 0 && !places) return null;
  return (
    <Group gap="md" mt={6} className="route-map__legend" aria-hidden>
      {places && (
        <Text size="xs" c="dimmed" w="100%">
          {places}
        </Text>
      )}
      {modes.map((mode) => (
        <Group key={mode ?? 'none'} gap={6} wrap="nowrap">
          <svg width="28" height="10" focusable="false">
            <line x1="1" y1="5" x2="27" y2="5" className={`route-map__leg ${MODE_CLASS[mode ?? 'none']}`} />
          </svg>
          <Text size="xs" c="dimmed">
            {modeLabel(mode, t)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

const FALLBACK_WIDTH = 800;

/**
 * The route of a trip on a map: home as a house, the stops as numbered circles, and each journey as a great-circle
 * arc whose line says how it is made. Nothing is fetched; the coastlines load from the app's own files. The
 * drawing is worked out again whenever `model` is a new object, so pass one kept with useMemo.
 */
export function RouteMap({ model, height = 420 }: { model: RouteMapModel; height?: number }) {
  const { t } = useTranslation('route');
  if (!model.points.some((point) => point.kind === 'stop')) {
    return (
      <Text c="dimmed" size="sm">
        {t('map.noCoordinates')}
      </Text>
    );
  }
  return <RouteMapDrawing model={model} height={height} />;
}

function RouteMapDrawing({ model, height }: { model: RouteMapModel; height: number }) {
  const { t } = useTranslation('route');
  const locale = useLocale();
  const { ref, width: measured } = useElementSize<HTMLDivElement>();
  // Drawing the coastlines takes a tenth of a second: while a window is being resized the map only scales, and
  // is drawn again at its new size when the resizing stops.
  const [settled] = useDebouncedValue(Math.round(measured), 200, { leading: true });
  const width = settled || FALLBACK_WIDTH;
  const atlas = useAtlas();
  const stops = model.points.filter((point) => point.kind === 'stop');
  const home = model.points.find((point) => point.kind === 'home') ?? null;

  const projection = useMemo(() => fitProjection(model, width, height), [model, width, height]);
  const path = useMemo(() => geoPath(projection).digits(1), [projection]);
  const base = useMemo(() => {
    if (atlas.status !== 'ready') return null;
    return { land: path(atlas.atlas.land) ?? '', borders: path(atlas.atlas.borders) ?? '' };
  }, [atlas, path]);
  const graticule = useMemo(() => path(geoGraticule10()) ?? '', [path]);
  const legs = useMemo(() => {
    const byId = new Map(model.points.map((point) => [point.id, lonLat(point)]));
    return model.legs.flatMap((leg, index) => {
      const from = byId.get(leg.fromId);
      const to = byId.get(leg.toId);
      const d = from && to ? path({ type: 'LineString', coordinates: [from, to] }) : null;
      return d ? [{ key: `${leg.fromId}-${leg.toId}-${leg.mode ?? 'none'}-${index}`, d, mode: leg.mode }] : [];
    });
  }, [model, path]);
  const sizes = mapMarkerSizes(width);
  const placed = useMemo(
    () =>
      placeMapLabels({
        points: model.points,
        project: (point) => projection(lonLat(point)),
        width,
        height,
        sizes: mapMarkerSizes(width),
      }),
    [model, projection, width, height],
  );
  const modes = useMemo(() => [...new Set(model.legs.map((leg) => leg.mode))], [model]);

  return (
    <div className="route-map" ref={ref}>
      <svg
        className="route-map__svg"
        role="img"
        aria-label={locale.word(describeRouteMap(model))}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
      >
        <rect className="route-map__sea" width={width} height={height} />
        <path className="route-map__graticule" d={graticule} />
        {base && (
          <>
            <path className="route-map__land" d={base.land} />
            <path className="route-map__borders" d={base.borders} />
          </>
        )}
        <g>
          {legs.map((leg) => (
            <path key={leg.key} className={`route-map__leg ${MODE_CLASS[leg.mode ?? 'none']}`} d={leg.d} />
          ))}
        </g>
        <g>
          {placed.map(({ point, anchor, marker, label }) => (
            <g key={point.id}>
              {Math.hypot(marker[0] - anchor[0], marker[1] - anchor[1]) > 1 && (
                <>
                  <line className="route-map__leader" x1={anchor[0]} y1={anchor[1]} x2={marker[0]} y2={marker[1]} />
                  <circle className="route-map__place" cx={anchor[0]} cy={anchor[1]} r={2.5} />
                </>
              )}
              {label?.leader && (
                <line
                  className="route-map__leader"
                  x1={label.leader[0][0]}
                  y1={label.leader[0][1]}
                  x2={label.leader[1][0]}
                  y2={label.leader[1][1]}
                />
              )}
            </g>
          ))}
          {placed.map(({ point, marker }) =>
            point.kind === 'home' ? (
              <HomeMarker key={point.id} at={marker} size={sizes.marker} />
            ) : (
              <CityMarker key={point.id} at={marker} order={point.order ?? 0} size={sizes.marker} />
            ),
          )}
        </g>
        <g>
          {placed.map(({ point, label }) =>
            label ? (
              <text
                key={point.id}
                className={point.kind === 'home' ? 'route-map__label route-map__label--home' : 'route-map__label'}
                x={label.x}
                y={label.y}
                textAnchor={label.anchor}
                dy="0.35em"
                fontSize={sizes.label}
              >
                {point.label}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      {atlas.status === 'loading' && (
        <Group gap={6} className="route-map__status">
          <Loader size={12} />
          <Text size="xs" c="dimmed">
            {t('map.loading')}
          </Text>
        </Group>
      )}
      {atlas.status === 'failed' && (
        <Text size="xs" c="dimmed" className="route-map__status">
          {t('map.failed')}
        </Text>
      )}
      <Legend modes={modes} places={placed.some(({ label }) => !label) ? placeKey(model, t) : null} />
      <VisuallyHidden>
        {home && <p>{t('map.home', { name: home.label })}</p>}
        <ol aria-label={t('map.citiesOnMap')}>
          {stops.map((stop) => (
            <li key={stop.id} value={stop.order ?? undefined}>
              {stop.label}
            </li>
          ))}
        </ol>
        {model.legs.length > 0 && (
          <ul aria-label={t('map.journeysOnMap')}>
            {model.legs.map((leg, index) => (
              <li key={`${leg.fromId}-${leg.toId}-${leg.mode ?? 'none'}-${index}`}>{locale.word(describeMapLeg(leg, model))}</li>
            ))}
          </ul>
        )}
      </VisuallyHidden>
    </div>
  );
}
