import { describe, expect, it } from 'vitest';
import {
  mapLabelWidth,
  mapMarkerSizes,
  markerBox,
  overlapArea,
  placeMapLabels,
  type MapBox,
  type MapLabel,
  type MapPixel,
  type PlacedMapPoint,
} from '../../../../src/domain/route/map-labels';
import { HOME_POINT_ID, type MapPoint } from '../../../../src/domain/route/route-map';

/** Latitude and longitude of the Liverpool mission's places. */
const PLACES: Record<string, [number, number]> = {
  Liverpool: [53.41, -2.98],
  Kunming: [25.0389, 102.7183],
  Chongqing: [29.563, 106.5516],
  Tianjin: [39.0842, 117.2009],
  Beijing: [39.9042, 116.4074],
  Qingdao: [36.0671, 120.3826],
  Shanghai: [31.2304, 121.4737],
};

function aStop(label: string, order: number, where: [number, number] = PLACES[label] ?? [0, 0]): MapPoint {
  return { id: `stop-${label.toLowerCase()}`, label, latitude: where[0], longitude: where[1], kind: 'stop', order };
}

const liverpool: MapPoint = {
  id: HOME_POINT_ID,
  label: 'Liverpool',
  latitude: PLACES.Liverpool![0],
  longitude: PLACES.Liverpool![1],
  kind: 'home',
  order: null,
};

const MISSION: MapPoint[] = [
  liverpool,
  ...['Kunming', 'Chongqing', 'Tianjin', 'Beijing', 'Qingdao', 'Shanghai'].map((name, index) => aStop(name, index + 1)),
];

/**
 * A plain equirectangular projection: `scale` pixels a degree, with longitude `west` and latitude `north` at the
 * top-left corner. The map itself uses Natural Earth; what is placed here depends only on the pixels.
 */
function equirectangular(west: number, north: number, scale: number): (point: MapPoint) => MapPixel {
  return (point) => [(point.longitude - west) * scale, (north - point.latitude) * scale];
}

/**
 * Where the route tab's map, 476 pixels wide and 360 high, puts the mission's places: Natural Earth fitted to the
 * route, as the sample trip shows it at a 1400-pixel window.
 */
const ON_THE_TAB: Record<string, MapPixel> = {
  Liverpool: [72.3, 148.3],
  Kunming: [360.3, 246.5],
  Chongqing: [369.8, 230.6],
  Tianjin: [394.9, 197.3],
  Beijing: [392.2, 194.4],
  Qingdao: [405.9, 207.8],
  Shanghai: [412.0, 224.8],
};
const TAB_MAP = { width: 476, height: 360 };
const missionOnTheTab = () =>
  placeMapLabels({
    points: MISSION,
    project: (point) => ON_THE_TAB[point.label] ?? null,
    ...TAB_MAP,
    sizes: mapMarkerSizes(TAB_MAP.width),
  });

/** Northern China close up, where Beijing and Tianjin, 110 km apart, are a few pixels apart. */
function northChina(points: MapPoint[], width = 470, height = 360): PlacedMapPoint[] {
  return placeMapLabels({ points, project: equirectangular(100, 48, 6), width, height, sizes: mapMarkerSizes(width) });
}

const labelled = (placed: PlacedMapPoint[]) => placed.flatMap((each) => (each.label ? [each.label] : []));
const labelOf = (placed: PlacedMapPoint[], name: string) => placed.find((each) => each.point.label === name)?.label;

/** Markers are circles, kept apart by their centres; labels are boxes, kept off each other and off markers. */
function expectNoOverlaps(placed: PlacedMapPoint[], sizes = mapMarkerSizes(TAB_MAP.width)): void {
  const overlaps: string[] = [];
  placed.forEach((a, i) => {
    for (const b of placed.slice(i + 1)) {
      const apart = Math.hypot(a.marker[0] - b.marker[0], a.marker[1] - b.marker[1]);
      if (apart < 2 * sizes.marker) overlaps.push(`${a.point.label}'s marker and ${b.point.label}'s marker`);
      if (a.label && b.label && overlapArea(a.label.box, b.label.box) > 0) {
        overlaps.push(`${a.point.label}'s label and ${b.point.label}'s label`);
      }
    }
    for (const b of placed) {
      if (a.label && overlapArea(a.label.box, markerBox(b.marker, sizes)) > 0) {
        overlaps.push(`${a.point.label}'s label and ${b.point.label}'s marker`);
      }
    }
  });
  expect(overlaps).toEqual([]);
}

