import { assertLngLat } from './assert-lng-lat.js';
import type { LngLat } from './geojson.js';
import { bd09Forward, bd09InverseApprox } from './internal/bd09-shift.js';

const TOLERANCE_DEG = 1e-10;
const MAX_ITERATIONS = 10;

/**
 * Converts BD-09 (Baidu Maps) coordinates to GCJ-02.
 *
 * Starts from the widely published closed-form inverse, which is only approximate (up to
 * ~2e-6°, about 20 cm, off), then refines it by fixed-point iteration against
 * {@link gcj02ToBd09} until the residual is below 1e-10°, so that
 * `gcj02ToBd09(bd09ToGcj02(p))` gives `p` back.
 *
 * @param lngLat - BD-09 [lng, lat] in degrees
 * @returns GCJ-02 [lng, lat] in degrees
 * @example
 * bd09ToGcj02([116.41036949371029, 39.92133699351021]); // ≈ [116.404, 39.915]
 */
export function bd09ToGcj02(lngLat: LngLat): LngLat {
  assertLngLat(lngLat);
  const [bdLng, bdLat] = lngLat;
  let [lng, lat] = bd09InverseApprox(bdLng, bdLat);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const [lngBack, latBack] = bd09Forward(lng, lat);
    const dLng = lngBack - bdLng;
    const dLat = latBack - bdLat;
    lng -= dLng;
    lat -= dLat;
    if (Math.abs(dLng) < TOLERANCE_DEG && Math.abs(dLat) < TOLERANCE_DEG) break;
  }
  return [lng, lat];
}
