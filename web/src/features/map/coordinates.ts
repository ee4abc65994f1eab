import type { LngLat, Position } from '@gridloop/geo';

/**
 * Coordinate tuples are named for their order because GeoJSON / PostGIS and Leaflet disagree:
 * GeoJSON writes [longitude, latitude] (`LngLat`, `Position` from @gridloop/geo), Leaflet takes
 * [latitude, longitude]. Swapping them puts Shanghai in Antarctica, so the conversion happens
 * here and nowhere else.
 */
export type { LngLat };

/** WGS84 degrees in Leaflet order. */
export type LatLng = [lat: number, lng: number];

/** A box in Leaflet order, as `map.fitBounds()` takes it. */
export type LatLngBox = [southWest: LatLng, northEast: LatLng];

/**
 * @example toLatLng([121.47, 31.23]) // [31.23, 121.47]
 */
export function toLatLng([lng, lat]: LngLat | Position): LatLng {
  return [lat, lng];
}

/**
 * The smallest box around some GeoJSON positions, in Leaflet order; undefined when there are none.
 *
 * @example boxAround([[121.1, 31.0], [121.9, 31.5]]) // [[31.0, 121.1], [31.5, 121.9]]
 */
export function boxAround(positions: Iterable<LngLat | Position>): LatLngBox | undefined {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [lng, lat] of positions) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  if (west > east) return undefined;
  return [toLatLng([west, south]), toLatLng([east, north])];
}
