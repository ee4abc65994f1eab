import { assertLngLat } from './assert-lng-lat.js';
import type { LngLat } from './geojson.js';

/**
 * Whether a point lies in the rough bounding box of China used by the common GCJ-02
 * implementations (lng 72.004..137.8347, lat 0.8293..55.8271, edges included). GCJ-02 only
 * offsets points inside this box; outside it GCJ-02 equals WGS84.
 *
 * It is a box, not the border: parts of neighbouring countries are 'inside' and some
 * Chinese islands far south are not. That is deliberate: it matches what map providers do.
 *
 * @param lngLat - the point, [lng, lat] in degrees (WGS84 or GCJ-02, the box is coarse)
 * @returns true inside the box
 * @example
 * isInsideChina([121.4737, 31.2304]); // true (Shanghai)
 * isInsideChina([139.6917, 35.6895]); // false (Tokyo)
 */
export function isInsideChina(lngLat: LngLat): boolean {
  assertLngLat(lngLat);
  const [lng, lat] = lngLat;
  return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}
