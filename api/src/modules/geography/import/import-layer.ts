import {
  type ImportSql,
  type PrismaClient,
  type StagedFeatureInput,
  stageImportFeatures,
  tryLockLayerForWrite,
} from '@gridloop/prisma';
import type { Clock } from '../../../clock.js';
import { DomainError } from '../../../errors/domain-error.js';
import { applyStagedFeatures } from './apply-staged-features.js';
import { areaCodePrefix } from './area-code-prefix.js';
import {
  defaultCodeFields,
  defaultLimits,
  defaultNameFields,
  defaultTolerances,
  type ImportableLayer,
  type ImportLimits,
  type ImportTolerances,
  type InputCrs,
  importableLayers,
  inputCrsValues,
} from './import-options.js';
import type { FeatureProblem } from './import-problem.js';
import { buildImportReport, type ImportReport } from './import-report.js';
import { prepareFeatures } from './prepare-features.js';
import { readLayerFile } from './read-layer-file.js';
import { validateStagedFeatures } from './validate-staged-features.js';

export interface ImportLayerOptions {
  prisma: PrismaClient;
  clock: Clock;
  layer: string;
  /** The datum of the file's coordinates as declared by the admin: WGS84 or GCJ02. */
  crs: string;
  file: { name: string; bytes: Uint8Array };
  /** Validate and report only; nothing is written. */
  dryRun?: boolean;
  /** Attribute holding the code (default: code, 编码, 网格编码, adcode) and the name (name, 名称, 网格名称). */
  codeField?: string | null;
  nameField?: string | null;
  /** Who imports (audit log, layer_import.created_by); null for the command line. */
  actorId: number | null;
  /** The importer's area code: features outside it are refused (OUTSIDE_SCOPE). Null: anywhere. */
  scopeAreaCode?: string | null;
  tolerances?: Partial<ImportTolerances>;
  limits?: Partial<ImportLimits>;
}

/** A whole import may take a while on a big city; it holds one connection and the layer's lock. */
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

/** Thrown inside the transaction to roll it back while still answering with the report. */
class RollbackWithReport {
  constructor(readonly report: ImportReport) {}
}

/**
 * Imports one official layer from a GeoJSON FeatureCollection or a zipped shapefile. Everything is
 * checked before anything is written, in one transaction: the file (size, format, CRS), each
 * feature (code, geometry shape) and then, in PostGIS, validity, duplicates, parents, containment,
 * overlaps and coverage. With no problem and no dry run the layer is written as a new version;
 * otherwise the transaction is rolled back and the report says what is wrong, feature by feature.
 * File-level problems throw DomainError (PAYLOAD_TOO_LARGE, INVALID_FILE, UNSUPPORTED_CRS); a
 * concurrent write of the same layer throws IMPORT_IN_PROGRESS.
 */
export async function importLayer(options: ImportLayerOptions): Promise<ImportReport> {
  const layer = assertLayer(options.layer);
  const crs = assertCrs(options.crs);
  const limits = { ...defaultLimits, ...options.limits };
  const file = readLayerFile(options.file.bytes, limits);
  if (file.featureCount === 0) throw new DomainError('INVALID_FILE', 'The file holds no features.');
  const prepared = prepareFeatures(file.features, {
    layer,
    crs,
    codeFields: options.codeField ? [options.codeField] : defaultCodeFields,
    nameFields: options.nameField ? [options.nameField] : defaultNameFields,
    scopePrefix: options.scopeAreaCode ? areaCodePrefix(options.scopeAreaCode) : null,
  });
  const run: ImportRun = {
    header: {
      dryRun: options.dryRun ?? false,
      layer,
      crs,
      format: file.format,
      sourceName: options.file.name,
      featureCount: file.featureCount,
    },
    staged: prepared.staged,
    fileProblems: [...file.problems, ...prepared.problems],
    tolerances: { ...defaultTolerances, ...options.tolerances },
    listLimit: limits.maxListedProblems,
    actorId: options.actorId,
    at: options.clock.now(),
  };
  try {
    return await options.prisma.$transaction((sql) => checkAndWrite(sql, run), {
      timeout: TRANSACTION_TIMEOUT_MS,
      maxWait: 10_000,
    });
  } catch (error) {
    if (error instanceof RollbackWithReport) return error.report;
    throw error;
  }
}

interface ImportRun {
  header: Pick<ImportReport, 'dryRun' | 'layer' | 'crs' | 'format' | 'sourceName' | 'featureCount'>;
  staged: StagedFeatureInput[];
  fileProblems: FeatureProblem[];
  tolerances: ImportTolerances;
  listLimit: number;
  actorId: number | null;
  at: Date;
}

/**
 * Inside the import's transaction: takes the layer's write lock (not for a dry run, which writes
 * nothing), stages and validates the features, writes them when clean, and rolls back otherwise.
 */
async function checkAndWrite(sql: ImportSql, run: ImportRun): Promise<ImportReport> {
  const { header, listLimit } = run;
  if (!header.dryRun && !(await tryLockLayerForWrite(sql, header.layer))) {
    throw new DomainError(
      'IMPORT_IN_PROGRESS',
      `Another import of the ${header.layer} layer is being written; try again when it ends.`,
    );
  }
  await stageImportFeatures(sql, run.staged);
  const checked = await validateStagedFeatures(sql, header.layer, run.tolerances, listLimit);
  const problems = [...run.fileProblems, ...checked.problems];
  const isClean = problems.length === 0 && checked.gapCount === 0;
  const write =
    isClean && !header.dryRun ? await applyStagedFeatures(sql, { ...header, actorId: run.actorId, at: run.at }) : null;
  const report = buildImportReport({ ...header, ...checked, problems, listLimit, write });
  if (!write) throw new RollbackWithReport(report);
  return report;
}

function assertLayer(layer: string): ImportableLayer {
  if ((importableLayers as readonly string[]).includes(layer)) return layer as ImportableLayer;
  throw new DomainError('BAD_REQUEST', `layer must be one of ${importableLayers.join(', ')}, got "${layer}".`, {
    field: 'layer',
  });
}

function assertCrs(crs: string): InputCrs {
  if ((inputCrsValues as readonly string[]).includes(crs)) return crs as InputCrs;
  throw new DomainError(
    'UNSUPPORTED_CRS',
    `crs must be WGS84 or GCJ02 (longitude/latitude), got "${crs}"; convert other systems to WGS84 before importing.`,
    { field: 'crs' },
  );
}
