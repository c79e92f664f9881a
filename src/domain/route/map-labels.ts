/**
 * Where the route map draws each place's marker and label, in the map's pixels, so that they keep clear of each
 * other: nearby cities (Beijing and Tianjin are 110 km apart) have their markers pushed apart, and each label goes
 * where it overlaps nothing, stays inside the map and is read as its own marker's. A label with no such place is
 * left off, and the map then lists its places under it. Pure geometry: the map projects the places to pixels and
 * draws what this returns; text widths are estimated, not measured, so the same input gives the same layout.
 */
import type { MapPoint } from './route-map';

/** A position on the drawn map, in pixels from its top-left corner: [x, y], y downwards. */
export type MapPixel = [number, number];

/** Marker radius and label size in pixels. */
export interface MapMarkerSizes {
  marker: number;
  label: number;
}

/** A rectangle on the map, in pixels: x0,y0 is its top-left corner and x1,y1 its bottom-right. */
export interface MapBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label's text is drawn: `x` is on the side of its box nearest the marker, `anchor` says which side. */
export interface MapLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The line from the marker to the label, when the label sits too far from its marker to be read as its. */
  leader: [MapPixel, MapPixel] | null;
  /** The space the label's text takes, as estimated from its length. */
  box: MapBox;
}

export interface PlacedMapPoint {
  point: MapPoint;
  /** Where the place is. */
  anchor: MapPixel;
  /** Where its marker is drawn: moved off the place when another marker sits on top of it. */
  marker: MapPixel;
  /**
   * Text is anchored on the side nearest the marker, so an error in its estimated width never reaches it. Null
   * when no place near the marker is clear: the map then lists the places under it instead.
   */
  label: MapLabel | null;
}

/** Where a place that cannot be projected is put: far off the map, so it takes no room on it. */
const OFF_THE_MAP: MapPixel = [-1000, -1000];

/**
 * The marker and label sizes for a map `width` pixels wide: a little smaller on a narrow map, where a route's
 * cities crowd.
 */
export function mapMarkerSizes(width: number): MapMarkerSizes {
  return width < 600 ? { marker: 8, label: 12 } : { marker: 10, label: 13 };
}

/** Characters drawn a full em wide: CJK ideographs, kana, hangul and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The estimated width of a label in pixels, without measuring the DOM: an average Latin glyph of a semibold
 * sans-serif is about 0.6 em, a little more in the wider fallback fonts; a Chinese character is a full em.
 */
export function mapLabelWidth(text: string, sizes: MapMarkerSizes): number {
  let ems = 0;
  for (const character of text) ems += WIDE.test(character) ? 1 : 0.62;
  return ems * sizes.label + 2;
}

/** The area two boxes share; 0 when they only touch or are apart. */
export function overlapArea(a: MapBox, b: MapBox): number {
  const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return x > 0 && y > 0 ? x * y : 0;
}

