import type { Geometry, Position } from '@gridloop/geo';
import { boxAround, type LatLngBox, type LngLat } from '../map';

/** Every position of a geometry, whatever its nesting. */
function* positionsOfGeometry(geometry: Geometry): Generator<Position> {
  if (geometry.type === 'GeometryCollection') {
    for (const part of geometry.geometries) yield* positionsOfGeometry(part);
    return;
  }
  const walk = function* (value: unknown): Generator<Position> {
    if (Array.isArray(value) && typeof value[0] === 'number') yield value as unknown as Position;
    else if (Array.isArray(value)) for (const item of value) yield* walk(item);
  };
  yield* walk(geometry.coordinates);
}

/** The box around some geometries, in Leaflet order; undefined when they have no positions. */
export function boxOfGeometries(geometries: Iterable<Geometry>): LatLngBox | undefined {
  const all: Position[] = [];
  for (const geometry of geometries) all.push(...positionsOfGeometry(geometry));
  return boxAround(all);
}

/**
 * A box of `radiusM` metres around a point, to zoom to something that has no extent of its own.
 *
 * @example boxAroundPoint([121.48, 31.23], 100) // ≈ [[31.2291, 121.4789], [31.2309, 121.4811]]
 */
export function boxAroundPoint([lng, lat]: LngLat, radiusM: number): LatLngBox {
  const dLat = radiusM / 111_320;
  const dLng = radiusM / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [
    [lat - dLat, lng - dLng],
    [lat + dLat, lng + dLng],
  ];
}
