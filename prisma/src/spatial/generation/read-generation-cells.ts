import type { SqlClient } from './workspace.js';

/** A merged cell ready to be numbered: where it lies, in metres, and what it belongs to. */
export interface GenerationCellRow {
  id: number;
  communityCode: string;
  streetCode: string;
  streetName: string;
  /** The side of the lattice it was cut from, m (rows for reading order, beats' curve). */
  side: number;
  /** Centroid in the metric projection the cell was cut in (one per street), m. */
  x: number;
  y: number;
  areaM2: number;
}

/** Every cell with its community and street, ordered by id (deterministic for numbering). */
export async function readGenerationCells(tx: SqlClient): Promise<GenerationCellRow[]> {
  return tx.$queryRaw<GenerationCellRow[]>`
    SELECT c.id, community.code AS "communityCode", street.code AS "streetCode", street.name AS "streetName",
           c.side, ST_X(centroid.geom) AS x, ST_Y(centroid.geom) AS y, c.area_m2 AS "areaM2"
    FROM generation_cell c
    JOIN area community ON community.id = c.community_id
    JOIN area street ON street.id = c.street_id
    CROSS JOIN LATERAL ST_Centroid(ST_Transform(c.geom, c.srid)) AS centroid(geom)
    ORDER BY c.id`;
}
