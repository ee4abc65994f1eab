import type { LayerKind, LayerSource } from '../../generated/prisma/enums.js';
import type { ImportSql } from './staging-table.js';

export interface LayerImportInput {
  layer: LayerKind;
  source: LayerSource;
  sourceName: string;
  /** WGS84 or GCJ02: what the file was declared in. */
  inputCrs: string;
  createdById: number | null;
}

/**
 * Records a new version of a layer for the staged features (the row every layer writer adds, and
 * whose id tiles key their caches on). Its scope is the smallest area holding every parent the
 * features were linked to: the community, street or district they share (null: several districts,
 * i.e. the whole city). Returns the new id.
 */
export async function insertLayerImport(sql: ImportSql, input: LayerImportInput): Promise<number> {
  const rows = await sql.$queryRaw<{ id: number }[]>`
    WITH parents AS (
      SELECT DISTINCT p.code FROM import_feature f JOIN area p ON p.id = f.parent_id
    ), shared AS (
      SELECT l FROM unnest(ARRAY[12, 9, 6]) AS l
      WHERE NOT EXISTS (SELECT 1 FROM parents WHERE length(code) < l)
        AND (SELECT count(DISTINCT left(code, l)) FROM parents) = 1
      ORDER BY l DESC LIMIT 1
    ), scope AS (
      SELECT a.id FROM area a WHERE a.code = (SELECT left(min(p.code), (SELECT l FROM shared)) FROM parents p)
    )
    INSERT INTO layer_import (layer, source, source_name, input_crs, feature_count, is_derived, scope_area_id, created_by_id)
    SELECT ${input.layer}::"LayerKind", ${input.source}::"LayerSource", ${input.sourceName}, ${input.inputCrs},
           (SELECT count(*) FROM import_feature), false, (SELECT id FROM scope), ${input.createdById}
    RETURNING id`;
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('layer_import insert returned no id');
  return id;
}
