import { type ConsumeResult, consumeCaseEvents, type PrismaClient } from '@gridloop/prisma';
import { Prisma } from '@gridloop/prisma/client';
import { isOpen311WebhookEvent } from './open311-webhook-events.js';

/** The event-log consumer's name (its position row in event_consumer). */
export const open311WebhookConsumer = 'open311-webhooks';

/** The graphile-worker task that sends one delivery (see deliverOpen311Webhook). */
export const deliverOpen311WebhookTask = 'deliver-open311-webhook';

/**
 * Tries per delivery. graphile-worker waits exp(min(attempt, 10)) seconds after a failed attempt
 * (3 s, 7 s, 20 s, 55 s, 2.5 min, 7 min, 18 min, 50 min, 2.25 h, then 6.1 h twice): about 16 hours
 * in all before the delivery is marked FAILED.
 */
export const open311WebhookMaxAttempts = 12;

/**
 * Reads the case events committed since the last run (exactly once, see consumeCaseEvents) and, for
 * each one a client is told about (isOpen311WebhookEvent) on a case its Open311 client submitted
 * while that client has a webhook and a working key, records a webhook_delivery and enqueues its
 * job, in the transaction that advances the consumer: a crash loses nothing and a rerun adds nothing
 * (the (client, event) key). Jobs of one client share a queue, so a receiver sees one call at a
 * time; the task keeps each case's changes in order. Needs graphile-worker's schema (the worker
 * installs it on start). Run it every few seconds; call again at once while `more` is true.
 */
export function queueOpen311Webhooks(prisma: PrismaClient, options: { limit?: number } = {}): Promise<ConsumeResult> {
  return consumeCaseEvents(
    prisma,
    open311WebhookConsumer,
    async (events, query) => {
      const eventIds = events.filter(isOpen311WebhookEvent).map((event) => event.id);
      if (eventIds.length === 0) return;
      await query(Prisma.sql`
        WITH wanted AS (
          SELECT c.open311_client_id AS client_id, e.case_id, e.id AS event_id
          FROM case_event e
          JOIN case_record c ON c.id = e.case_id
          JOIN open311_client k ON k.id = c.open311_client_id
          WHERE e.id = ANY (${eventIds}::bigint[]) AND k.webhook_url IS NOT NULL AND k.revoked_at IS NULL
        ), queued AS (
          INSERT INTO webhook_delivery (client_id, case_id, event_id, created_at)
          SELECT client_id, case_id, event_id, now() FROM wanted ORDER BY event_id
          ON CONFLICT (client_id, event_id) DO NOTHING
          RETURNING id, client_id, event_id
        )
        SELECT (graphile_worker.add_job(${deliverOpen311WebhookTask}, json_build_object('deliveryId', id::text),
          queue_name => 'open311-webhook:' || client_id, max_attempts => ${open311WebhookMaxAttempts}::int,
          job_key => 'webhook:' || id)).id::text AS job_id
        FROM queued ORDER BY event_id`);
    },
    options,
  );
}
