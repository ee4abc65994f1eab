import { assertLngLat } from './assert-lng-lat.js';
import type { LngLat } from './geojson.js';
import { isInsideChina } from './is-inside-china.js';

/** Krasovsky 1940 ellipsoid, which the GCJ-02 algorithm is defined on. */
const SEMI_MAJOR_AXIS = 6378245;
/** e² as published (0.00669342162296594323), written with the digits a double keeps. */
const ECCENTRICITY_SQUARED = 0.006693421622965943;
const { PI, sin, cos, sqrt, abs } = Math;

/**
 * Converts WGS84 (GPS) coordinates to GCJ-02, the obfuscated datum of AMap/Gaode, Tencent
 * and most Chinese web maps. Outside {@link isInsideChina}'s box the result equals the input.
 *
 * This is the widely published form of the GCJ-02 algorithm (the offset is a smooth
 * function of position, a few hundred metres in size; about +0.0045° lng / -0.0019° lat
 * in Shanghai).
 *
 * @param lngLat - WGS84 [lng, lat] in degrees
 * @returns GCJ-02 [lng, lat] in degrees
 * @example
 * wgs84ToGcj02([116.404, 39.915]); // [116.41024449916938, 39.91640428150164]
 */
export function wgs84ToGcj02(lngLat: LngLat): LngLat {
  assertLngLat(lngLat);
  if (!isInsideChina(lngLat)) return [lngLat[0], lngLat[1]];
  const [lng, lat] = lngLat;
  const x = lng - 105;
  const y = lat - 35;
  // The offset, in metres, is a polynomial plus sine terms of the position relative to (105°E, 35°N).
  const polyLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x));
  const polyLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x));
  const wavesX = 20 * sin(6 * PI * x) + 20 * sin(2 * PI * x);
  const wavesLat = 20 * sin(PI * y) + 40 * sin((PI * y) / 3) + 160 * sin((PI * y) / 12) + 320 * sin((PI * y) / 30);
  const wavesLng = 20 * sin(PI * x) + 40 * sin((PI * x) / 3) + 150 * sin((PI * x) / 12) + 300 * sin((PI * x) / 30);
  const offsetLat = polyLat + ((wavesX + wavesLat) * 2) / 3;
  const offsetLng = polyLng + ((wavesX + wavesLng) * 2) / 3;

  const latRad = (lat / 180) * PI;
  const w = 1 - ECCENTRICITY_SQUARED * sin(latRad) ** 2;
  // Radii of curvature: meridian (M) and prime vertical (N).
  const meridianRadius = (SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (w * sqrt(w));
  const primeVerticalRadius = SEMI_MAJOR_AXIS / sqrt(w);
  const dLat = (offsetLat * 180) / (meridianRadius * PI);
  const dLng = (offsetLng * 180) / (primeVerticalRadius * cos(latRad) * PI);
  return [lng + dLng, lat + dLat];
}
