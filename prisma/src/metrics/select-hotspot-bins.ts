import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { areaFactsSql } from './area-facts-sql.js';
import type { DateRange } from './period-grains.js';

export interface HotspotBin {
  /** Centre of the square, WGS84. */
  lng: number;
  lat: number;
  cases: number;
}

export interface HotspotBinsQuery {
  gridCodePrefix: string;
  period: DateRange;
  /** Side of the squares on the ground, in metres. */
  binMeters: number;
  /** At most this many bins, the fullest first. */
  limit: number;
}

/**
 * Cases reported in the period counted in square bins for a heat map. Squares are laid in Web
 * Mercator with a side scaled by 1/cos(latitude) at the cases' mean latitude, so they are
 * `binMeters` wide on the ground there (exact enough over one city).
 */
export function selectHotspotBins(prisma: PrismaClient, request: HotspotBinsQuery): Promise<HotspotBin[]> {
  return directQuery<HotspotBin>(
    prisma,
    Prisma.sql`
      WITH scoped AS (
        SELECT f.x, f.y FROM ${areaFactsSql(request.gridCodePrefix, request.period)}),
      side AS (
        SELECT ${request.binMeters}::float8
          / cos(radians(ST_Y(ST_Transform(ST_SetSRID(ST_MakePoint(0, avg(y)), 3857), 4326)))) AS metres
        FROM scoped),
      bins AS (
        SELECT floor(s.x / side.metres) AS ix, floor(s.y / side.metres) AS iy, side.metres, count(*)::int AS cases
        FROM scoped s CROSS JOIN side GROUP BY 1, 2, 3 ORDER BY cases DESC, 1, 2 LIMIT ${request.limit})
      SELECT ST_X(c) AS lng, ST_Y(c) AS lat, cases FROM (
        SELECT ST_Transform(ST_SetSRID(ST_MakePoint((ix + 0.5) * metres, (iy + 0.5) * metres), 3857), 4326) AS c,
          cases FROM bins) b
      ORDER BY cases DESC`,
  );
}
