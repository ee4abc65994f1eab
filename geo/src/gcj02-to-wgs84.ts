import { assertLngLat } from './assert-lng-lat.js';
import type { LngLat } from './geojson.js';
import { isInsideChina } from './is-inside-china.js';
import { wgs84ToGcj02 } from './wgs84-to-gcj02.js';

/** Stop when the forward transform of the estimate is this close to the input (~0.1 mm). */
const TOLERANCE_DEG = 1e-9;
/** Each step shrinks the error about a hundredfold; a handful of steps suffice. */
const MAX_ITERATIONS = 20;

/**
 * Converts GCJ-02 coordinates (AMap/Gaode, Tencent, DataV) to WGS84 by inverting
 * {@link wgs84ToGcj02} numerically: fixed-point iteration `wgs -= gcj02(wgs) - input` until the
 * residual is below 1e-9° (well under a centimetre), at most 20 steps. Outside
 * {@link isInsideChina}'s box the result equals the input.
 *
 * More exact than the one-step `2 * gcj - gcj02(gcj)` approximation that many libraries
 * ship (which is off by up to 1-2 m).
 *
 * @param lngLat - GCJ-02 [lng, lat] in degrees
 * @returns WGS84 [lng, lat] in degrees
 * @example
 * gcj02ToWgs84([116.41024449916938, 39.91640428150164]); // ≈ [116.404, 39.915]
 */
export function gcj02ToWgs84(lngLat: LngLat): LngLat {
  assertLngLat(lngLat);
  const [lng, lat] = lngLat;
  if (!isInsideChina(lngLat)) return [lng, lat];
  let wgsLng = lng;
  let wgsLat = lat;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const [gcjLng, gcjLat] = wgs84ToGcj02([wgsLng, wgsLat]);
    const dLng = gcjLng - lng;
    const dLat = gcjLat - lat;
    wgsLng -= dLng;
    wgsLat -= dLat;
    if (Math.abs(dLng) < TOLERANCE_DEG && Math.abs(dLat) < TOLERANCE_DEG) break;
  }
  return [wgsLng, wgsLat];
}
