import type { LayerKind } from '../../generated/prisma/enums.js';
import type { SqlClient } from './workspace.js';

export interface StagedLayerImport {
  districtId: number;
  layer: LayerKind;
  layerImportId: number;
}

/**
 * Records which layer version (layer_import row) the rows written for each district belong to,
 * so that every writer below stamps `layer_import_id` (tile caches are keyed by it).
 */
export async function stageLayerImports(tx: SqlClient, imports: readonly StagedLayerImport[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO generation_layer_import (district_id, layer, layer_import_id)
    SELECT "districtId", layer::"LayerKind", "layerImportId"
    FROM jsonb_to_recordset(${JSON.stringify(imports)}::jsonb) AS r("districtId" int, layer text, "layerImportId" int)`;
}
