import type { LayerKind, Prisma, SqlClient, StagedLayerImport } from '@gridloop/prisma';
import { stageLayerImports } from '@gridloop/prisma';

/** One layer version to record: which layer, for which district's rows, covering which area. */
export interface GenerationImport {
  layer: LayerKind;
  districtId: number;
  scopeAreaId: number;
  sourceName: string;
}

export interface GenerationImportSource {
  source: 'GENERATED' | 'DEMO';
  createdById: number | null;
}

/**
 * Inserts the layer_import rows a generation writes under (one per layer and scope; the feature
 * counts are filled in once the rows exist) and stages them for the writers, which stamp
 * `layer_import_id` on every row: tile caches key on the newest import of each layer.
 * Everything generated is derived (not an official layer); boundaries are read in WGS84.
 */
export async function createGenerationImports(
  tx: SqlClient,
  imports: readonly GenerationImport[],
  { source, createdById }: GenerationImportSource,
): Promise<StagedLayerImport[]> {
  const data: Prisma.LayerImportCreateManyInput[] = imports.map((entry) => ({
    layer: entry.layer,
    source,
    sourceName: entry.sourceName,
    inputCrs: 'WGS84',
    featureCount: 0,
    isDerived: true,
    scopeAreaId: entry.scopeAreaId,
    createdById,
  }));
  const created = await tx.layerImport.createManyAndReturn({
    data,
    select: { id: true, layer: true, scopeAreaId: true },
  });
  const staged = imports.map((entry) => {
    const row = created.find((c) => c.layer === entry.layer && c.scopeAreaId === entry.scopeAreaId);
    if (!row) throw new Error(`layer import ${entry.layer} for area ${entry.scopeAreaId} was not created`);
    return { districtId: entry.districtId, layer: entry.layer, layerImportId: row.id };
  });
  await stageLayerImports(tx, staged);
  return staged;
}
