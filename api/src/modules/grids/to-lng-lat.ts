import { assertLngLat, type LngLat } from '@gridloop/geo';
import { DomainError } from '../../errors/domain-error.js';

/**
 * A WGS84 point from separate longitude and latitude inputs, or BAD_REQUEST naming the field.
 * The range check (and its hint when the pair looks swapped, e.g. lng 31.2 / lat 121.5 for
 * Shanghai) is geo's `assertLngLat`; here its TypeError/RangeError becomes a coded error.
 *
 * @example toLngLat(121.4737, 31.2304, 'gridAt') // [121.4737, 31.2304]
 */
export function toLngLat(lng: number, lat: number, field: string): LngLat {
  const point = [lng, lat];
  try {
    assertLngLat(point, field);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DomainError('BAD_REQUEST', `${message}${swapHint(lng, lat)}`, { field, lng, lat });
  }
  return point;
}

/** Latitude out of range while the longitude would be a valid one: almost always [lat, lng] order. */
function swapHint(lng: number, lat: number): string {
  const looksSwapped = Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lng) <= 90;
  return looksSwapped ? `; lng and lat look swapped: did you mean lng ${lat}, lat ${lng}?` : '';
}
