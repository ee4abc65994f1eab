import type { MultiPolygon, Polygon, Position } from '@gridloop/geo';

/**
 * The GeoJSON the API returns for areas (`areaFeatures`), typed as narrowly as gridloop uses it:
 * areas are polygons, and every feature carries its code, name, level and whether gridloop
 * derived it (no official boundary exists) rather than importing it.
 */

/** The API's `AreaLevel` enum. */
export type AreaLevel = 'CITY' | 'DISTRICT' | 'STREET' | 'COMMUNITY';

export type AreaGeometry = Polygon | MultiPolygon;

export interface AreaProperties {
  code: string;
  name: string;
  level: AreaLevel;
  isDerived: boolean;
}

export interface AreaFeature {
  type: 'Feature';
  id: string;
  geometry: AreaGeometry;
  properties: AreaProperties;
}

export interface AreaFeatureCollection {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

/**
 * Checks the shape of an `areaFeatures` value (a GraphQL `JSON` scalar, so nothing was checked
 * on the way) before Leaflet sees it. Coordinates are left to Leaflet.
 *
 * @example parseAreaFeatures(data.districtFeatures, 'districtFeatures').features.length // 16
 */
export function parseAreaFeatures(value: unknown, field: string): AreaFeatureCollection {
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    throw new TypeError(`${field} is not a GeoJSON FeatureCollection`);
  }
  value.features.forEach((feature: unknown, index) => {
    if (!isAreaFeature(feature)) {
      throw new TypeError(`${field}.features[${index}] is not a polygon area feature`);
    }
  });
  return value as unknown as AreaFeatureCollection;
}

/** Every vertex of some areas (outer rings and holes alike), in GeoJSON order. */
export function* positionsOf(features: Iterable<AreaFeature>): Generator<Position> {
  for (const { geometry } of features) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) yield* ring;
    }
  }
}

function isAreaFeature(value: unknown): value is AreaFeature {
  if (!isRecord(value) || value.type !== 'Feature') return false;
  const { geometry, properties } = value;
  return (
    isRecord(geometry) &&
    (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') &&
    Array.isArray(geometry.coordinates) &&
    isRecord(properties) &&
    typeof properties.code === 'string' &&
    typeof properties.name === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
