import { assertLngLat } from './assert-lng-lat.js';
import type { LngLat } from './geojson.js';
import { bd09Forward } from './internal/bd09-shift.js';

/**
 * Converts GCJ-02 coordinates to BD-09, Baidu Maps' datum, with the widely published
 * formula (a small rotation and scaling in polar form plus a shift of 0.0065° lng /
 * 0.006° lat). Like the common implementations it applies everywhere, not only in China.
 *
 * @param lngLat - GCJ-02 [lng, lat] in degrees
 * @returns BD-09 [lng, lat] in degrees
 * @example
 * gcj02ToBd09([116.404, 39.915]); // [116.41036949371029, 39.92133699351021]
 */
export function gcj02ToBd09(lngLat: LngLat): LngLat {
  assertLngLat(lngLat);
  return bd09Forward(lngLat[0], lngLat[1]);
}
