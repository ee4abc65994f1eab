import type { LngLat } from '../map';
import type { ImportProblem } from './layer-import-types';

/**
 * Where on the map a problem is, when the API said (`detail.location`, [lng, lat] WGS84: the
 * self-intersection PostGIS found, a point of an overlap or of the part outside the parent).
 *
 * @example problemLocationOf({ detail: { location: [121.48, 31.23] } } as ImportProblem) // [121.48, 31.23]
 */
export function problemLocationOf(problem: ImportProblem): LngLat | null {
  const location = problem.detail?.location;
  if (!Array.isArray(location) || location.length < 2) return null;
  const [lng, lat] = location;
  return typeof lng === 'number' && typeof lat === 'number' && Number.isFinite(lng) && Number.isFinite(lat)
    ? [lng, lat]
    : null;
}

/** PostGIS's reason for an invalid geometry (ST_IsValidReason), shown as the API wrote it. */
export function problemReasonOf(problem: ImportProblem): string | null {
  const reason = problem.detail?.reason;
  return typeof reason === 'string' && reason !== '' ? reason : null;
}
