import type { LngLat } from './geojson.js';

/**
 * Asserts that `value` is a longitude/latitude pair in degrees: an array whose first two
 * elements are finite numbers with -180 <= lng <= 180 and -90 <= lat <= 90. Further elements
 * (an altitude) are allowed and ignored.
 *
 * @param value - the value to check
 * @param name - how to call the value in the error message
 * @throws {TypeError} if `value` is not an array of at least two finite numbers
 * @throws {RangeError} if the longitude or latitude is out of range
 * @example
 * assertLngLat([121.4737, 31.2304]); // ok
 * assertLngLat([31.2304, 121.4737]); // RangeError: lngLat latitude 121.4737 is outside [-90, 90] ...
 */
export function assertLngLat(value: unknown, name = 'lngLat'): asserts value is LngLat {
  if (!Array.isArray(value) || value.length < 2) {
    throw new TypeError(`${name} must be a [lng, lat] array, got ${describe(value)}`);
  }
  const [lng, lat] = value as unknown[];
  if (typeof lng !== 'number' || !Number.isFinite(lng)) {
    throw new TypeError(`${name} longitude must be a finite number, got ${describe(lng)}`);
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat)) {
    throw new TypeError(`${name} latitude must be a finite number, got ${describe(lat)}`);
  }
  if (lng < -180 || lng > 180) {
    throw new RangeError(`${name} longitude ${lng} is outside [-180, 180]`);
  }
  if (lat < -90 || lat > 90) {
    throw new RangeError(
      `${name} latitude ${lat} is outside [-90, 90] (is the pair in [lat, lng] order? use [lng, lat])`,
    );
  }
}

function describe(value: unknown): string {
  if (typeof value === 'number' || value === undefined) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
