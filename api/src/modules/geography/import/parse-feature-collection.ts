import { DomainError } from '../../../errors/domain-error.js';
import { featureProblem } from './import-problem.js';
import type { LayerFile, RawFeature } from './layer-file.js';

/**
 * Names that a legacy GeoJSON (2008) `crs` member may use for WGS84 longitude/latitude. RFC 7946
 * dropped the member (coordinates are always WGS84); GCJ-02 files say WGS84 too, and the admin
 * declares the datum on import.
 */
const lngLatCrsNames = new Set([
  'urn:ogc:def:crs:ogc:1.3:crs84',
  'urn:ogc:def:crs:ogc::crs84',
  'crs84',
  'epsg:4326',
  'urn:ogc:def:crs:epsg::4326',
]);

/**
 * Reads a GeoJSON FeatureCollection (UTF-8, with or without a byte-order mark). Every entry of
 * `features` keeps its index; entries that are not Feature objects become MALFORMED_FEATURE
 * problems. A file that is not JSON, not a FeatureCollection, too big or in another CRS is refused
 * as a whole (INVALID_FILE, PAYLOAD_TOO_LARGE, UNSUPPORTED_CRS).
 */
export function parseFeatureCollection(bytes: Uint8Array, maxFeatures: number): LayerFile {
  const document = parseJson(bytes);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new DomainError('INVALID_FILE', 'The GeoJSON file must hold a FeatureCollection object.');
  }
  const { type, features, crs } = document as Record<string, unknown>;
  if (type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw new DomainError(
      'INVALID_FILE',
      `The GeoJSON file must be a FeatureCollection with a "features" array, got type ${JSON.stringify(type)}.`,
      { type: typeof type === 'string' ? type : null },
    );
  }
  assertLngLatCrs(crs);
  if (features.length > maxFeatures) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `The file has ${features.length} features; at most ${maxFeatures} are imported at once.`,
      {
        limit: 'maxFeatures',
        maxFeatures,
        featureCount: features.length,
      },
    );
  }
  const layer: LayerFile = { format: 'GEOJSON', featureCount: features.length, features: [], problems: [] };
  features.forEach((entry: unknown, index) => {
    const feature = asRawFeature(entry, index);
    if (feature) layer.features.push(feature);
    else
      layer.problems.push(
        featureProblem(index, null, 'MALFORMED_FEATURE', `Entry ${index} is not a GeoJSON Feature object.`),
      );
  });
  return layer;
}

function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DomainError('INVALID_FILE', 'The GeoJSON file is not UTF-8 text (RFC 7946 requires UTF-8).');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError('INVALID_FILE', `The file is neither a zipped shapefile nor valid JSON: ${reason}`);
  }
}

function assertLngLatCrs(crs: unknown): void {
  if (crs === undefined || crs === null) return;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name === 'string' && lngLatCrsNames.has(name.toLowerCase())) return;
  throw new DomainError(
    'UNSUPPORTED_CRS',
    `The GeoJSON declares the coordinate system ${JSON.stringify(name ?? crs)}; gridloop imports WGS84 or GCJ-02 ` +
      'longitude/latitude only. Re-export the layer as EPSG:4326 (then declare WGS84, or GCJ02 for AMap/DataV data).',
    { crs: typeof name === 'string' ? name : null },
  );
}

function asRawFeature(entry: unknown, index: number): RawFeature | null {
  if (typeof entry !== 'object' || entry === null || (entry as { type?: unknown }).type !== 'Feature') return null;
  const { properties, geometry } = entry as { properties?: unknown; geometry?: unknown };
  const isObject = typeof properties === 'object' && properties !== null && !Array.isArray(properties);
  return { index, properties: isObject ? (properties as Record<string, unknown>) : {}, geometry };
}