describe('the sizes of markers and labels', () => {
  it('are a little smaller on a narrow map, where the cities crowd', () => {
    expect(mapMarkerSizes(599)).toEqual({ marker: 8, label: 12 });
    expect(mapMarkerSizes(600)).toEqual({ marker: 10, label: 13 });
  });

  it('estimate a label’s width from its length, without measuring text', () => {
    expect(mapLabelWidth('Tianjin', { marker: 10, label: 13 })).toBeCloseTo(7 * 13 * 0.62 + 2);
    // A Chinese name is drawn a full em a character: 天津 is as wide as two capitals and more.
    expect(mapLabelWidth('天津', { marker: 10, label: 13 })).toBeCloseTo(2 * 13 + 2);
    expect(mapLabelWidth('Chongqing', { marker: 10, label: 13 })).toBeGreaterThan(mapLabelWidth('Tianjin', { marker: 10, label: 13 }));
  });
});

describe('where a city’s label goes', () => {
  it('puts a lone city’s label just to the right of its marker, with no leader line', () => {
    const [kunming] = placeMapLabels({
      points: [aStop('Kunming', 1)],
      project: () => [100, 100],
      width: 470,
      height: 360,
      sizes: { marker: 8, label: 12 },
    });
    expect(kunming?.marker).toEqual([100, 100]);
    expect(kunming?.label).toMatchObject({ x: 100 + 8 + 4, y: 100, anchor: 'start', leader: null });
  });

  it('puts the label on the left of a city at the map’s right edge, anchored at its end', () => {
    const [shanghai] = placeMapLabels({
      points: [aStop('Shanghai', 1)],
      project: () => [455, 100],
      width: 470,
      height: 360,
      sizes: { marker: 8, label: 12 },
    });
    expect(shanghai?.label).toMatchObject({ x: 455 - 8 - 4, anchor: 'end', leader: null });
  });

  it('keeps every label inside the map', () => {
    const corners: MapPoint[] = [aStop('Kunming', 1), aStop('Chongqing', 2), aStop('Tianjin', 3), aStop('Shanghai', 4)];
    const at: MapPixel[] = [
      [3, 3],
      [467, 3],
      [3, 357],
      [467, 357],
    ];
    const placed = placeMapLabels({
      points: corners,
      project: (point) => at[corners.indexOf(point)] ?? null,
      width: 470,
      height: 360,
      sizes: { marker: 8, label: 12 },
    });
    expect(labelled(placed)).toHaveLength(4);
    const inside = (labels: MapLabel[], width: number, height: number) =>
      labels.every(({ box }) => box.x0 >= 2 && box.y0 >= 2 && box.x1 <= width - 2 && box.y1 <= height - 2);
    expect(inside(labelled(placed), 470, 360)).toBe(true);
    expect(inside(labelled(missionOnTheTab()), TAB_MAP.width, TAB_MAP.height)).toBe(true);
  });

  it('keeps each label nearer its own marker than any other, so that it is read as that city’s', () => {
    const placed = missionOnTheTab();
    const distance = (box: MapBox, [x, y]: MapPixel) =>
      Math.hypot(Math.max(box.x0, Math.min(box.x1, x)) - x, Math.max(box.y0, Math.min(box.y1, y)) - y);
    for (const { point, marker, label } of placed) {
      if (!label) continue;
      for (const other of placed) {
        if (other.point.id !== point.id) expect(distance(label.box, other.marker)).toBeGreaterThan(distance(label.box, marker) + 2);
      }
    }
  });

  it('sets a label further off, joined to its marker by a leader line, when no place beside the marker is clear', () => {
    const cities = [aStop('Beijing', 1), aStop('Tianjin', 2), aStop('Qingdao', 3), aStop('Dalian', 4, [38.91, 121.6])];
    const at: Record<string, MapPixel> = { Beijing: [62, 85], Tianjin: [148, 90], Qingdao: [176, 87], Dalian: [136, 69] };
    const placed = placeMapLabels({
      points: cities,
      project: (point) => at[point.label] ?? null,
      width: 300,
      height: 200,
      sizes: { marker: 8, label: 12 },
    });
    const tianjin = labelOf(placed, 'Tianjin');
    expect(tianjin).toMatchObject({ anchor: 'middle', x: 148 });
    expect(tianjin?.leader?.[0]).toEqual([148, 90]);
    // The leader ends on the label's edge nearest the marker, below the first ring.
    expect(tianjin?.leader?.[1]).toEqual([148, tianjin?.box.y0]);
    expect(tianjin!.box.y0 - 90).toBeGreaterThan(8 + 4);
    expect(labelled(placed).filter((label) => label.leader)).toHaveLength(1);
    expectNoOverlaps(placed, { marker: 8, label: 12 });
  });
});

