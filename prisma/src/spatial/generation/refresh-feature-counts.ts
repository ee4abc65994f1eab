import type { SqlClient } from './workspace.js';

/** Sets each layer import's feature_count to the rows now stamped with it, once they are written. */
export async function refreshFeatureCounts(tx: SqlClient, layerImportIds: readonly number[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE layer_import li SET feature_count = CASE li.layer
      WHEN 'UNIT_GRID' THEN (SELECT count(*) FROM unit_grid WHERE layer_import_id = li.id)
      WHEN 'RESPONSIBILITY_GRID' THEN (SELECT count(*) FROM responsibility_grid WHERE layer_import_id = li.id)
      ELSE (SELECT count(*) FROM area WHERE layer_import_id = li.id)
    END
    WHERE li.id = ANY(${[...layerImportIds]}::int[])`;
}
