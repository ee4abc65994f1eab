import { Prisma } from '../../generated/prisma/client.js';
import { metricSridOf } from './metric-srid.js';
import type { SqlClient } from './workspace.js';

/**
 * Stages every community (with a boundary) of the given streets to be cut into square cells of
 * `side` metres: the admin's generation, where official community polygons exist.
 *
 * All communities of a street share one projection, the UTM zone of the street as its
 * communities cover it (the street's own boundary may be missing): their lattices then line up
 * across community borders, and the street's cells can be grouped into beats in one plane.
 */
export async function stageCommunityParents(
  tx: SqlClient,
  { streetIds, side }: { streetIds: readonly number[]; side: number },
): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO generation_parent (parent_id, street_id, community_id, side, srid, geom, geom_utm)
    SELECT c.id, c.parent_id, c.id, ${side}::float8, metric.srid, c.boundary, ST_Transform(c.boundary, metric.srid)
    FROM area c
    CROSS JOIN LATERAL (
      SELECT ST_Collect(sibling.boundary) AS geom FROM area sibling
      WHERE sibling.parent_id = c.parent_id AND sibling.level = 'COMMUNITY' AND sibling.boundary IS NOT NULL
    ) AS street
    CROSS JOIN LATERAL ${metricSridOf(Prisma.sql`street.geom`)} AS metric
    WHERE c.level = 'COMMUNITY' AND c.boundary IS NOT NULL AND c.parent_id = ANY(${[...streetIds]}::int[])`;
}
