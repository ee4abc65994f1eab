import type { SqlClient } from './workspace.js';

export interface SliverMerge {
  /** Cells smaller than the threshold that were merged into a neighbour. */
  merged: number;
  /** Of those, how many touched no cell large enough and went to the nearest one instead. */
  mergedIntoNearest: number;
}

/**
 * Merges every cell smaller than `ratio` × side² into a neighbour in the same parent, so that no
 * unit grid is a useless sliver along a boundary:
 * 1. Keepers are the cells at or above the threshold; a parent with none (smaller than the
 *    threshold itself) keeps its largest cell, so every parent keeps at least one.
 * 2. A sliver joins the keeper it shares the longest edge with. Edges are only shared with the 4
 *    lattice neighbours (the parts of one square touch at points at most), which keeps this cheap.
 * 3. A sliver touching no keeper (an island, or the tip of a narrow spit of slivers) joins the
 *    nearest keeper of its parent, making that unit grid a MultiPolygon.
 * 4. Each keeper becomes the union of itself and its slivers; the slivers' rows go.
 */
export async function mergeSlivers(tx: SqlClient, ratio: number): Promise<SliverMerge> {
  await tx.$executeRaw`
    WITH ranked AS (
      SELECT id, area_m2 >= ${ratio}::float8 * side * side AS is_large,
             bool_or(area_m2 >= ${ratio}::float8 * side * side) OVER (PARTITION BY parent_id) AS parent_has_large,
             row_number() OVER (PARTITION BY parent_id ORDER BY area_m2 DESC, id) AS size_rank
      FROM generation_cell
    )
    UPDATE generation_cell c SET keeper_id = c.id
    FROM ranked r
    WHERE r.id = c.id AND (r.is_large OR (NOT r.parent_has_large AND r.size_rank = 1))`;
  const merged = await tx.$executeRaw`
    WITH shared AS (
      SELECT DISTINCT ON (s.id) s.id AS sliver_id, k.id AS keeper_id
      FROM generation_cell s
      CROSS JOIN (VALUES (1, 0), (-1, 0), (0, 1), (0, -1)) AS step(di, dj)
      JOIN generation_cell k ON k.parent_id = s.parent_id AND k.i = s.i + step.di AND k.j = s.j + step.dj
        AND k.keeper_id = k.id
      CROSS JOIN LATERAL ST_Length(ST_Intersection(s.geom, k.geom)) AS edge(length)
      WHERE s.keeper_id IS NULL AND ST_Intersects(s.geom, k.geom) AND edge.length > 0
      ORDER BY s.id, edge.length DESC, k.id
    )
    UPDATE generation_cell c SET keeper_id = shared.keeper_id FROM shared WHERE c.id = shared.sliver_id`;
  const mergedIntoNearest = await tx.$executeRaw`
    UPDATE generation_cell c SET keeper_id = (
      SELECT k.id FROM generation_cell k
      WHERE k.parent_id = c.parent_id AND k.keeper_id = k.id
      ORDER BY ST_Distance(k.geom, c.geom), k.id
      LIMIT 1
    )
    WHERE c.keeper_id IS NULL`;
  await tx.$executeRaw`
    UPDATE generation_cell k SET geom = merged.geom, area_m2 = merged.area_m2
    FROM (
      SELECT keeper_id, ST_Union(geom) AS geom, sum(area_m2) AS area_m2
      FROM generation_cell GROUP BY keeper_id HAVING count(*) > 1
    ) merged
    WHERE k.id = merged.keeper_id`;
  await tx.$executeRaw`DELETE FROM generation_cell WHERE keeper_id <> id`;
  await tx.$executeRaw`ANALYZE generation_cell`;
  return { merged: merged + mergedIntoNearest, mergedIntoNearest };
}
