import type { LngLatBox } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { toLngLat } from '../grids/to-lng-lat.js';

export const defaultFeatureLimit = 2_000;
export const maxFeatureLimit = 10_000;

/**
 * `bbox=minLng,minLat,maxLng,maxLat` (WGS84, GeoJSON order) as a box, or BAD_REQUEST saying
 * what is wrong: a missing value, not four numbers, a corner out of range (with a hint when the
 * pairs look like lat,lng), or a box with no width or height.
 *
 * @example parseBoundingBox('121.47,31.23,121.48,31.24') // [121.47, 31.23, 121.48, 31.24]
 */
export function parseBoundingBox(value: string | undefined): LngLatBox {
  if (!value) throw badBox('bbox is required: bbox=minLng,minLat,maxLng,maxLat (WGS84).', value);
  const parts = value.split(',');
  const numbers = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    throw badBox(`bbox must be four numbers minLng,minLat,maxLng,maxLat, got "${value}".`, value);
  }
  const [west, south] = toLngLat(numbers[0] ?? 0, numbers[1] ?? 0, 'bbox min corner');
  const [east, north] = toLngLat(numbers[2] ?? 0, numbers[3] ?? 0, 'bbox max corner');
  if (west >= east || south >= north) {
    throw badBox(`bbox needs minLng < maxLng and minLat < maxLat, got "${value}".`, value);
  }
  return [west, south, east, north];
}

/**
 * The `limit` query parameter: an integer from 1 to 10,000, 2,000 when absent.
 *
 * @example parseFeatureLimit(undefined) // 2000
 */
export function parseFeatureLimit(value: string | undefined): number {
  if (value === undefined || value === '') return defaultFeatureLimit;
  const limit = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(limit >= 1 && limit <= maxFeatureLimit)) {
    throw new DomainError('BAD_REQUEST', `limit must be an integer from 1 to ${maxFeatureLimit}, got "${value}".`, {
      field: 'limit',
      value,
    });
  }
  return limit;
}

function badBox(message: string, value: string | undefined): DomainError {
  return new DomainError('BAD_REQUEST', message, { field: 'bbox', value: value ?? null });
}
