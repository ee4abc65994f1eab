import type { SqlClient } from './workspace.js';

/**
 * Writes the boundary of every community of the staged streets as the union of the cells it was
 * given (demo city), marked derived and stamped with its district's COMMUNITY layer import.
 * Communities then tile their street exactly, as the cells do. A community that got no cells is
 * left without a boundary rather than keeping one from an older derivation.
 */
export async function writeCommunityBoundaries(tx: SqlClient): Promise<number> {
  await tx.$executeRaw`
    UPDATE area SET boundary = NULL, updated_at = now()
    WHERE level = 'COMMUNITY' AND boundary IS NOT NULL
      AND parent_id IN (SELECT street_id FROM generation_parent)
      AND id NOT IN (SELECT community_id FROM generation_cell WHERE community_id IS NOT NULL)`;
  return tx.$executeRaw`
    UPDATE area a SET boundary = merged.boundary, is_derived = true, updated_at = now(),
      layer_import_id = li.layer_import_id
    FROM (
      SELECT c.community_id, min(s.parent_id) AS district_id, ST_Multi(ST_Union(c.geom)) AS boundary
      FROM generation_cell c JOIN area s ON s.id = c.street_id
      WHERE c.community_id IS NOT NULL
      GROUP BY c.community_id
    ) merged
    JOIN generation_layer_import li ON li.layer = 'COMMUNITY' AND li.district_id = merged.district_id
    WHERE a.id = merged.community_id`;
}
