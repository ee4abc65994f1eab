import type { PrismaClient } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import type { AuthSettings } from './auth-settings.js';

export type LoginThrottleSettings = Pick<
  AuthSettings,
  'maxFailuresPerAccount' | 'maxFailuresPerIp' | 'failureWindowMinutes'
>;

export interface LoginAttemptKey {
  username: string;
  ipAddress: string;
  now: Date;
}

interface ThrottleRow {
  /** The failure that holds the account locked (the limit-th most recent), if any. */
  account_blocker: Date | null;
  ip_blocker: Date | null;
  attempt_id: bigint | null;
}

/**
 * Admits a sign-in attempt or refuses it with TOO_MANY_ATTEMPTS, before any password is hashed
 * (so an attack costs us one indexed query per try, not a scrypt). Admitted attempts are recorded
 * at once as failed and flipped to succeeded by the sign-in; recording before verifying means
 * parallel guesses count against the limit too, instead of all slipping through while scrypt runs.
 *
 * A lock lifts when the limit-th most recent failure leaves the window, which is also what
 * retry-after reports. A successful sign-in clears the account's count (only the owner can do
 * that), but not the address's: one valid account must not let an attacker spray others.
 */
export async function admitLoginAttempt(
  prisma: PrismaClient,
  { username, ipAddress, now }: LoginAttemptKey,
  settings: LoginThrottleSettings,
): Promise<bigint> {
  const since = new Date(now.getTime() - settings.failureWindowMinutes * 60_000);
  const [row] = await prisma.$queryRaw<ThrottleRow[]>`
    WITH account_reset AS (
      SELECT max(attempted_at) AS at FROM login_attempt
      WHERE username = ${username} AND succeeded AND attempted_at > ${since}::timestamptz
    ), blockers AS (
      SELECT
        (SELECT attempted_at FROM login_attempt
          WHERE username = ${username} AND NOT succeeded
            AND attempted_at > GREATEST(${since}::timestamptz, (SELECT at FROM account_reset))
          ORDER BY attempted_at DESC OFFSET ${settings.maxFailuresPerAccount - 1}::int LIMIT 1) AS account_blocker,
        (SELECT attempted_at FROM login_attempt
          WHERE ip_address = ${ipAddress} AND NOT succeeded AND attempted_at > ${since}::timestamptz
          ORDER BY attempted_at DESC OFFSET ${settings.maxFailuresPerIp - 1}::int LIMIT 1) AS ip_blocker
    ), admitted AS (
      INSERT INTO login_attempt (username, ip_address, succeeded, attempted_at)
      SELECT ${username}, ${ipAddress}, false, ${now}::timestamptz FROM blockers
      WHERE account_blocker IS NULL AND ip_blocker IS NULL
      RETURNING id
    )
    SELECT account_blocker, ip_blocker, (SELECT id FROM admitted) AS attempt_id FROM blockers`;
  if (row?.attempt_id != null) return row.attempt_id;
  const blockers = [row?.account_blocker, row?.ip_blocker].filter((at): at is Date => at instanceof Date);
  const retryAfter = retryAfterSeconds(blockers, now, settings.failureWindowMinutes);
  throw new DomainError('TOO_MANY_ATTEMPTS', `Too many failed sign-ins. Try again in ${describeWait(retryAfter)}.`, {
    retryAfterSeconds: retryAfter,
  });
}

/** Seconds until every blocking failure has left the window (at least 1). */
export function retryAfterSeconds(blockers: readonly Date[], now: Date, windowMinutes: number): number {
  const liftsAt = Math.max(...blockers.map((at) => at.getTime() + windowMinutes * 60_000));
  return Math.max(1, Math.ceil((liftsAt - now.getTime()) / 1000));
}

function describeWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}
