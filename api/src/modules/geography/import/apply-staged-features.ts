import {
  applyAreaLayer,
  applyResponsibilityGridLayer,
  applyUnitGridLayer,
  type ImportSql,
  insertLayerImport,
} from '@gridloop/prisma';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import type { ImportableLayer, InputCrs } from './import-options.js';
import type { ImportWrite } from './import-report.js';

export interface ApplyOptions {
  layer: ImportableLayer;
  crs: InputCrs;
  format: 'GEOJSON' | 'SHAPEFILE';
  sourceName: string;
  actorId: number | null;
  at: Date;
}

/**
 * Writes the validated staged features as a new version of the layer, in the caller's
 * transaction: a layer_import row, the layer's rows (areas upserted by code; grids retiring the
 * version they replace), and an audit event saying who imported what.
 */
export async function applyStagedFeatures(sql: ImportSql, options: ApplyOptions): Promise<ImportWrite> {
  const { layer, crs, format, sourceName, actorId, at } = options;
  const layerImportId = await insertLayerImport(sql, {
    layer,
    source: format,
    sourceName,
    inputCrs: crs,
    createdById: actorId,
  });
  const write = await writeLayer(sql, layer, layerImportId);
  await recordAuditEvent(sql, {
    actorId,
    action: 'IMPORT_LAYER',
    entityType: 'layer_import',
    entityId: layerImportId,
    details: { layer, format, sourceName, crs, ...write },
    at,
  });
  return { layerImportId, ...write };
}

async function writeLayer(sql: ImportSql, layer: ImportableLayer, layerImportId: number) {
  switch (layer) {
    case 'UNIT_GRID':
      return applyUnitGridLayer(sql, layerImportId);
    case 'RESPONSIBILITY_GRID':
      return applyResponsibilityGridLayer(sql, layerImportId);
    default:
      return { written: await applyAreaLayer(sql, layer, layerImportId), retired: 0 };
  }
}
