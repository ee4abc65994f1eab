import type { LngLat } from '../map';

/** The layers an admin can import (the API's `LayerKind`), largest first. */
export const LAYER_KINDS = ['DISTRICT', 'STREET', 'COMMUNITY', 'UNIT_GRID', 'RESPONSIBILITY_GRID'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

/** The datum of an imported file (the API's `InputCrs`). */
export const INPUT_CRSES = ['WGS84', 'GCJ02'] as const;
export type InputCrs = (typeof INPUT_CRSES)[number];

/** The API's `ImportProblemCode`, in the order it checks them. */
export const IMPORT_PROBLEM_CODES = [
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
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** One thing wrong with one feature; `detail` carries PostGIS's reason and a location when known. */
export interface ImportProblem {
  featureIndex: number;
  code: string | null;
  problem: ImportProblemCode;
  message: string;
  detail: Record<string, unknown> | null;
}

/** A parent area the imported children leave partly uncovered. */
export interface ImportGap {
  parentCode: string;
  parentName: string;
  uncoveredM2: number;
  uncoveredRatio: number;
  location: LngLat | null;
  message: string;
}

/** What `importLayer` answers, dry run or not. */
export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  layer: LayerKind;
  crs: InputCrs;
  format: string;
  sourceName: string;
  featureCount: number;
  errorCount: number;
  listLimit: number;
  errors: ImportProblem[];
  summary: { problem: ImportProblemCode; count: number }[];
  gapCount: number;
  gaps: ImportGap[];
  warnings: { warning: string; message: string }[];
  written: number;
  retired: number;
  layerImportId: number | null;
}

/** What the form sends with the file. */
export interface LayerImportRequest {
  layer: LayerKind;
  crs: InputCrs;
  dryRun: boolean;
  /** Blank: the API's defaults (code, 编码, 网格编码, adcode / name, 名称, 网格名称). */
  codeField: string;
  nameField: string;
}
