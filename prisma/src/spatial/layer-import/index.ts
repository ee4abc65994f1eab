// Typed PostGIS SQL for importing a layer: stage, validate (set-based, one statement per check), apply.

export { applyAreaLayer } from './apply-area-layer.js';
export { applyResponsibilityGridLayer, type ResponsibilityGridLayerWrite } from './apply-responsibility-grid-layer.js';
export { applyUnitGridLayer, type GridLayerWrite } from './apply-unit-grid-layer.js';
export type { AreaTolerance } from './area-tolerance.js';
export { type CoverageGapRow, findCoverageGaps } from './find-coverage-gaps.js';
export { type DuplicateCodeRow, findDuplicateCodes } from './find-duplicate-codes.js';
export { findInvalidGeometries, type InvalidGeometryRow } from './find-invalid-geometries.js';
export { findOverlaps, type OverlapRow } from './find-overlaps.js';
export { insertLayerImport, type LayerImportInput } from './insert-layer-import.js';
export { tryLockLayerForWrite } from './layer-import-lock.js';
export { measureParentContainment, type OutsideParentRow } from './measure-parent-containment.js';
export {
  type MissingParentRow,
  type ParentResolution,
  type ParentWithoutBoundaryRow,
  resolveImportParents,
} from './resolve-import-parents.js';
export { type ImportSql, type StagedFeatureInput, stageImportFeatures } from './staging-table.js';
