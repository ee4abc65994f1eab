import { gcj02ToBd09 } from './gcj02-to-bd09.js';
import type { LngLat } from './geojson.js';
import { wgs84ToGcj02 } from './wgs84-to-gcj02.js';

/**
 * Converts WGS84 (GPS) coordinates to BD-09 (Baidu Maps): {@link wgs84ToGcj02} then
 * {@link gcj02ToBd09}.
 *
 * @param lngLat - WGS84 [lng, lat] in degrees
 * @returns BD-09 [lng, lat] in degrees
 * @example
 * wgs84ToBd09([116.404, 39.915]); // ≈ [116.41662724378733, 39.922699552216216]
 */
export function wgs84ToBd09(lngLat: LngLat): LngLat {
  return gcj02ToBd09(wgs84ToGcj02(lngLat));
}
