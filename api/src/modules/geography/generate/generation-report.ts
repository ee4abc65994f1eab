import type { GenerationOptions } from './generation-options.js';
import type { GridAreaStats } from './generation-pipeline.js';

/** What a generation did (or, on a dry run, would do). */
export interface GenerationReport extends GenerationOptions, GridAreaStats {
  scopeCode: string;
  scopeName: string;
  /** True when nothing was written: the report shows what a real run would write. */
  dryRun: boolean;
  communities: number;
  unitGrids: number;
  responsibilityGrids: number;
  /** Slivers merged into neighbouring cells (cells cut = unit grids + slivers merged). */
  sliversMerged: number;
  /** Current grids of the scope that the new version retired (kept for the cases filed in them). */
  retiredUnitGrids: number;
  retiredResponsibilityGrids: number;
  /** The layer versions written: unit grids, then responsibility grids (empty on a dry run). */
  layerImportIds: number[];
}
