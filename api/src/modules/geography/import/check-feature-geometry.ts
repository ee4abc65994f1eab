import type { MultiPolygon, Polygon } from '@gridloop/geo';
import type { ImportProblemCode } from './import-problem.js';

export type GeometryCheck =
  | { ok: true; geometry: Polygon | MultiPolygon }
  | { ok: false; problem: ImportProblemCode; message: string; detail?: Record<string, unknown> };

type Failure = Extract<GeometryCheck, { ok: false }>;

/**
 * Checks the shape of a feature's geometry before PostGIS sees it: a Polygon or MultiPolygon,
 * not empty, 2D, finite longitude/latitude numbers, rings of at least four positions that close.
 * What this lets through is well-formed; validity (self-intersections…) is PostGIS's to judge.
 */
export function checkFeatureGeometry(geometry: unknown): GeometryCheck {
  if (geometry === null || geometry === undefined) return fail('EMPTY_GEOMETRY', 'The feature has no geometry.');
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return fail(
      'WRONG_GEOMETRY_TYPE',
      `The geometry is a ${String(type)}; a layer holds only Polygon and MultiPolygon features.`,
      { type: typeof type === 'string' ? type : null },
    );
  }
  if (!Array.isArray(coordinates)) return fail('MALFORMED_GEOMETRY', `The ${type} has no coordinates array.`);
  const polygons: unknown[] = type === 'Polygon' ? [coordinates] : coordinates;
  if (polygons.length === 0 || polygons.every((rings) => Array.isArray(rings) && rings.length === 0)) {
    return fail('EMPTY_GEOMETRY', `The ${type} is empty.`);
  }
  for (const [p, rings] of polygons.entries()) {
    if (!Array.isArray(rings) || rings.length === 0) return fail('MALFORMED_GEOMETRY', `Polygon ${p} has no rings.`);
    for (const [r, ring] of rings.entries()) {
      const failure = checkRing(ring, `ring ${r} of polygon ${p}`);
      if (failure) return failure;
    }
  }
  return { ok: true, geometry: { type, coordinates } as Polygon | MultiPolygon };
}

function checkRing(ring: unknown, where: string): Failure | null {
  if (!Array.isArray(ring) || ring.length < 4) {
    return fail('MALFORMED_GEOMETRY', `The ${where} needs at least 4 positions (a closed triangle).`, { where });
  }
  for (const position of ring) {
    const failure = checkPosition(position, where);
    if (failure) return failure;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return fail('MALFORMED_GEOMETRY', `The ${where} is not closed: its last position must repeat its first.`, {
      where,
    });
  }
  return null;
}

function checkPosition(position: unknown, where: string): Failure | null {
  if (!Array.isArray(position) || position.length < 2 || !position.every((n) => typeof n === 'number')) {
    return fail('MALFORMED_GEOMETRY', `A position in the ${where} is not [longitude, latitude] numbers.`, { where });
  }
  if (position.length > 2) {
    return fail('NOT_2D', `The ${where} has ${position.length}-value positions (Z or M); import 2D coordinates.`, {
      where,
      dimensions: position.length,
    });
  }
  const [lng, lat] = position as [number, number];
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    return fail('MALFORMED_GEOMETRY', `A position in the ${where} is not finite: [${lng}, ${lat}].`, { where });
  }
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
    return fail(
      'NOT_LNG_LAT',
      `The position [${lng}, ${lat}] is not a longitude/latitude: is the file in a projected system? Export it in WGS 84 degrees.`,
      { where, position: [lng, lat] },
    );
  }
  return null;
}

function fail(problem: ImportProblemCode, message: string, detail?: Record<string, unknown>): Failure {
  return detail ? { ok: false, problem, message, detail } : { ok: false, problem, message };
}
