import type { ImportableLayer, InputCrs } from './import-options.js';
import {
  type CoverageGap,
  type FeatureProblem,
  type ImportProblemCode,
  type ImportWarning,
  importProblemCodes,
} from './import-problem.js';

/** What the layer writes did, when the import was applied. */
export interface ImportWrite {
  layerImportId: number;
  written: number;
  retired: number;
}

/**
 * The answer to an import or a dry run: either everything was (or would be) imported, or what is
 * wrong, feature by feature. Lists stop at `listLimit` entries so a broken 40,000-feature file
 * still gives a readable answer; the counts and `summary` always cover every problem.
 */
export interface ImportReport {
  /** True when the file passed every check (and, unless dryRun, was imported). */
  ok: boolean;
  dryRun: boolean;
  layer: ImportableLayer;
  crs: InputCrs;
  format: 'GEOJSON' | 'SHAPEFILE';
  sourceName: string;
  featureCount: number;
  /** Feature problems in all (the list below may be shorter). */
  errorCount: number;
  /** The first problems by feature index. */
  errors: FeatureProblem[];
  /** Parents with a coverage gap in all. */
  gapCount: number;
  gaps: CoverageGap[];
  warnings: ImportWarning[];
  /** Count per problem code (GAP included), most frequent first. */
  summary: { problem: ImportProblemCode; count: number }[];
  listLimit: number;
  /** The new layer version, and rows written and retired; null/0 when nothing was written. */
  layerImportId: number | null;
  written: number;
  retired: number;
}

export interface ReportParts {
  dryRun: boolean;
  layer: ImportableLayer;
  crs: InputCrs;
  format: ImportReport['format'];
  sourceName: string;
  featureCount: number;
  problems: FeatureProblem[];
  gaps: CoverageGap[];
  gapCount: number;
  warnings: ImportWarning[];
  listLimit: number;
  write: ImportWrite | null;
}

/** Assembles the report: problems sorted by feature (then check order), lists cut, counts kept. */
export function buildImportReport(parts: ReportParts): ImportReport {
  const { problems, gaps, gapCount, warnings, listLimit, write, ...header } = parts;
  const order = (code: ImportProblemCode) => importProblemCodes.indexOf(code);
  const sorted = [...problems].sort((a, b) => a.featureIndex - b.featureIndex || order(a.problem) - order(b.problem));
  const counts = new Map<ImportProblemCode, number>();
  for (const problem of problems) counts.set(problem.problem, (counts.get(problem.problem) ?? 0) + 1);
  if (gapCount > 0) counts.set('GAP', gapCount);
  return {
    ok: problems.length === 0 && gapCount === 0,
    ...header,
    errorCount: problems.length,
    errors: sorted.slice(0, listLimit),
    gapCount,
    gaps: gaps.slice(0, listLimit),
    warnings: warnings.slice(0, listLimit),
    summary: [...counts].map(([problem, count]) => ({ problem, count })).sort((a, b) => b.count - a.count),
    listLimit,
    layerImportId: write?.layerImportId ?? null,
    written: write?.written ?? 0,
    retired: write?.retired ?? 0,
  };
}
