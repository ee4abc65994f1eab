import type { LngLat } from '@gridloop/geo';
import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

/** A grid or area as a located point reports it. */
export interface LocatedPlace {
  code: string;
  /** Null only for unit grids imported without a name. */
  name: string | null;
  isDerived: boolean;
}

/** Everything a point belongs to, from the unit grid up to the district. */
export interface GridLocationRow {
  unitGrid: LocatedPlace;
  /** The beat (责任网格) the unit grid belongs to, when one is assigned and current. */
  responsibilityGrid: LocatedPlace | null;
  community: LocatedPlace;
  street: LocatedPlace | null;
  district: LocatedPlace | null;
}

/**
 * The current unit grid containing a WGS84 point, joined to its responsibility grid, community,
 * street and district: one statement, one row.
 *
 * ST_Intersects counts the boundary, so a point on the edge two grids share (or the corner four
 * share) matches all of them; `ORDER BY code LIMIT 1` then picks the lowest code, every time.
 * Codes run west→east, north→south inside a community, so on a shared edge the western (or
 * northern) grid wins. The point is compared in EPSG:4326, the datum the grids are stored in.
 */
export function gridAtSql([lng, lat]: LngLat): Prisma.Sql {
  return Prisma.sql`
    SELECT g.code AS "gridCode", g.name AS "gridName", g.is_derived AS "gridIsDerived",
      r.code AS "beatCode", r.name AS "beatName", r.is_derived AS "beatIsDerived",
      c.code AS "communityCode", c.name AS "communityName", c.is_derived AS "communityIsDerived",
      s.code AS "streetCode", s.name AS "streetName", s.is_derived AS "streetIsDerived",
      d.code AS "districtCode", d.name AS "districtName", d.is_derived AS "districtIsDerived"
    FROM unit_grid g
    JOIN area c ON c.id = g.community_id
    LEFT JOIN area s ON s.id = c.parent_id
    LEFT JOIN area d ON d.id = s.parent_id
    LEFT JOIN responsibility_grid r ON r.id = g.responsibility_grid_id AND r.retired_at IS NULL
    WHERE g.retired_at IS NULL
      AND ST_Intersects(g.geom, ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326))
    ORDER BY g.code
    LIMIT 1`;
}

type Row = Record<`${'grid' | 'beat' | 'community' | 'street' | 'district'}${'Code' | 'Name' | 'IsDerived'}`, unknown>;

/**
 * The grid location of a point, or null when no current unit grid contains it. The hottest read:
 * it runs on the client's pool directly (directQuery), not through Prisma's query engine.
 */
export async function selectGridAt(prisma: PrismaClient, lngLat: LngLat): Promise<GridLocationRow | null> {
  const [row] = await directQuery<Row>(prisma, gridAtSql(lngLat));
  if (!row) return null;
  const community = placeOf(row, 'community');
  const unitGrid = placeOf(row, 'grid');
  if (!community || !unitGrid) throw new Error('grid location row lacks its unit grid or community');
  return {
    unitGrid,
    responsibilityGrid: placeOf(row, 'beat'),
    community,
    street: placeOf(row, 'street'),
    district: placeOf(row, 'district'),
  };
}

function placeOf(row: Row, prefix: 'grid' | 'beat' | 'community' | 'street' | 'district'): LocatedPlace | null {
  const code = row[`${prefix}Code`];
  if (typeof code !== 'string') return null;
  const name = row[`${prefix}Name`];
  return { code, name: typeof name === 'string' ? name : null, isDerived: row[`${prefix}IsDerived`] === true };
}
