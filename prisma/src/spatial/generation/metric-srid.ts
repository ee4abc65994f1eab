import { Prisma } from '../../generated/prisma/client.js';

/**
 * The metric projection an area is measured and cut in: the UTM zone of its centroid,
 * EPSG:326zz north of the equator and EPSG:327zz south of it (Shanghai: zone 51N, EPSG:32651;
 * New York: 18N, EPSG:32618; Sydney: 56S, EPSG:32756). Inside its zone a city's scale error stays
 * under 0.1 %, so squares of √target metres come out square and of the target area on the ground;
 * measured in a zone far away they would be neither.
 *
 * The regular 6° zones are used everywhere, without the Norway and Svalbard exceptions: those
 * widen zones for map sheets, and the regular zone is the one whose central meridian is nearer.
 *
 * Returns a one-row subquery over `boundary` (a WGS84 geometry expression of the enclosing
 * statement) with the column `srid`, to join laterally: `CROSS JOIN LATERAL ${…} AS metric`.
 */
export function metricSridOf(boundary: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT CASE WHEN ST_Y(centre) < 0 THEN 32700 ELSE 32600 END
           + LEAST(floor((ST_X(centre) + 180) / 6)::int + 1, 60) AS srid
    FROM ST_Centroid(${boundary}) AS c(centre)
  )`;
}
