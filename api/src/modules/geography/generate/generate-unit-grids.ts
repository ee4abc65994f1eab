import {
  lockLayersForGeneration,
  type PrismaClient,
  prepareGenerationWorkspace,
  refreshFeatureCounts,
  retireGrids,
  type SqlClient,
  stageCommunityParents,
  summarizeGenerationScope,
} from '@gridloop/prisma';
import { DomainError } from '../../../errors/domain-error.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { createGenerationImports } from './create-generation-imports.js';
import {
  type GenerationOptions,
  type GenerationOptionsInput,
  generationLimits,
  parseGenerationOptions,
} from './generation-options.js';
import { cutAndMergeCells, numberAndWriteGrids } from './generation-pipeline.js';
import type { GenerationReport } from './generation-report.js';
import { type GenerationScope, resolveGenerationScope } from './resolve-generation-scope.js';

export interface GenerateUnitGridsInput extends GenerationOptionsInput {
  /** A district (6 digits) or street (9 digits) whose communities all have boundaries. */
  scopeCode: string;
  /** Compute and report, then roll back: nothing is written, not even the audit event. */
  dryRun?: boolean;
  /** Who asks (null for the system); recorded on the layer versions and in the audit log. */
  actorId: number | null;
  /** The caller's jurisdiction: the scope must lie inside it (null for the system). */
  withinAreaId: number | null;
  now: Date;
}

/** Thrown inside the transaction to roll a dry run back while keeping its report. */
class DryRunRollback extends Error {
  constructor(readonly report: GenerationReport) {
    super('dry run: rolled back');
  }
}

/**
 * Generates unit grids for every community of a district or street from the communities'
 * boundaries, in one transaction: new layer versions (GENERATED, derived), the current grids of
 * the scope retired, square cells of the target area cut in each street's UTM zone, slivers
 * merged, codes in reading order, beats of the chosen size, an audit event. Bad input: a coded
 * error, nothing written.
 */
export async function generateUnitGrids(
  prisma: PrismaClient,
  input: GenerateUnitGridsInput,
): Promise<GenerationReport> {
  const options = parseGenerationOptions(input);
  try {
    return await prisma.$transaction((tx) => generateInTransaction(tx, input, options), {
      maxWait: 10_000,
      timeout: 300_000,
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}

async function generateInTransaction(
  tx: SqlClient,
  input: GenerateUnitGridsInput,
  options: GenerationOptions,
): Promise<GenerationReport> {
  const scope = await resolveGenerationScope(tx, input);
  const busy = await lockLayersForGeneration(tx, ['UNIT_GRID', 'RESPONSIBILITY_GRID']);
  if (busy) {
    throw new DomainError(
      'IMPORT_IN_PROGRESS',
      `The ${busy} layer is being written by someone else; try again shortly.`,
    );
  }
  const streetIds = await assertScopeCanBeCut(tx, scope, options);
  const report = await writeGridLayers(tx, { scope, streetIds, options, input });
  if (report.dryRun) throw new DryRunRollback({ ...report, layerImportIds: [] });
  await recordAuditEvent(tx, {
    actorId: input.actorId,
    action: 'GENERATE_UNIT_GRIDS',
    entityType: 'area',
    entityId: scope.code,
    details: { ...report },
    at: input.now,
  });
  return report;
}

interface GridLayersJob {
  scope: GenerationScope;
  streetIds: number[];
  options: GenerationOptions;
  input: GenerateUnitGridsInput;
}

/** The writing itself: layer versions, old grids retired, cells cut, merged, numbered and written. */
async function writeGridLayers(
  tx: SqlClient,
  { scope, streetIds, options, input }: GridLayersJob,
): Promise<GenerationReport> {
  await prepareGenerationWorkspace(tx);
  const imports = await createGenerationImports(
    tx,
    (['UNIT_GRID', 'RESPONSIBILITY_GRID'] as const).map((layer) => ({
      layer,
      districtId: scope.districtId,
      scopeAreaId: scope.id,
      sourceName: describeRun(options),
    })),
    { source: 'GENERATED', createdById: input.actorId },
  );
  const retired = await retireGrids(tx, streetIds);
  const communities = await stageCommunityParents(tx, { streetIds, side: Math.sqrt(options.targetAreaM2) });
  const merge = await cutAndMergeCells(tx, options.sliverRatio);
  const written = await numberAndWriteGrids(tx, { beatSize: options.beatSize, isDerived: true });
  const layerImportIds = imports.map((entry) => entry.layerImportId);
  await refreshFeatureCounts(tx, layerImportIds);
  return {
    ...options,
    ...written,
    scopeCode: scope.code,
    scopeName: scope.name,
    dryRun: input.dryRun === true,
    communities,
    sliversMerged: merge.merged,
    retiredUnitGrids: retired.unitGrids,
    retiredResponsibilityGrids: retired.responsibilityGrids,
    layerImportIds,
  };
}

/** The streets of the scope; BAD_REQUEST when it has nothing to cut or would need too many cells. */
async function assertScopeCanBeCut(
  tx: SqlClient,
  scope: GenerationScope,
  options: GenerationOptions,
): Promise<number[]> {
  const summary = await summarizeGenerationScope(tx, scope.id);
  if (summary.communities === 0) {
    throw new DomainError('BAD_REQUEST', `${scope.name} (${scope.code}) has no communities to generate grids in.`, {
      field: 'scopeCode',
    });
  }
  if (summary.communitiesWithoutBoundary > 0) {
    throw new DomainError(
      'BAD_REQUEST',
      `${summary.communitiesWithoutBoundary} of the ${summary.communities} communities of ${scope.name} have no boundary; import the community layer first.`,
      { field: 'scopeCode', communitiesWithoutBoundary: summary.communitiesWithoutBoundary },
    );
  }
  const estimatedCells = Math.ceil(summary.areaM2 / options.targetAreaM2);
  if (estimatedCells > generationLimits.maxCells) {
    throw new DomainError(
      'BAD_REQUEST',
      `${scope.name} would be cut into about ${estimatedCells} cells; at most ${generationLimits.maxCells} per run. Choose a larger targetAreaM2 or a smaller scope.`,
      { field: 'targetAreaM2', estimatedCells },
    );
  }
  return summary.streetIds;
}

/** The layer version's source name: how it was made, so two versions can be told apart. */
function describeRun({ targetAreaM2, sliverRatio, beatSize }: GenerationOptions): string {
  return `generated: cells of ${targetAreaM2} m² in the local UTM zone, slivers under ${sliverRatio} merged, beats of up to ${beatSize}`;
}
