import { metricSrid, type SqlClient } from './workspace.js';

/**
 * Stages every community (with a boundary) of the given streets to be cut into square cells of
 * `side` metres: the admin's generation, where official community polygons exist.
 */
export async function stageCommunityParents(
  tx: SqlClient,
  { streetIds, side }: { streetIds: readonly number[]; side: number },
): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO generation_parent (parent_id, street_id, community_id, side, geom, geom_utm)
    SELECT c.id, c.parent_id, c.id, ${side}::float8, c.boundary, ST_Transform(c.boundary, ${metricSrid}::int)
    FROM area c
    WHERE c.level = 'COMMUNITY' AND c.boundary IS NOT NULL AND c.parent_id = ANY(${[...streetIds]}::int[])`;
}
