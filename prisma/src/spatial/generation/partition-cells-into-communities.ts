import type { SqlClient } from './workspace.js';

/**
 * Shares each street's cells out among the street's communities, for the demo city where no
 * community polygons exist: k-means on the cell centroids (in metres) with k = the number of
 * communities gives compact, roughly equal clusters (the street's cells share its projection); clusters are handed to communities in code
 * order from north to south (by cluster centre), so neighbouring codes end up near each other.
 * Returns the number of communities that got cells.
 */
export async function partitionCellsIntoCommunities(tx: SqlClient): Promise<number> {
  await tx.$executeRaw`
    WITH community AS (
      SELECT id, parent_id AS street_id, row_number() OVER (PARTITION BY parent_id ORDER BY code) AS rank,
             count(*) OVER (PARTITION BY parent_id) AS communities
      FROM area WHERE level = 'COMMUNITY' AND parent_id IN (SELECT street_id FROM generation_parent)
    ), clustered AS (
      SELECT c.id, c.street_id, ST_ClusterKMeans(centroid.geom, k.communities::int) OVER (PARTITION BY c.street_id ORDER BY c.id) AS cluster,
             centroid.geom
      FROM generation_cell c
      JOIN (SELECT DISTINCT street_id, communities FROM community) k ON k.street_id = c.street_id
      CROSS JOIN LATERAL ST_Centroid(ST_Transform(c.geom, c.srid)) AS centroid(geom)
    ), cluster_rank AS (
      SELECT street_id, cluster,
             row_number() OVER (PARTITION BY street_id ORDER BY avg(ST_Y(geom)) DESC, avg(ST_X(geom)), cluster) AS rank
      FROM clustered GROUP BY street_id, cluster
    )
    UPDATE generation_cell g SET community_id = community.id
    FROM clustered
    JOIN cluster_rank r ON r.street_id = clustered.street_id AND r.cluster = clustered.cluster
    JOIN community ON community.street_id = r.street_id AND community.rank = r.rank
    WHERE g.id = clustered.id`;
  await tx.$executeRaw`ANALYZE generation_cell`;
  const [row] = await tx.$queryRaw<{ communities: number }[]>`
    SELECT count(DISTINCT community_id)::int AS communities FROM generation_cell`;
  return row?.communities ?? 0;
}
