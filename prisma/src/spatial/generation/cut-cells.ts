import type { SqlClient } from './workspace.js';

/**
 * Cuts every staged parent polygon into square cells of its side, laid out in the parent's metric
 * projection (its srid) on a lattice anchored at the projection's origin (cell i, j spans
 * i·side … (i+1)·side east and j·side … (j+1)·side north), so cells of neighbouring parents of
 * one side and projection line up. Each cell keeps the srid, its area is measured in it.
 *
 * The squares are projected to WGS84 before clipping, not after: clipping in WGS84 keeps the
 * parent's own vertices, so the cells tile the parent exactly instead of up to a round trip
 * through the projection. Squares wholly inside stay whole; the others are intersected with the
 * parent and split into their connected parts, which become cells of their own (a square the
 * boundary crosses twice yields two cells, each possibly a sliver to merge later).
 */
export async function cutCells(tx: SqlClient): Promise<number> {
  await tx.$executeRaw`ANALYZE generation_parent`;
  const cells = await tx.$executeRaw`
    INSERT INTO generation_cell (parent_id, street_id, community_id, side, srid, i, j, geom, area_m2)
    SELECT p.parent_id, p.street_id, p.community_id, p.side, p.srid, i, j, part.geom,
           ST_Area(ST_Transform(part.geom, p.srid))
    FROM generation_parent p
    CROSS JOIN LATERAL generate_series(floor(ST_XMin(p.geom_utm) / p.side)::int, floor(ST_XMax(p.geom_utm) / p.side)::int) AS i
    CROSS JOIN LATERAL generate_series(floor(ST_YMin(p.geom_utm) / p.side)::int, floor(ST_YMax(p.geom_utm) / p.side)::int) AS j
    CROSS JOIN LATERAL ST_Transform(
      ST_MakeEnvelope(i * p.side, j * p.side, (i + 1) * p.side, (j + 1) * p.side, p.srid), 4326
    ) AS square
    CROSS JOIN LATERAL ST_Dump(
      CASE WHEN ST_Within(square, p.geom) THEN square
           ELSE ST_CollectionExtract(ST_Intersection(square, p.geom), 3) END
    ) AS part
    WHERE ST_Intersects(square, p.geom) AND ST_Area(part.geom) > 0`;
  await tx.$executeRaw`ANALYZE generation_cell`;
  return cells;
}
