// Grid generation in PostGIS, one statement (or one concept) per file; see workspace.ts for the
// work tables they share inside one transaction.
export { cutCells } from './cut-cells.js';
export { type DemoDistrictStatus, selectDemoDistrictStatus } from './demo-district-status.js';
export {
  deriveStreetBoundaries,
  type StreetSeedCandidate,
  type StreetSeedCounts,
  type StreetSeedKind,
  type StreetSeeds,
} from './derive-street-boundaries.js';
export { type GenerationScopeSummary, summarizeGenerationScope } from './generation-scope.js';
export { mergeSlivers, type SliverMerge } from './merge-slivers.js';
export { partitionCellsIntoCommunities } from './partition-cells-into-communities.js';
export { type GenerationCellRow, readGenerationCells } from './read-generation-cells.js';
export { refreshFeatureCounts } from './refresh-feature-counts.js';
export { type RetiredGrids, retireGrids } from './retire-grids.js';
export { stageCommunityParents } from './stage-community-parents.js';
export { type StagedLayerImport, stageLayerImports } from './stage-layer-imports.js';
export { type StreetCellSizing, stageStreetParents } from './stage-street-parents.js';
export {
  lockLayersForGeneration,
  prepareGenerationWorkspace,
  type SqlClient,
} from './workspace.js';
export { writeCommunityBoundaries } from './write-community-boundaries.js';
export { type CellAssignment, type WrittenGrids, writeGeneratedGrids } from './write-generated-grids.js';
