import { type PrismaClient, selectViewerSession, type ViewerSessionRow } from '@gridloop/prisma';
import type { AuthSettings } from './auth-settings.js';
import { hashSessionToken } from './session-token.js';
import type { Viewer } from './viewer.js';

/**
 * A session's expiry slides with use, but writing on every request would turn each read into a
 * write; one refresh a minute keeps the session alive at a negligible cost.
 */
export const sessionRefreshIntervalSeconds = 60;

export interface FindViewerOptions {
  token: string;
  now: Date;
  settings: Pick<AuthSettings, 'sessionTtlHours' | 'sessionMaxHours'>;
}

/**
 * The viewer behind a session token, or null when the token is unknown, revoked or expired, or its
 * user is inactive. One SQL statement (see viewerSessionSql), which also slides the session's expiry
 * at most once a minute.
 */
export async function findViewerBySessionToken(
  prisma: PrismaClient,
  { token, now, settings }: FindViewerOptions,
): Promise<Viewer | null> {
  const row = await selectViewerSession(prisma, {
    tokenHash: hashSessionToken(token),
    now,
    idleSeconds: Math.round(settings.sessionTtlHours * 3600),
    maxSeconds: Math.round(settings.sessionMaxHours * 3600),
    refreshIntervalSeconds: sessionRefreshIntervalSeconds,
  });
  return row ? toViewer(row) : null;
}

function toViewer(row: ViewerSessionRow): Viewer {
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles,
    areaId: row.area_id,
    areaCode: row.area_code,
    areaLevel: row.area_level,
    departmentId: row.department_id,
    beatCode: row.beat_code,
    sessionId: row.session_id,
  };
}
