/**
 * What can be wrong with one feature of an imported layer. Each code is stable (clients and
 * scripts branch on it); the message is for people.
 *
 * Found while reading the file:
 * - MALFORMED_FEATURE: the entry is not a GeoJSON Feature object.
 * - WRONG_GEOMETRY_TYPE: not a Polygon or MultiPolygon (a layer holds areas; a file mixing points
 *   or lines with polygons gets this on each non-polygon feature).
 * - EMPTY_GEOMETRY: no geometry, or one without coordinates.
 * - NOT_2D: positions carry a third value (Z or M); export the layer as 2D.
 * - MALFORMED_GEOMETRY: coordinates that are not numbers, non-finite, rings with fewer than four
 *   positions or not closed.
 * - NOT_LNG_LAT: a coordinate outside longitude [-180, 180] / latitude [-90, 90]: the file is in a
 *   projected CRS, not WGS84 / GCJ-02 degrees.
 * - BAD_CODE: the code attribute is missing, malformed, or of another level than the layer.
 * - OUTSIDE_SCOPE: the code lies outside the area of the admin importing it.
 * Found by PostGIS, on all features at once:
 * - INVALID_GEOMETRY: not valid in the OGC sense; detail.reason is PostGIS's (ST_IsValidReason).
 * - DUPLICATE_CODE: another feature of the file has the same code.
 * - PARENT_MISSING: no area exists with the parent code the feature's code implies.
 * - PARENT_MISMATCH: the code names one parent but the shape lies mostly in another (named).
 * - OUTSIDE_PARENT: part of the shape lies outside its parent beyond the tolerance.
 * - OVERLAP: the shape overlaps another feature (or a current row of the layer) beyond the tolerance.
 * - GAP: (per parent, in `gaps`) the children leave part of the parent uncovered beyond the tolerance.
 */
export const importProblemCodes = [
  'MALFORMED_FEATURE',
  'WRONG_GEOMETRY_TYPE',
  'EMPTY_GEOMETRY',
  'NOT_2D',
  'MALFORMED_GEOMETRY',
  'NOT_LNG_LAT',
  'BAD_CODE',
  'OUTSIDE_SCOPE',
  'INVALID_GEOMETRY',
  'DUPLICATE_CODE',
  'PARENT_MISSING',
  'PARENT_MISMATCH',
  'OUTSIDE_PARENT',
  'OVERLAP',
  'GAP',
] as const;

export type ImportProblemCode = (typeof importProblemCodes)[number];

/** One thing wrong with one feature. */
export interface FeatureProblem {
  /** 0-based position of the feature in the file (record number in a shapefile). */
  featureIndex: number;
  /** The feature's code as read from the file, when it has one. */
  code: string | null;
  problem: ImportProblemCode;
  message: string;
  /** Machine-readable specifics: PostGIS's reason and location, the other code, areas in m²… */
  detail?: Record<string, unknown>;
}

/** A parent its children do not cover. */
export interface CoverageGap {
  parentCode: string;
  parentName: string;
  uncoveredM2: number;
  /** uncoveredM2 / the parent's area. */
  uncoveredRatio: number;
  /** A point in the uncovered part, [lng, lat] WGS84, to look at on a map. */
  location: [number, number] | null;
  message: string;
}

/**
 * Something the import could not check or did on the side; never blocks it.
 * - PARENT_WITHOUT_BOUNDARY: the parent has no boundary yet, so containment and gaps went unchecked.
 */
export interface ImportWarning {
  warning: 'PARENT_WITHOUT_BOUNDARY';
  message: string;
  detail?: Record<string, unknown>;
}

/** Builds a FeatureProblem, leaving `detail` out when there is none. */
export function featureProblem(
  featureIndex: number,
  code: string | null,
  problem: ImportProblemCode,
  message: string,
  detail?: Record<string, unknown>,
): FeatureProblem {
  return detail ? { featureIndex, code, problem, message, detail } : { featureIndex, code, problem, message };
}
