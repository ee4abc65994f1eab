import type { ImportSql } from './staging-table.js';

export interface GridLayerWrite {
  /** Current rows retired (kept, with retired_at set, so cases filed in them keep their grid). */
  retired: number;
  /** New rows inserted. */
  written: number;
}

/**
 * Replaces the unit grids of every community the file touches: the current grids there (and any
 * current grid whose code the file reuses) are retired, never deleted, then the staged features
 * are inserted as the new current version. A new grid joins the current responsibility grid that
 * contains its point on surface, so beats survive a grid re-import.
 */
export async function applyUnitGridLayer(sql: ImportSql, layerImportId: number): Promise<GridLayerWrite> {
  const retired = await sql.$executeRaw`
    UPDATE unit_grid SET retired_at = now()
    WHERE retired_at IS NULL
      AND (community_id IN (SELECT id FROM import_parent) OR code IN (SELECT code FROM import_feature))`;
  const written = await sql.$executeRaw`
    INSERT INTO unit_grid (code, name, community_id, responsibility_grid_id, geom, is_derived, layer_import_id)
    SELECT f.code, f.name, f.parent_id, beat.id, f.geom, false, ${layerImportId}
    FROM import_feature f
    CROSS JOIN LATERAL (SELECT ST_PointOnSurface(f.geom) AS point) inner_point
    LEFT JOIN LATERAL (
      SELECT r.id FROM responsibility_grid r
      WHERE r.retired_at IS NULL AND r.geom && inner_point.point AND ST_Contains(r.geom, inner_point.point)
      LIMIT 1
    ) beat ON true
    ORDER BY f.feature_index`;
  // A version replaces tens of thousands of rows at once: refresh the planner's statistics now
  // rather than when autovacuum gets to it, or the next map and import queries plan on stale ones.
  await sql.$executeRawUnsafe('ANALYZE unit_grid');
  return { retired, written };
}
