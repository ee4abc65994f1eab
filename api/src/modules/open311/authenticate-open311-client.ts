import type { AreaLevel, PrismaClient } from '@gridloop/prisma';
import type { Clock } from '../../clock.js';
import { gridCodePrefixOf } from '../cases/case-visibility.js';
import { hashOpen311ApiKey } from './open311-api-key.js';
import { Open311Error } from './open311-error.js';

/** The client system behind a valid api_key, as the POST route needs it. */
export interface Open311Client {
  id: number;
  name: string;
  /** Grid codes its reports may lie in (its area's prefix). */
  gridCodePrefix: string;
}

interface Row {
  id: number;
  name: string;
  rate_limit_per_minute: number;
  window_count: number;
  area_code: string;
  area_level: AreaLevel;
}

const windowMs = 60_000;

/**
 * The client owning `apiKey`, counted against its rate limit in the same statement: a fixed window
 * per clock minute kept on the client's row (so every API instance shares it), reset by the first
 * request of a new minute. 403 for a missing, unknown or revoked key; 429 with Retry-After once the
 * minute's allowance is used (the refused request counts too, so hammering does not help).
 */
export async function authenticateOpen311Client(
  deps: { prisma: PrismaClient; clock: Clock },
  apiKey: string | null,
): Promise<Open311Client> {
  if (apiKey === null || apiKey.trim() === '') {
    throw new Open311Error(403, 'api_key is missing: POST requests need the key issued to your system.');
  }
  const keyHash = hashOpen311ApiKey(apiKey);
  const now = deps.clock.now().getTime();
  const windowStart = new Date(now - (now % windowMs));
  const [row] = await deps.prisma.$queryRaw<Row[]>`
    UPDATE open311_client c SET
      window_count = CASE WHEN c.window_started_at = ${windowStart}::timestamptz THEN c.window_count + 1 ELSE 1 END,
      window_started_at = ${windowStart}::timestamptz
    FROM area a
    WHERE c.key_hash = ${keyHash} AND c.revoked_at IS NULL AND a.id = c.area_id
    RETURNING c.id, c.name, c.rate_limit_per_minute, c.window_count, a.code AS area_code, a.level::text AS area_level`;
  if (!row) throw await refusalOf(deps.prisma, keyHash);
  if (row.window_count > row.rate_limit_per_minute) {
    const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now) / 1000);
    throw new Open311Error(
      429,
      `Rate limit exceeded: this api_key may POST ${row.rate_limit_per_minute} requests a minute; retry in ${retryAfterSeconds} s.`,
      retryAfterSeconds,
    );
  }
  return { id: row.id, name: row.name, gridCodePrefix: gridCodePrefixOf(row.area_code, row.area_level) };
}

/** Why no client matched: revoked (say so, the owner can ask for a new key) or simply unknown. */
async function refusalOf(prisma: PrismaClient, keyHash: string): Promise<Open311Error> {
  const revoked = await prisma.open311Client.findUnique({ where: { keyHash }, select: { revokedAt: true } });
  return revoked
    ? new Open311Error(403, 'api_key has been revoked: ask the administrator for a new one.')
    : new Open311Error(403, 'api_key is invalid: no client system holds this key.');
}