/** The box a marker takes, with a pixel to spare round it. */
export function markerBox([x, y]: MapPixel, sizes: MapMarkerSizes): MapBox {
  const r = sizes.marker + 1;
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

/**
 * Pushes overlapping markers apart just far enough to be told apart, each by half the overlap. Two markers on
 * the same spot are parted along a direction fixed by their order, so the layout is the same every time.
 */
function spreadMarkers(anchors: MapPixel[], sizes: MapMarkerSizes): MapPixel[] {
  const gap = sizes.marker * 2 + 4;
  const at = anchors.map(([x, y]) => [x, y] as MapPixel);
  for (let round = 0; round < 80; round += 1) {
    let moved = false;
    for (let i = 0; i < at.length; i += 1) {
      for (let j = i + 1; j < at.length; j += 1) {
        const a = at[i] as MapPixel;
        const b = at[j] as MapPixel;
        let dx = b[0] - a[0];
        let dy = b[1] - a[1];
        let distance = Math.hypot(dx, dy);
        if (distance >= gap) continue;
        if (distance < 0.01) {
          dx = Math.cos(j);
          dy = Math.sin(j);
          distance = 1;
        }
        const push = (gap - Math.hypot(b[0] - a[0], b[1] - a[1])) / 2 + 0.01;
        a[0] -= (dx / distance) * push;
        a[1] -= (dy / distance) * push;
        b[0] += (dx / distance) * push;
        b[1] += (dy / distance) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return at;
}

/** Directions to try for a label, most natural first: right, left, then above and below. */
const LABEL_DIRECTIONS: MapPixel[] = [
  [1, 0],
  [-1, 0],
  [0.75, -0.75],
  [0.75, 0.75],
  [-0.75, -0.75],
  [-0.75, 0.75],
  [0, -1],
  [0, 1],
];
/** Distances from the marker's edge; beyond the first a leader line joins label and marker. */
const LABEL_RINGS = [4, 16, 30, 46];

function labelBoxAt([cx, cy]: MapPixel, [ux, uy]: MapPixel, distance: number, width: number, sizes: MapMarkerSizes): MapBox {
  const height = sizes.label * 1.25;
  const reach = sizes.marker + distance;
  const x0 = ux > 0.1 ? cx + ux * reach : ux < -0.1 ? cx + ux * reach - width : cx - width / 2;
  const y0 = uy > 0.1 ? cy + uy * reach : uy < -0.1 ? cy + uy * reach - height : cy - height / 2;
  return { x0, y0, x1: x0 + width, y1: y0 + height };
}

/** The point of a box nearest to a point, where a leader line ends. */
function nearestOnBox(box: MapBox, [x, y]: MapPixel): MapPixel {
  return [Math.max(box.x0, Math.min(box.x1, x)), Math.max(box.y0, Math.min(box.y1, y))];
}

function distanceToBox(box: MapBox, [x, y]: MapPixel): number {
  const [nx, ny] = nearestOnBox(box, [x, y]);
  return Math.hypot(nx - x, ny - y);
}

/**
 * Whether a line passes through a box, judged at points along it (enough at the few pixels these are apart).
 */
function segmentCrosses([[x0, y0], [x1, y1]]: [MapPixel, MapPixel], box: MapBox): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 3));
  for (let i = 1; i < steps; i += 1) {
    const x = x0 + ((x1 - x0) * i) / steps;
    const y = y0 + ((y1 - y0) * i) / steps;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

/** A label that sits nearer another marker than its own would be read as that marker's. */
function isNearerAnother(box: MapBox, own: number, markers: MapPixel[]): boolean {
  const ownDistance = distanceToBox(box, markers[own] as MapPixel);
  return markers.some((marker, index) => index !== own && distanceToBox(box, marker) <= ownDistance + 2);
}

/**
 * Places the markers and labels of a route map `width` by `height` pixels. `project` gives a place's pixel, or
 * null when the projection cannot show it (the place is then kept off the map).
 *
 * Greedy placement, in the order of `points` (home first and then the stops in order, as routeMapModel gives
 * them): each label takes the first position, nearest ring first and then right, left, the diagonals, above
 * and below, that stays inside the map, overlaps no marker and no label already placed, is nearer its own
 * marker than any other, and crosses no leader line (nor does its own leader cross another marker or a label).
 * A label with no such place is left off (`label: null`) rather than drawn where it would be misread.
 */
export function placeMapLabels(input: {
  points: MapPoint[];
  project: (point: MapPoint) => MapPixel | null;
  width: number;
  height: number;
  sizes: MapMarkerSizes;
}): PlacedMapPoint[] {
  const { points, width, height, sizes } = input;
  const anchors = points.map((point) => input.project(point) ?? ([...OFF_THE_MAP] as MapPixel));
  const markers = spreadMarkers(anchors, sizes);
  const obstacles: MapBox[] = markers.map((marker) => markerBox(marker, sizes));
  const leaders: [MapPixel, MapPixel][] = markers.flatMap((marker, index) => {
    const anchor = anchors[index] as MapPixel;
    return Math.hypot(marker[0] - anchor[0], marker[1] - anchor[1]) > 1 ? [[anchor, marker] as [MapPixel, MapPixel]] : [];
  });
  const bounds: MapBox = { x0: 2, y0: 2, x1: width - 2, y1: height - 2 };
  const isClear = (box: MapBox, leader: [MapPixel, MapPixel] | null, own: number): boolean =>
    box.x0 >= bounds.x0 &&
    box.y0 >= bounds.y0 &&
    box.x1 <= bounds.x1 &&
    box.y1 <= bounds.y1 &&
    obstacles.every((other) => overlapArea(box, other) === 0) &&
    !isNearerAnother(box, own, markers) &&
    leaders.every((line) => !segmentCrosses(line, box)) &&
    (!leader || obstacles.every((other, index) => index === own || !segmentCrosses(leader, other)));

  return points.map((point, index) => {
    const marker = markers[index] as MapPixel;
    const anchor = anchors[index] as MapPixel;
    const textWidth = mapLabelWidth(point.label, sizes);
    for (const distance of LABEL_RINGS) {
      for (const direction of LABEL_DIRECTIONS) {
        const box = labelBoxAt(marker, direction, distance, textWidth, sizes);
        const leader: [MapPixel, MapPixel] | null =
          distance > LABEL_RINGS[0]! ? [marker, nearestOnBox(box, marker)] : null;
        if (!isClear(box, leader, index)) continue;
        obstacles.push(box);
        if (leader) leaders.push(leader);
        const [x, textAnchor] =
          direction[0] > 0.1
            ? ([box.x0, 'start'] as const)
            : direction[0] < -0.1
              ? ([box.x1, 'end'] as const)
              : ([(box.x0 + box.x1) / 2, 'middle'] as const);
        return { point, anchor, marker, label: { x, y: (box.y0 + box.y1) / 2, anchor: textAnchor, leader, box } };
      }
    }
    return { point, anchor, marker, label: null };
  });
}
