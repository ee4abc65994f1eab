import type { LngLat, Position } from '@gridloop/geo';
import type { AreaGeometry } from '../map/area-features';

/** Every ring of the area (exteriors and holes alike), each closed. */
export function ringsOf(area: AreaGeometry): readonly (readonly Position[])[] {
  return area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
}

/**
 * True when the point lies inside the area, holes excluded (even-odd rule over all rings: the
 * polygons of a MultiPolygon do not overlap, so one count serves them all). Planar in degrees,
 * which is exact enough at a street's scale; a point exactly on an edge may go either way, and the
 * API decides such points anyway.
 *
 * @example isPointInArea([0.5, 0.5], { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }) // true
 */
export function isPointInArea([lng, lat]: LngLat, area: AreaGeometry): boolean {
  let isInside = false;
  for (const ring of ringsOf(area)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Position;
      const [xj, yj] = ring[j] as Position;
      const crosses = yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi;
      if (crosses) isInside = !isInside;
    }
  }
  return isInside;
}
