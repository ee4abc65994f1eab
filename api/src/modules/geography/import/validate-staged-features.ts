import {
  findCoverageGaps,
  findDuplicateCodes,
  findInvalidGeometries,
  findOverlaps,
  type ImportSql,
  measureParentContainment,
  resolveImportParents,
} from '@gridloop/prisma';
import {
  duplicateProblems,
  gapOf,
  invalidGeometryProblems,
  missingParentProblems,
  outsideParentProblems,
  overlapProblems,
  withoutBoundaryWarnings,
} from './describe-staged-problems.js';
import type { ImportableLayer, ImportTolerances } from './import-options.js';
import type { CoverageGap, FeatureProblem, ImportWarning } from './import-problem.js';

export interface StagedValidation {
  problems: FeatureProblem[];
  gaps: CoverageGap[];
  /** Parents with a gap, all of them (only the first `maxListed` are in `gaps`). */
  gapCount: number;
  warnings: ImportWarning[];
}

/** Layers whose features tile their parent without gaps (beats need not cover a whole street). */
const tilingLayers = new Set<ImportableLayer>(['DISTRICT', 'STREET', 'COMMUNITY', 'UNIT_GRID']);

/**
 * Runs every database check on the staged features, one set-based statement each, in an order
 * where each check can rely on the previous ones: validity first (overlay operations need valid
 * shapes), then codes, parents, containment, overlaps and coverage.
 */
export async function validateStagedFeatures(
  sql: ImportSql,
  layer: ImportableLayer,
  tolerances: ImportTolerances,
  maxListed: number,
): Promise<StagedValidation> {
  const invalid = await findInvalidGeometries(sql);
  const duplicates = await findDuplicateCodes(sql);
  const parents = await resolveImportParents(sql);
  const outside = await measureParentContainment(sql, tolerances.outsideParent);
  const overlaps = await findOverlaps(sql, layer, tolerances.overlap);
  const gapRows = tilingLayers.has(layer) ? await findCoverageGaps(sql, layer, tolerances.gap, maxListed) : [];
  return {
    problems: [
      ...invalidGeometryProblems(invalid),
      ...duplicateProblems(duplicates),
      ...missingParentProblems(parents.missing),
      ...outsideParentProblems(outside),
      ...overlapProblems(overlaps),
    ],
    gaps: gapRows.map(gapOf),
    gapCount: gapRows[0]?.total ?? 0,
    warnings: withoutBoundaryWarnings(parents.withoutBoundary),
  };
}
