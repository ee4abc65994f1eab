import type { CaseAction, CaseStatus, CaseStep } from '@gridloop/prisma';
import type { WithPgClient } from 'graphile-worker';
import type { WebhookSource } from './open311-webhook-payload.js';
import { deliverOpen311WebhookTask, open311WebhookMaxAttempts } from './queue-open311-webhooks.js';

/** A delivery with what its call needs, read on the worker's own connection. */
export interface PendingWebhook extends WebhookSource {
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  /** The client's webhook now (null when an admin turned it off) and whether its key still works. */
  webhookUrl: string | null;
  webhookSecret: string | null;
  isRevoked: boolean;
  /** An earlier change of the same request is still pending for the same client. */
  waitsForEarlier: boolean;
}

type Row = Omit<PendingWebhook, 'occurredAt' | 'stepDeadlineAt'> & {
  occurredAt: string;
  stepDeadlineAt: string | null;
};

/** One statement: the delivery, its event, its case, both departments' names and the client. */
export async function selectPendingWebhook(withPgClient: WithPgClient, deliveryId: string) {
  const { rows } = await withPgClient((client) =>
    client.query<Row>(
      `SELECT d.status::text AS status, d.event_id::text AS "eventId", e.action::text AS action,
              e.to_status::text AS "toStatus", e.note, to_json(e.occurred_at)#>>'{}' AS "occurredAt",
              ed.name AS "eventDepartment", c.code, c.external_ref AS "externalRef",
              c.status::text AS "caseStatus", c.step::text AS "caseStep", cd.name AS "caseDepartment",
              to_json(c.step_deadline_at)#>>'{}' AS "stepDeadlineAt",
              k.webhook_url AS "webhookUrl", k.webhook_secret AS "webhookSecret", k.revoked_at IS NOT NULL AS "isRevoked",
              EXISTS (SELECT 1 FROM webhook_delivery p
                      WHERE p.client_id = d.client_id AND p.case_id = d.case_id AND p.event_id < d.event_id
                        AND p.status = 'PENDING') AS "waitsForEarlier"
       FROM webhook_delivery d
       JOIN case_event e ON e.id = d.event_id
       JOIN case_record c ON c.id = d.case_id
       JOIN open311_client k ON k.id = d.client_id
       LEFT JOIN department ed ON ed.id = e.department_id
       LEFT JOIN department cd ON cd.id = c.department_id
       WHERE d.id = $1::bigint`,
      [deliveryId],
    ),
  );
  const [row] = rows;
  if (!row) return null;
  return {
    ...row,
    action: row.action as CaseAction,
    toStatus: row.toStatus as CaseStatus,
    caseStatus: row.caseStatus as CaseStatus,
    caseStep: row.caseStep as CaseStep | null,
    occurredAt: new Date(row.occurredAt),
    stepDeadlineAt: row.stepDeadlineAt === null ? null : new Date(row.stepDeadlineAt),
  } satisfies PendingWebhook;
}

/** A failed attempt that will be retried: counted and explained, committed before the job throws. */
export async function recordWebhookFailure(withPgClient: WithPgClient, deliveryId: string, error: string) {
  await withPgClient((client) =>
    client.query(
      `UPDATE webhook_delivery SET attempts = attempts + 1, last_error = $2
       WHERE id = $1::bigint AND status = 'PENDING'`,
      [deliveryId, error],
    ),
  );
}

/**
 * Settles a pending delivery (DELIVERED, or FAILED after its last attempt or when the client's
 * webhook is gone) and, in the same transaction, queues the next pending change of the same request
 * for the same client, whose job stepped aside while this one was pending. `attempted` counts this
 * attempt when a call was made.
 */
export async function settleWebhook(
  withPgClient: WithPgClient,
  deliveryId: string,
  outcome: { status: 'DELIVERED' | 'FAILED'; error: string | null; attempted: boolean },
) {
  await withPgClient(async (client) => {
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ client_id: number; case_id: number; event_id: string }>(
        `UPDATE webhook_delivery
         SET status = $2::"WebhookDeliveryStatus", attempts = attempts + $3::int, last_error = $4,
             delivered_at = CASE WHEN $2 = 'DELIVERED' THEN now() END
         WHERE id = $1::bigint AND status = 'PENDING'
         RETURNING client_id, case_id, event_id::text`,
        [deliveryId, outcome.status, outcome.attempted ? 1 : 0, outcome.error],
      );
      const [settled] = rows;
      if (settled) {
        await client.query(
          `SELECT graphile_worker.add_job($1, json_build_object('deliveryId', n.id::text),
             queue_name => 'open311-webhook:' || n.client_id, max_attempts => $2::int, job_key => 'webhook:' || n.id)
           FROM (SELECT id, client_id FROM webhook_delivery
                 WHERE client_id = $3 AND case_id = $4 AND status = 'PENDING' AND event_id > $5::bigint
                 ORDER BY event_id LIMIT 1) n`,
          [deliverOpen311WebhookTask, open311WebhookMaxAttempts, settled.client_id, settled.case_id, settled.event_id],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}
