import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { JobDependencies } from '../jobs/job-dependencies.js';
import type { OutboundNotification } from './outbound-channel.js';

const payloadSchema = z.object({ channel: z.string(), notificationIds: z.array(z.string().regex(/^\d+$/)).min(1) });

/**
 * The `notify-outbound` task: hands one batch of new notifications to one channel. A failure
 * throws, so graphile-worker retries the job with its exponential backoff up to max_attempts.
 * A channel no longer configured drops its jobs (logged) rather than retrying forever.
 */
export function notifyOutboundTask({ logger, outboundChannels }: JobDependencies): Task {
  return async (rawPayload, helpers) => {
    const payload = payloadSchema.parse(rawPayload);
    const channel = outboundChannels.find((candidate) => candidate.name === payload.channel);
    if (!channel) {
      logger.warn({ channel: payload.channel }, 'outbound channel not configured; notifications not sent');
      return;
    }
    const { rows } = await helpers.withPgClient((client) =>
      client.query<OutboundNotification>(
        `SELECT n.id::text AS id, n.user_id AS "userId", u.username, n.kind, n.case_id AS "caseId",
                c.code AS "caseCode", a.step, a.light, to_json(a.deadline_at)#>>'{}' AS "deadlineAt",
                n.title_zh AS "titleZh", n.title_en AS "titleEn", to_json(n.created_at)#>>'{}' AS "createdAt"
         FROM notification n
         JOIN app_user u ON u.id = n.user_id
         LEFT JOIN case_record c ON c.id = n.case_id
         LEFT JOIN step_alert a ON a.id = n.step_alert_id
         WHERE n.id = ANY ($1::bigint[])
         ORDER BY n.id`,
        [payload.notificationIds],
      ),
    );
    if (rows.length > 0) await channel.deliver(rows);
  };
}
