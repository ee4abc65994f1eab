import { gcj02ToWgs84, type LngLat, type MultiPolygon, type Polygon, transformGeometry } from '@gridloop/geo';
import type { InputCrs } from './layer-import-types';

/** One polygon feature of a chosen file, as the map draws it: WGS84, with its place in the file. */
export interface PreviewFeature {
  /** 0-based position in the file's `features`, the index the import report names. */
  featureIndex: number;
  geometry: Polygon | MultiPolygon;
}

/**
 * The polygons of a GeoJSON FeatureCollection, converted to WGS84 when the file is GCJ-02, so the
 * map can show what is being imported before (and while) the API checks it. Features the map
 * cannot draw are skipped, not refused: saying what is wrong with them is the import report's job.
 * Anything that is not a FeatureCollection (a zipped shapefile, broken JSON) previews as nothing.
 *
 * @example previewFeaturesOf('{"type":"FeatureCollection","features":[]}', 'WGS84') // []
 */
export function previewFeaturesOf(text: string, crs: InputCrs): PreviewFeature[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const features = (parsed as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  const previews: PreviewFeature[] = [];
  features.forEach((feature: unknown, featureIndex) => {
    const geometry = (feature as { geometry?: { type?: unknown } } | null)?.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return;
    try {
      const drawable = geometry as Polygon | MultiPolygon;
      // The WGS84 identity transform still checks every position: Leaflet throws on a non-number.
      previews.push({ featureIndex, geometry: transformGeometry(drawable, crs === 'GCJ02' ? gcj02ToWgs84 : asIs) });
    } catch {
      // malformed coordinates: the map skips them, the report names them
    }
  });
  return previews;
}

const asIs = (lngLat: LngLat): LngLat => lngLat;

/** True for a file the browser can preview (GeoJSON); a .zip is only checked by the API. */
export function isPreviewableFile(file: File): boolean {
  return !/\.zip$/i.test(file.name);
}
