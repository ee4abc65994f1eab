import type { GridLayerWrite } from './apply-unit-grid-layer.js';
import type { ImportSql } from './staging-table.js';

export interface ResponsibilityGridLayerWrite extends GridLayerWrite {
  /** Current unit grids (re)assigned to a beat by containment of their point on surface. */
  unitGridsAssigned: number;
}

/**
 * Replaces the responsibility grids (beats) of every street or community the file touches:
 * current beats there, or reusing a code of the file, are retired (never deleted) and the staged
 * ones inserted. Then every current unit grid that lies in a new beat (by its point on surface),
 * or still points at a retired one, is assigned to the beat that now contains it (or to none).
 */
export async function applyResponsibilityGridLayer(
  sql: ImportSql,
  layerImportId: number,
): Promise<ResponsibilityGridLayerWrite> {
  const retired = await sql.$executeRaw`
    UPDATE responsibility_grid SET retired_at = now()
    WHERE retired_at IS NULL
      AND (area_id IN (SELECT id FROM import_parent) OR code IN (SELECT code FROM import_feature))`;
  const written = await sql.$executeRaw`
    INSERT INTO responsibility_grid (code, name, area_id, geom, is_derived, layer_import_id)
    SELECT f.code, coalesce(f.name, f.code), f.parent_id, f.geom, false, ${layerImportId}
    FROM import_feature f
    ORDER BY f.feature_index`;
  const unitGridsAssigned = await sql.$executeRaw`
    UPDATE unit_grid g SET responsibility_grid_id = (
      SELECT r.id FROM responsibility_grid r
      WHERE r.retired_at IS NULL AND r.geom && ST_PointOnSurface(g.geom) AND ST_Contains(r.geom, ST_PointOnSurface(g.geom))
      LIMIT 1)
    WHERE g.retired_at IS NULL AND (
      EXISTS (SELECT 1 FROM responsibility_grid r WHERE r.id = g.responsibility_grid_id AND r.retired_at IS NOT NULL)
      OR EXISTS (SELECT 1 FROM responsibility_grid r
                 WHERE r.layer_import_id = ${layerImportId} AND r.geom && g.geom
                   AND ST_Contains(r.geom, ST_PointOnSurface(g.geom))))`;
  await sql.$executeRawUnsafe('ANALYZE responsibility_grid'); // as in applyUnitGridLayer
  return { retired, written, unitGridsAssigned };
}
