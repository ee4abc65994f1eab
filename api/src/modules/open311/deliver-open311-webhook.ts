import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { open311WebhookPayloadOf } from './open311-webhook-payload.js';
import { postOpen311Webhook } from './post-open311-webhook.js';
import { recordWebhookFailure, selectPendingWebhook, settleWebhook } from './webhook-delivery-sql.js';

const payloadSchema = z.object({ deliveryId: z.string().regex(/^\d+$/) });

/** A receiver must answer within this; a slow one holds up its client's queue, not others'. */
const webhookTimeoutMs = 10_000;

/**
 * The `deliver-open311-webhook` task: POSTs one status change of a request to the webhook of the
 * client that submitted it, signed with the client's secret (docs/12345-bridge.md).
 *
 * - 2xx: the delivery is DELIVERED.
 * - Anything else: the attempt is counted with its error, and the job throws, so graphile-worker
 *   retries it with its exponential backoff; the last attempt marks it FAILED instead of throwing.
 * - Changes of one request arrive in order: while an earlier one is still pending (waiting for a
 *   retry), this job steps aside, and the earlier one's job queues it again when it settles.
 * - A delivery already settled (a job run twice) does nothing; a client whose webhook was removed
 *   or whose key was revoked gets nothing more (FAILED, with the reason).
 */
export const deliverOpen311Webhook: Task = async (rawPayload, helpers) => {
  const { deliveryId } = payloadSchema.parse(rawPayload);
  const delivery = await selectPendingWebhook(helpers.withPgClient, deliveryId);
  if (delivery?.status !== 'PENDING' || delivery.waitsForEarlier) return;
  if (!delivery.webhookUrl || !delivery.webhookSecret || delivery.isRevoked) {
    const error = delivery.isRevoked ? 'the client’s key was revoked' : 'the client’s webhook was turned off';
    await settleWebhook(helpers.withPgClient, deliveryId, { status: 'FAILED', error, attempted: false });
    return;
  }
  const { error } = await postOpen311Webhook({
    url: delivery.webhookUrl,
    secret: delivery.webhookSecret,
    deliveryId,
    payload: open311WebhookPayloadOf(delivery),
    now: new Date(),
    timeoutMs: webhookTimeoutMs,
  });
  if (error === null) {
    await settleWebhook(helpers.withPgClient, deliveryId, { status: 'DELIVERED', error: null, attempted: true });
    return;
  }
  if (helpers.job.attempts >= helpers.job.max_attempts) {
    await settleWebhook(helpers.withPgClient, deliveryId, { status: 'FAILED', error, attempted: true });
    helpers.logger.warn(`open311 webhook delivery ${deliveryId} failed for good: ${error}`);
    return;
  }
  await recordWebhookFailure(helpers.withPgClient, deliveryId, error);
  throw new Error(`open311 webhook delivery ${deliveryId} failed (attempt ${helpers.job.attempts}): ${error}`);
};
