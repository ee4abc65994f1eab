import type { PrismaClient } from '@gridloop/prisma';
import type { AdminActor } from '../admin/admin-actor.js';
import { badRequest, notFound, requiredText } from '../admin/admin-input.js';
import { recordAdminChange } from '../admin/record-admin-change.js';
import { requireAreaByCode } from '../admin/require-area-by-code.js';
import { createOpen311ApiKey } from './open311-api-key.js';

export interface NewOpen311Client {
  name: string;
  /** The area its requests must lie in: the city, a district, a street or a community. */
  areaCode: string;
  rateLimitPerMinute: number;
}

/** Highest per-minute allowance an admin may grant (the database checks it too). */
export const maxOpen311RateLimit = 100_000;

/**
 * Registers a client system and issues its API key (ADMIN, audited in the same transaction). The
 * key is returned here and nowhere else: only its hash is stored, and the audit event never holds it.
 */
export async function createOpen311Client(
  prisma: PrismaClient,
  actor: AdminActor,
  input: NewOpen311Client,
): Promise<{ id: number; apiKey: string }> {
  const name = requiredText(input.name, 'name', 100);
  const rate = input.rateLimitPerMinute;
  if (!Number.isInteger(rate) || rate < 1 || rate > maxOpen311RateLimit) {
    badRequest('rateLimitPerMinute', `rateLimitPerMinute must be a whole number from 1 to ${maxOpen311RateLimit}.`);
  }
  const { apiKey, keyHash } = createOpen311ApiKey();
  const id = await prisma.$transaction(async (tx) => {
    const area = await requireAreaByCode(tx, input.areaCode, 'areaCode');
    const created = await tx.open311Client.create({
      data: {
        name,
        keyHash,
        areaId: area.id,
        rateLimitPerMinute: rate,
        createdById: actor.actorId,
        createdAt: actor.now,
      },
      select: { id: true },
    });
    await recordAdminChange(tx, actor, {
      action: 'CREATE_OPEN311_CLIENT',
      entityType: 'open311_client',
      entityId: created.id,
      details: { after: { name, areaCode: area.code, rateLimitPerMinute: rate } },
    });
    return created.id;
  });
  return { id, apiKey };
}

/**
 * Revokes a client's key for good (ADMIN, audited): its next POST gets 403. Revoking twice keeps the
 * first time. The client's cases stay as they are.
 */
export async function revokeOpen311Client(prisma: PrismaClient, actor: AdminActor, id: number): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const client = await tx.open311Client.findUnique({ where: { id }, select: { id: true, revokedAt: true } });
    if (!client) notFound('Open311 client', 'id', id);
    if (client.revokedAt) return client.id;
    await tx.open311Client.update({ where: { id }, data: { revokedAt: actor.now } });
    await recordAdminChange(tx, actor, {
      action: 'REVOKE_OPEN311_CLIENT',
      entityType: 'open311_client',
      entityId: id,
      details: { before: { revoked: false }, after: { revoked: true } },
    });
    return client.id;
  });
}
