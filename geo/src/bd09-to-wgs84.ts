import { bd09ToGcj02 } from './bd09-to-gcj02.js';
import { gcj02ToWgs84 } from './gcj02-to-wgs84.js';
import type { LngLat } from './geojson.js';

/**
 * Converts BD-09 (Baidu Maps) coordinates to WGS84: {@link bd09ToGcj02} then
 * {@link gcj02ToWgs84}; the exact inverse of {@link wgs84ToBd09} to well under a centimetre.
 *
 * @param lngLat - BD-09 [lng, lat] in degrees
 * @returns WGS84 [lng, lat] in degrees
 * @example
 * bd09ToWgs84([116.41662724378733, 39.922699552216216]); // ≈ [116.404, 39.915]
 */
export function bd09ToWgs84(lngLat: LngLat): LngLat {
  return gcj02ToWgs84(bd09ToGcj02(lngLat));
}
