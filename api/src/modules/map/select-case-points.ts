import type { CaseStatus, CaseVisibility, PrismaClient } from '@gridloop/prisma';
import { visibleCaseCondition } from '@gridloop/prisma';
import { Prisma } from '@gridloop/prisma/client';
import type { DeadlineLight } from '../cases/deadline-light.js';
import type { CasePointsBox } from './parse-case-points-request.js';

/** One answered row: a grid cell's cases (count ≥ 2) or a single case (count = 1). */
export interface CasePointRow {
  count: number;
  /** The mean position for a cell, the case's own position for a single case (WGS84). */
  lng: number;
  lat: number;
  west: number;
  south: number;
  east: number;
  north: number;
  green: number;
  yellow: number;
  red: number;
  /** For a single case: its id, code, status and light (null when no step clock runs). */
  id: number;
  code: string;
  status: CaseStatus;
  light: DeadlineLight | null;
  /** All matching cases in the box, also when the rows were cut at the cap. */
  total: number;
}

export interface CasePointsQuery {
  box: CasePointsBox;
  visibility: CaseVisibility;
  statuses: readonly CaseStatus[];
  light: DeadlineLight | null;
  now: Date;
  /** Cells per world side (2^zoom × 256 / cell pixels), or null for one row per case. */
  cellsPerWorld: number | null;
  /** Rows to return at most; one more is read to know whether the answer was cut. */
  limit: number;
}

/**
 * The visible cases in a box grouped into square cells of the Web Mercator plane, in one
 * statement; `cellsPerWorld` null answers one row per case instead. The light is computed as
 * `deadlineLight` does (red after the deadline, green before the warning, yellow between).
 */
export function selectCasePoints(prisma: PrismaClient, query: CasePointsQuery): Promise<CasePointRow[]> {
  return query.cellsPerWorld === null
    ? selectSingleCases(prisma, query)
    : selectCells(prisma, query, query.cellsPerWorld);
}

/**
 * Cells come from the stored lng / lat with the Mercator formula rather than ST_Transform (the
 * same cells without a projection per row), packed into one bigint key (x · 2^24 + y; below the
 * point zoom a side has at most 2^18 cells) so PostgreSQL hashes the groups. Code and status are looked up by id for single cases only: text aggregates over every
 * row cost more than the rest of the statement. Largest cells first, so a cut answer keeps where
 * most cases are. 10^5 cases in the box: about 0.3 s on a loaded two-core machine.
 */
function selectCells(prisma: PrismaClient, query: CasePointsQuery, cellsPerWorld: number): Promise<CasePointRow[]> {
  const { light, limit } = query;
  return prisma.$queryRaw<CasePointRow[]>`
    WITH lit AS (
      SELECT c.id, c.lng, c.lat, ${stepLightOf(query.now)} AS light
      FROM case_record c
      WHERE ${isMatchingCase(query)}
    ), cells AS (
      SELECT count(*)::int AS count, avg(lng)::float8 AS lng, avg(lat)::float8 AS lat,
        min(lng)::float8 AS west, min(lat)::float8 AS south, max(lng)::float8 AS east, max(lat)::float8 AS north,
        (count(*) FILTER (WHERE light = 'GREEN'))::int AS green,
        (count(*) FILTER (WHERE light = 'YELLOW'))::int AS yellow,
        (count(*) FILTER (WHERE light = 'RED'))::int AS red,
        min(id) AS id, min(light) AS light, (sum(count(*)) OVER ())::int AS total
      FROM lit
      WHERE ${light}::text IS NULL OR light = ${light}::text
      GROUP BY floor((lng + 180) / 360 * ${cellsPerWorld}::float8)::bigint * 16777216
        + floor((1 - ln(tan(radians(lat)) + 1 / cos(radians(lat))) / pi()) / 2 * ${cellsPerWorld}::float8)::bigint
      ORDER BY count(*) DESC, min(id)
      LIMIT ${limit + 1}
    )
    SELECT cells.*,
      CASE WHEN cells.count = 1 THEN (SELECT c.code FROM case_record c WHERE c.id = cells.id) END AS code,
      CASE WHEN cells.count = 1 THEN (SELECT c.status::text FROM case_record c WHERE c.id = cells.id) END AS status
    FROM cells
    ORDER BY cells.count DESC, cells.id`;
}

/** One row per case (street zoom), oldest first, with the count of all matching as `total`. */
function selectSingleCases(prisma: PrismaClient, query: CasePointsQuery): Promise<CasePointRow[]> {
  const { light, limit } = query;
  return prisma.$queryRaw<CasePointRow[]>`
    WITH lit AS (
      SELECT c.id, c.code, c.status::text AS status, c.lng, c.lat, ${stepLightOf(query.now)} AS light
      FROM case_record c
      WHERE ${isMatchingCase(query)}
    )
    SELECT 1 AS count, id, code, status, light, lng, lat, lng AS west, lat AS south, lng AS east, lat AS north,
      coalesce(light = 'GREEN', false)::int AS green, coalesce(light = 'YELLOW', false)::int AS yellow,
      coalesce(light = 'RED', false)::int AS red,
      (count(*) OVER ())::int AS total
    FROM lit
    WHERE ${light}::text IS NULL OR light = ${light}::text
    ORDER BY id
    LIMIT ${limit + 1}`;
}

/** The cases the map may show: in the box, in one of the statuses, visible to the viewer. */
function isMatchingCase({ box, statuses, visibility }: CasePointsQuery): Prisma.Sql {
  return Prisma.sql`c.point && ST_MakeEnvelope(${box.west}, ${box.south}, ${box.east}, ${box.north}, 4326)
    AND c.status::text = ANY(${statuses}::text[])
    AND ${visibleCaseCondition(visibility)}`;
}

/** A case's light at `now`, as `deadlineLight` gives it: null when no step clock runs. */
function stepLightOf(now: Date): Prisma.Sql {
  return Prisma.sql`CASE WHEN c.step_deadline_at IS NULL THEN NULL
    WHEN c.step_deadline_at < ${now} THEN 'RED'
    WHEN c.step_warn_at IS NOT NULL AND ${now} < c.step_warn_at THEN 'GREEN'
    ELSE 'YELLOW' END`;
}