describe('nearby cities such as Beijing and Tianjin', () => {
  const beijing = aStop('Beijing', 1);
  const tianjin = aStop('Tianjin', 2);

  it('have their markers pushed apart until they can be told apart, each joined to its place by a leader', () => {
    const placed = northChina([beijing, tianjin]);
    const [b, t] = placed as [PlacedMapPoint, PlacedMapPoint];
    expect(Math.hypot(b.anchor[0] - t.anchor[0], b.anchor[1] - t.anchor[1])).toBeLessThan(2 * 8 + 4);
    expect(Math.hypot(b.marker[0] - t.marker[0], b.marker[1] - t.marker[1])).toBeGreaterThanOrEqual(2 * 8 + 4);
    // Each moved by half, in opposite directions.
    expect(b.marker[0] - b.anchor[0]).toBeCloseTo(-(t.marker[0] - t.anchor[0]));
    expect(b.marker[1] - b.anchor[1]).toBeCloseTo(-(t.marker[1] - t.anchor[1]));
  });

  it('have labels that overlap neither each other nor any marker', () => {
    const placed = northChina([beijing, tianjin]);
    expect(labelled(placed)).toHaveLength(2);
    expectNoOverlaps(placed);
  });

  it('part two cities on the very same spot the same way every time', () => {
    const twin = aStop('Tianjin', 2, PLACES.Beijing);
    const placed = northChina([beijing, twin]);
    const [a, b] = placed as [PlacedMapPoint, PlacedMapPoint];
    expect(Math.hypot(a.marker[0] - b.marker[0], a.marker[1] - b.marker[1])).toBeGreaterThanOrEqual(2 * 8 + 4);
    expect(northChina([beijing, twin])).toEqual(placed);
  });
});

describe('the Liverpool mission on the route tab’s map', () => {
  it('overlaps no label with another label or a marker, however crowded northern China is', () => {
    expectNoOverlaps(missionOnTheTab());
  });

  it('gives the same layout for the same input', () => {
    expect(missionOnTheTab()).toEqual(missionOnTheTab());
  });

  it('labels home and the cities as the tab shows them, leaving off Qingdao’s, which has no clear place', () => {
    const placed = missionOnTheTab();
    expect(
      placed.map(({ point, label }) => `${point.label}: ${label ? `${label.anchor}${label.leader ? ' with a leader' : ''}` : 'left off'}`),
    ).toEqual([
      'Liverpool: start',
      'Kunming: end',
      'Chongqing: end',
      'Tianjin: start',
      'Beijing: end',
      'Qingdao: left off',
      'Shanghai: middle',
    ]);
    expect(labelOf(placed, 'Qingdao')).toBeNull();
  });

  it('leaves off a label that has no clear place rather than draw it where it would be misread', () => {
    const crowd = ['Kunming', 'Chongqing', 'Tianjin', 'Beijing', 'Qingdao', 'Shanghai'].map((name, index) =>
      aStop(name, index + 1),
    );
    const placed = placeMapLabels({
      points: crowd,
      project: (point) => [60 + crowd.indexOf(point) * 22, 30],
      width: 200,
      height: 60,
      sizes: mapMarkerSizes(200),
    });
    expect(placed.some(({ label }) => label === null)).toBe(true);
    expectNoOverlaps(placed, mapMarkerSizes(200));
  });

  it('keeps a place the projection cannot show off the map, with no label', () => {
    const [kunming, hidden] = placeMapLabels({
      points: [aStop('Kunming', 1), aStop('Shanghai', 2)],
      project: (point) => (point.label === 'Kunming' ? [100, 100] : null),
      width: 470,
      height: 360,
      sizes: mapMarkerSizes(470),
    });
    expect(kunming?.label).not.toBeNull();
    expect(hidden?.marker).toEqual([-1000, -1000]);
    expect(hidden?.label).toBeNull();
  });
});
