import { Prisma } from '../../generated/prisma/client.js';
import { metricSridOf } from './metric-srid.js';
import type { SqlClient } from './workspace.js';

export interface StreetCellSizing {
  /** The city-wide cell area, m²: streets use it unless they are too small for it. */
  targetAreaM2: number;
  /** At least this many cells per community on average, so k-means can give each community some. */
  minCellsPerCommunity: number;
  /** At most this many per community on average, keeping sequences far below 999 in huge rural streets. */
  maxCellsPerCommunity: number;
}

/**
 * Stages the streets of the districts to be cut for the demo city, each with its own cell size:
 * the city target, shrunk where a street is small for its number of communities (dense urban
 * streets get smaller cells) and grown where a street is huge for them (farms, forest parks):
 *
 *   cell area = max(min(target, street area / (minCells × communities)),
 *                   street area / (maxCells × communities))
 *
 * Each street is cut and measured in the UTM zone of its own centroid.
 * Streets without communities or without a boundary are left out.
 */
export async function stageStreetParents(
  tx: SqlClient,
  { districtIds, sizing }: { districtIds: readonly number[]; sizing: StreetCellSizing },
): Promise<number> {
  const { targetAreaM2, minCellsPerCommunity, maxCellsPerCommunity } = sizing;
  return tx.$executeRaw`
    INSERT INTO generation_parent (parent_id, street_id, community_id, side, srid, geom, geom_utm)
    SELECT s.id, s.id, NULL,
           sqrt(GREATEST(LEAST(${targetAreaM2}::float8, ST_Area(utm.geom) / (${minCellsPerCommunity}::float8 * n.communities)),
                         ST_Area(utm.geom) / (${maxCellsPerCommunity}::float8 * n.communities))),
           metric.srid, s.boundary, utm.geom
    FROM area s
    JOIN (SELECT parent_id, count(*) AS communities FROM area WHERE level = 'COMMUNITY' GROUP BY parent_id) n
      ON n.parent_id = s.id
    CROSS JOIN LATERAL ${metricSridOf(Prisma.sql`s.boundary`)} AS metric
    CROSS JOIN LATERAL ST_Transform(s.boundary, metric.srid) AS utm(geom)
    WHERE s.level = 'STREET' AND s.boundary IS NOT NULL AND s.parent_id = ANY(${[...districtIds]}::int[])`;
}
