import { defaultAuthSettings, hashSessionToken, sessionRefreshIntervalSeconds } from '@gridloop/api';
import { type Prisma, viewerSessionSql } from '@gridloop/prisma';

/**
 * The session lookup the API runs for every signed-in request, built by the same function the API
 * uses, for the bench officer's token. `now` is fixed for the whole pgbench run, so as in the API the
 * sliding refresh writes at most once, not per transaction.
 */
export function sessionLookupOf(token: string, now: Date): Prisma.Sql {
  return viewerSessionSql({
    tokenHash: hashSessionToken(token),
    now,
    idleSeconds: Math.round(defaultAuthSettings.sessionTtlHours * 3600),
    maxSeconds: Math.round(defaultAuthSettings.sessionMaxHours * 3600),
    refreshIntervalSeconds: sessionRefreshIntervalSeconds,
  });
}
