import type { AreaTolerance } from '@gridloop/prisma';

/** The layers an admin can import (Prisma's LayerKind). */
export const importableLayers = ['DISTRICT', 'STREET', 'COMMUNITY', 'UNIT_GRID', 'RESPONSIBILITY_GRID'] as const;
export type ImportableLayer = (typeof importableLayers)[number];

/** The datum the file's coordinates are in, as the admin declares it. Stored geometry is WGS84. */
export const inputCrsValues = ['WGS84', 'GCJ02'] as const;
export type InputCrs = (typeof inputCrsValues)[number];

export interface ImportTolerances {
  /** Part of a feature outside its parent; default 5 m² and 1 % of the feature. */
  outsideParent: AreaTolerance;
  /** Overlap of two features; default 1 m² and 0.1 % of the smaller one. */
  overlap: AreaTolerance;
  /** Part of a parent its children leave uncovered; default 10 m² and 0.1 % of the parent. */
  gap: AreaTolerance;
}

/**
 * Defaults chosen for official layers digitised on a shared base map: grids share edges exactly,
 * so real slivers are tiny, while a datum conversion or generalisation moves edges by centimetres.
 * A problem must exceed both the absolute and the relative part (see AreaTolerance).
 */
export const defaultTolerances: ImportTolerances = {
  outsideParent: { m2: 5, ratio: 0.01 },
  overlap: { m2: 1, ratio: 0.001 },
  gap: { m2: 10, ratio: 0.001 },
};

export interface ImportLimits {
  /** Largest upload accepted, in bytes; default 50 MiB. */
  maxBytes: number;
  /** Most features in one file; default 200,000 (Shanghai has ~40,000 unit grids). */
  maxFeatures: number;
  /** Largest total size of the shapefile parts once unzipped; default 200 MiB (zip-bomb guard). */
  maxUnzippedBytes: number;
  /** Most problems (and gaps) listed in a report; the counts still cover them all. Default 500. */
  maxListedProblems: number;
}

export const defaultLimits: ImportLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxFeatures: 200_000,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxListedProblems: 500,
};

/** Attribute names tried, in order, when the caller names none (exact first, then ignoring case). */
export const defaultCodeFields = ['code', '编码', '网格编码', 'adcode'] as const;
export const defaultNameFields = ['name', '名称', '网格名称'] as const;
