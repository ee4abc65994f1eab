import type { PrismaClient } from '@gridloop/prisma';

/** How well the children of some areas tile them, in m²; 0 everywhere is perfect. */
export interface Tiling {
  parents: number;
  /** Parents with no child at all. */
  parentsWithoutChildren: number;
  /** The largest total overlap between pairs of one parent's children. */
  maxOverlapM2: number;
  /** The largest symmetric difference between a parent and the union of its children (gaps + spill). */
  maxMismatchM2: number;
}

/**
 * Measures the tiling of every area at `level` whose code starts with `codePrefix` by its
 * children: child areas, or for communities their current unit grids (`children: 'GRIDS'`).
 *
 * Overlaps and differences are computed and measured in WGS84, where the geometry is stored with
 * edges straight in degrees, then scaled to m² by the parent's own m²-per-square-degree. Measuring
 * in a projection or on the ellipsoid instead would count the millimetres by which a long edge
 * bends when it is reprojected with an extra vertex on it (a cell corner) or without: up to
 * hundreds of m² over a district, none of it real.
 */
export async function measureTiling(
  prisma: PrismaClient,
  {
    level,
    codePrefix,
    children,
  }: { level: 'DISTRICT' | 'STREET' | 'COMMUNITY'; codePrefix: string; children: 'AREAS' | 'GRIDS' },
): Promise<Tiling> {
  const [row] = await prisma.$queryRaw<Tiling[]>`
    WITH parent AS (
      SELECT id, boundary AS geom, ST_Area(ST_Transform(boundary, 32651)) / ST_Area(boundary) AS m2_per_deg2
      FROM area
      WHERE level = ${level}::"AreaLevel" AND starts_with(code, ${codePrefix}) AND boundary IS NOT NULL
    ), child AS (
      SELECT id, parent_id, boundary AS geom FROM area
      WHERE ${children} = 'AREAS' AND boundary IS NOT NULL AND parent_id IN (SELECT id FROM parent)
      UNION ALL
      SELECT id, community_id, geom FROM unit_grid
      WHERE ${children} = 'GRIDS' AND retired_at IS NULL AND community_id IN (SELECT id FROM parent)
    ), overlap AS (
      SELECT a.parent_id, sum(ST_Area(ST_Intersection(a.geom, b.geom))) AS area
      FROM child a JOIN child b ON b.parent_id = a.parent_id AND a.id < b.id AND ST_Intersects(a.geom, b.geom)
      GROUP BY a.parent_id
    ), per_parent AS (
      SELECT p.id, u.children, COALESCE(o.area, 0) * p.m2_per_deg2 AS overlap,
             ST_Area(ST_SymDifference(p.geom, COALESCE(u.geom, 'SRID=4326;POLYGON EMPTY'::geometry))) * p.m2_per_deg2 AS mismatch
      FROM parent p
      LEFT JOIN (SELECT parent_id, count(*) AS children, ST_Union(geom) AS geom FROM child GROUP BY parent_id) u ON u.parent_id = p.id
      LEFT JOIN overlap o ON o.parent_id = p.id
    )
    SELECT count(*)::int AS parents,
           count(*) FILTER (WHERE children IS NULL)::int AS "parentsWithoutChildren",
           COALESCE(max(overlap), 0)::float8 AS "maxOverlapM2",
           COALESCE(max(mismatch), 0)::float8 AS "maxMismatchM2"
    FROM per_parent`;
  if (!row) throw new Error('no tiling measured');
  return row;
}

/** Total area where two current unit grids of a street overlap, m², pair by pair across communities. */
export async function pairwiseGridOverlapM2(prisma: PrismaClient, streetCode: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ overlap: number }[]>`
    WITH grid AS (
      SELECT id, geom FROM unit_grid WHERE retired_at IS NULL AND starts_with(code, ${streetCode})
    ), scale AS (
      SELECT sum(ST_Area(ST_Transform(geom, 32651))) / sum(ST_Area(geom)) AS m2_per_deg2 FROM grid
    )
    SELECT (COALESCE(sum(ST_Area(ST_Intersection(a.geom, b.geom))), 0) * min(scale.m2_per_deg2))::float8 AS overlap
    FROM grid a JOIN grid b ON a.id < b.id AND ST_Intersects(a.geom, b.geom), scale`;
  return row?.overlap ?? Number.NaN;
}
