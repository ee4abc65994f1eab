import type { AreaLevel } from '../../generated/prisma/enums.js';
import type { ImportSql } from './staging-table.js';

/**
 * Writes the staged features as the official boundaries of areas at `level`: existing areas
 * (matched by code) get the new boundary, parent and layer version, and keep their name when the
 * file has none; unknown codes become new areas (named by the file, or by their code).
 * Areas of the level that the file does not name are left as they are. Returns rows written.
 */
export async function applyAreaLayer(sql: ImportSql, level: AreaLevel, layerImportId: number): Promise<number> {
  return sql.$executeRaw`
    INSERT INTO area (code, name, level, parent_id, boundary, is_derived, layer_import_id, updated_at)
    SELECT f.code, coalesce(f.name, a.name, f.code), ${level}::"AreaLevel", f.parent_id, f.geom, false, ${layerImportId}, now()
    FROM import_feature f LEFT JOIN area a ON a.code = f.code
    ORDER BY f.feature_index
    ON CONFLICT (code) DO UPDATE SET
      name = EXCLUDED.name, parent_id = EXCLUDED.parent_id, boundary = EXCLUDED.boundary,
      is_derived = false, layer_import_id = EXCLUDED.layer_import_id, updated_at = now()`;
}
