import type { PrismaClient } from '@gridloop/prisma';
import type { AdminActor } from '../admin/admin-actor.js';
import { badRequest, notFound } from '../admin/admin-input.js';
import { recordAdminChange } from '../admin/record-admin-change.js';
import { createOpen311WebhookSecret } from './sign-open311-webhook.js';

export interface Open311WebhookChange {
  id: number;
  /** Where status changes go; null or blank turns the webhook off (and forgets its secret); undefined keeps it. */
  url: string | null | undefined;
  /** Issue a new signing secret even though the client has one (the old one stops working). */
  rotateSecret: boolean;
}

const maxUrlLength = 2000;

/**
 * Sets, changes or removes the webhook of an Open311 client (ADMIN, audited in the same
 * transaction). A client getting its first URL, or asking for rotation, gets a new secret: returned
 * here and nowhere else (the admin hands it to the receiving system); otherwise `secret` is null and
 * the receiver keeps verifying with the one it has. The audit event never holds a secret.
 * Errors: NOT_FOUND, BAD_REQUEST for a URL that is not http(s), carries credentials or is too long,
 * and for a webhook on a revoked client.
 */
export async function setOpen311Webhook(
  prisma: PrismaClient,
  actor: AdminActor,
  change: Open311WebhookChange,
): Promise<{ id: number; secret: string | null }> {
  const given = change.url === undefined ? undefined : webhookUrlOf(change.url);
  return prisma.$transaction(async (tx) => {
    const client = await tx.open311Client.findUnique({
      where: { id: change.id },
      select: { webhookUrl: true, webhookSecret: true, revokedAt: true },
    });
    if (!client) notFound('Open311 client', 'id', change.id);
    const url = given === undefined ? client.webhookUrl : given;
    if (url !== null && client.revokedAt) badRequest('id', 'This client’s key is revoked: it gets no webhook.');
    const issuesSecret = url !== null && (client.webhookSecret === null || change.rotateSecret);
    const secret = issuesSecret ? createOpen311WebhookSecret() : null;
    await tx.open311Client.update({
      where: { id: change.id },
      data: { webhookUrl: url, webhookSecret: url === null ? null : (secret ?? client.webhookSecret) },
    });
    await recordAdminChange(tx, actor, {
      action: 'SET_OPEN311_CLIENT_WEBHOOK',
      entityType: 'open311_client',
      entityId: change.id,
      details: { before: { webhookUrl: client.webhookUrl }, after: { webhookUrl: url }, secretIssued: issuesSecret },
    });
    return { id: change.id, secret };
  });
}

/** An absolute http(s) URL without user:password (the audit log and admin screens show it). */
function webhookUrlOf(value: string | null): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (text.length > maxUrlLength) badRequest('url', `url must be at most ${maxUrlLength} characters.`);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    badRequest('url', `url must be an absolute http(s) URL, got ${JSON.stringify(text)}.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    badRequest('url', `url must use https (or http), not ${parsed.protocol.replace(':', '')}.`);
  }
  if (parsed.username || parsed.password) {
    badRequest('url', 'url must not carry a user name or password; the signature authenticates the calls.');
  }
  return parsed.toString();
}
