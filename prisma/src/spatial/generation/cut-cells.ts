import { metricSrid, type SqlClient } from './workspace.js';

/**
 * Cuts every staged parent polygon into square cells of its side, laid out in the metric
 * projection on a lattice anchored at its origin (cell i, j spans i·side … (i+1)·side east and
 * j·side … (j+1)·side north), so cells of neighbouring parents line up.
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
    INSERT INTO generation_cell (parent_id, street_id, community_id, side, i, j, geom, area_m2)
    SELECT p.parent_id, p.street_id, p.community_id, p.side, i, j, part.geom,
           ST_Area(ST_Transform(part.geom, ${metricSrid}::int))
    FROM generation_parent p
    CROSS JOIN LATERAL generate_series(floor(ST_XMin(p.geom_utm) / p.side)::int, floor(ST_XMax(p.geom_utm) / p.side)::int) AS i
    CROSS JOIN LATERAL generate_series(floor(ST_YMin(p.geom_utm) / p.side)::int, floor(ST_YMax(p.geom_utm) / p.side)::int) AS j
    CROSS JOIN LATERAL ST_Transform(
      ST_MakeEnvelope(i * p.side, j * p.side, (i + 1) * p.side, (j + 1) * p.side, ${metricSrid}::int), 4326
    ) AS square
    CROSS JOIN LATERAL ST_Dump(
      CASE WHEN ST_Within(square, p.geom) THEN square
           ELSE ST_CollectionExtract(ST_Intersection(square, p.geom), 3) END
    ) AS part
    WHERE ST_Intersects(square, p.geom) AND ST_Area(part.geom) > 0`;
  await tx.$executeRaw`ANALYZE generation_cell`;
  return cells;
}
