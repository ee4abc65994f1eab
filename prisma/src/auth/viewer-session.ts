import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { AreaLevel, Role } from '../generated/prisma/enums.js';

export interface ViewerSessionQuery {
  /** SHA-256 of the session token (only the hash is stored). */
  tokenHash: string;
  now: Date;
  /** The sliding idle lifetime and the absolute lifetime, in seconds. */
  idleSeconds: number;
  maxSeconds: number;
  /** Refresh last_seen_at / expires_at only when the session was last seen this long ago. */
  refreshIntervalSeconds: number;
}

export interface ViewerSessionRow {
  session_id: number;
  user_id: number;
  username: string;
  display_name: string;
  roles: Role[];
  area_id: number;
  area_code: string;
  area_level: AreaLevel;
  department_id: number | null;
  beat_code: string | null;
}

/**
 * The signed-in user behind a live session, in one statement: the lookup (session ⋈ user ⋈ area)
 * and, when the session was last seen longer ago than the refresh interval, the sliding refresh of
 * last_seen_at and expires_at (a data-modifying CTE, which PostgreSQL runs even though the outer
 * query does not read it).
 */
export function viewerSessionSql(query: ViewerSessionQuery): Prisma.Sql {
  const { tokenHash, now, idleSeconds, maxSeconds, refreshIntervalSeconds } = query;
  return Prisma.sql`
    WITH found AS (
      SELECT s.id AS session_id, s.created_at, s.last_seen_at,
             u.id AS user_id, u.username, u.display_name, u.roles::text[] AS roles,
             a.id AS area_id, a.code AS area_code, a.level::text AS area_level,
             u.department_id, u.beat_code
      FROM session s
      JOIN app_user u ON u.id = s.user_id
      JOIN area a ON a.id = u.area_id
      WHERE s.token_hash = ${tokenHash}
        AND s.revoked_at IS NULL
        AND s.expires_at > ${now}::timestamptz
        AND u.is_active
    ), refreshed AS (
      UPDATE session
      SET last_seen_at = ${now}::timestamptz,
          expires_at = LEAST(${now}::timestamptz + make_interval(secs => ${idleSeconds}::int),
                             found.created_at + make_interval(secs => ${maxSeconds}::int))
      FROM found
      WHERE session.id = found.session_id
        AND found.last_seen_at <= ${now}::timestamptz - make_interval(secs => ${refreshIntervalSeconds}::int)
      RETURNING session.id
    )
    SELECT session_id, user_id, username, display_name, roles, area_id, area_code, area_level, department_id, beat_code
    FROM found`;
}

/**
 * Runs viewerSessionSql on the client's pool as a prepared statement (directQuery): every
 * authenticated request pays for it, so it skips Prisma's query engine like the other hot reads.
 */
export async function selectViewerSession(
  prisma: PrismaClient,
  query: ViewerSessionQuery,
): Promise<ViewerSessionRow | null> {
  const [row] = await directQuery<ViewerSessionRow>(prisma, viewerSessionSql(query));
  return row ?? null;
}
