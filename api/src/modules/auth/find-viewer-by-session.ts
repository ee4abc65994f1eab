import type { AreaLevel, PrismaClient, Role } from '@gridloop/prisma';
import type { AuthSettings } from './auth-settings.js';
import { hashSessionToken } from './session-token.js';
import type { Viewer } from './viewer.js';

/**
 * A session's expiry slides with use, but writing on every request would turn each read into a
 * write; one refresh a minute keeps the session alive at a negligible cost.
 */
export const sessionRefreshIntervalSeconds = 60;

interface ViewerRow {
  session_id: number;
  user_id: number;
  username: string;
  display_name: string;
  roles: string[];
  area_id: number;
  area_code: string;
  area_level: AreaLevel;
  department_id: number | null;
  beat_code: string | null;
}

export interface FindViewerOptions {
  token: string;
  now: Date;
  settings: Pick<AuthSettings, 'sessionTtlHours' | 'sessionMaxHours'>;
}

/**
 * The viewer behind a session token, or null when the token is unknown, revoked or expired, or its
 * user is inactive. One SQL statement: the lookup (session ⋈ user ⋈ area) and, when the session was
 * last seen over a minute ago, the sliding refresh of last_seen_at and expires_at (a data-modifying
 * CTE, which PostgreSQL runs even though the outer query does not read it).
 */
export async function findViewerBySessionToken(
  prisma: PrismaClient,
  { token, now, settings }: FindViewerOptions,
): Promise<Viewer | null> {
  const idleSeconds = Math.round(settings.sessionTtlHours * 3600);
  const maxSeconds = Math.round(settings.sessionMaxHours * 3600);
  const rows = await prisma.$queryRaw<ViewerRow[]>`
    WITH found AS (
      SELECT s.id AS session_id, s.created_at, s.last_seen_at,
             u.id AS user_id, u.username, u.display_name, u.roles::text[] AS roles,
             a.id AS area_id, a.code AS area_code, a.level::text AS area_level,
             u.department_id, u.beat_code
      FROM session s
      JOIN app_user u ON u.id = s.user_id
      JOIN area a ON a.id = u.area_id
      WHERE s.token_hash = ${hashSessionToken(token)}
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
        AND found.last_seen_at <= ${now}::timestamptz - make_interval(secs => ${sessionRefreshIntervalSeconds}::int)
      RETURNING session.id
    )
    SELECT session_id, user_id, username, display_name, roles, area_id, area_code, area_level, department_id, beat_code
    FROM found`;
  const [row] = rows;
  return row ? toViewer(row) : null;
}

function toViewer(row: ViewerRow): Viewer {
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles as Role[],
    areaId: row.area_id,
    areaCode: row.area_code,
    areaLevel: row.area_level,
    departmentId: row.department_id,
    beatCode: row.beat_code,
    sessionId: row.session_id,
  };
}
