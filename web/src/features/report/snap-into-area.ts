import type { LngLat, Position } from '@gridloop/geo';
import type { AreaGeometry } from '../map/area-features';
import { isPointInArea, ringsOf } from './point-in-area';

/** Metres per degree of latitude, and of longitude at the equator (WGS84, near enough for metres). */
const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LNG = 111_320;

/** How far inside the edge a snapped point goes: far enough to be inside, near enough to be "here". */
const INSET_METRES = [1, 3, 10] as const;

/** A tap farther out than this is not a slip of the finger but another place: it is refused. */
export const MAX_SNAP_METRES = 100;

/**
 * A tap inside the officer's area stays where it is; a tap just outside moves to the nearest point
 * of the area, a metre inside its edge, so a report at the boundary road is not refused for a
 * finger's width. Null when the tap is more than `maxMetres` away, or no inside point is found
 * next to the nearest edge (a sliver).
 *
 * @example snapIntoArea([1.00001, 0.5], square) // [≈0.99999, 0.5]: just inside the east edge of a unit square
 */
export function snapIntoArea(point: LngLat, area: AreaGeometry, maxMetres = MAX_SNAP_METRES): LngLat | null {
  if (isPointInArea(point, area)) return point;
  const frame = localFrame(point);
  const nearest = nearestBoundaryPoint(
    frame.toMetres(point),
    ringsOf(area).map((ring) => ring.map(frame.toMetres)),
  );
  if (nearest === null) return null;
  const [px, py] = frame.toMetres(point);
  const [bx, by] = nearest;
  const length = Math.hypot(bx - px, by - py);
  if (length > maxMetres) return null;
  for (const inset of INSET_METRES) {
    const candidate = frame.toLngLat([bx + ((bx - px) / length) * inset, by + ((by - py) / length) * inset]);
    if (isPointInArea(candidate, area)) return candidate;
  }
  return null;
}

type Metres = readonly [x: number, y: number];

/** An equirectangular frame centred on a point: metres east and north of it. */
function localFrame([lng0, lat0]: LngLat) {
  const scaleX = METRES_PER_DEGREE_LNG * Math.cos((lat0 * Math.PI) / 180);
  return {
    toMetres: ([lng, lat]: LngLat | Position): Metres => [(lng - lng0) * scaleX, (lat - lat0) * METRES_PER_DEGREE_LAT],
    toLngLat: ([x, y]: Metres): LngLat => [lng0 + x / scaleX, lat0 + y / METRES_PER_DEGREE_LAT],
  };
}

function nearestBoundaryPoint(point: Metres, rings: readonly (readonly Metres[])[]): Metres | null {
  let best: Metres | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const onSegment = nearestOnSegment(point, ring[i - 1] as Metres, ring[i] as Metres);
      const distance = Math.hypot(onSegment[0] - point[0], onSegment[1] - point[1]);
      if (distance < bestDistance) {
        best = onSegment;
        bestDistance = distance;
      }
    }
  }
  return best;
}

function nearestOnSegment([px, py]: Metres, [ax, ay]: Metres, [bx, by]: Metres): Metres {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return [ax + t * dx, ay + t * dy];
}
