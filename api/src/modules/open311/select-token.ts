import type { PrismaClient } from '@gridloop/prisma';
import { listOf, type Open311Document } from './open311-document.js';
import { Open311Error } from './open311-error.js';
import { clientKeyPattern } from './submit-service-request.js';

/**
 * GET tokens/{token}: the request a client's Idempotency-Key created. Every gridloop service is
 * realtime (POST answers the service_request_id at once), so the token is what a client that lost
 * that answer still holds. The key is stored as `<client id>:<token>`; the lookup tries it for every
 * client on the unique idempotency index. Two clients may have used one token: both requests are
 * listed. 404 when none (or none in the jurisdiction).
 */
export async function tokenDocument(
  prisma: PrismaClient,
  token: string,
  gridCodePrefix: string,
): Promise<Open311Document> {
  const rows = clientKeyPattern.test(token)
    ? await prisma.$queryRaw<{ code: string }[]>`
        SELECT c.code FROM case_record c
        WHERE c.source = 'OPEN311' AND COALESCE(c.reporter_id, 0) = 0
          AND c.idempotency_key IN (SELECT k.id || ':' || ${token} FROM open311_client k)
          AND c.grid_code LIKE ${`${gridCodePrefix}%`}
        ORDER BY c.id`
    : [];
  if (!rows.length) throw new Open311Error(404, `token ${token} was not found.`);
  return {
    root: 'service_requests',
    body: listOf(
      'request',
      rows.map((row) => ({ service_request_id: row.code, token })),
    ),
  };
}
