import type { FeatureProblem } from './import-problem.js';

/** One entry of an uploaded layer, before any check of its geometry or attributes. */
export interface RawFeature {
  /** 0-based position in the file (the record number in a shapefile). */
  index: number;
  properties: Record<string, unknown>;
  /** Whatever the file holds: checked by checkFeatureGeometry. */
  geometry: unknown;
}

/** An uploaded layer as read from its bytes. */
export interface LayerFile {
  format: 'GEOJSON' | 'SHAPEFILE';
  /** Entries in the file, readable or not (what the report's featureCount says). */
  featureCount: number;
  features: RawFeature[];
  /** Entries that could not even be read as features (MALFORMED_FEATURE). */
  problems: FeatureProblem[];
}
