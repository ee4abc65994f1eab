import type { CaseStep } from '@gridloop/prisma';
import type { WithPgClient } from 'graphile-worker';
import { escalationRecipients, type StepLight } from './escalation-recipients.js';
import { stepAlertTitle } from './notification-title.js';

type PgClient = Parameters<Parameters<WithPgClient>[0]>[0];

export interface EscalationResult {
  alerts: number;
  notifications: number;
}

interface NewAlert {
  id: number;
  case_id: number;
  code: string;
  step: CaseStep;
  light: StepLight;
}

/**
 * One escalation scan at `now`, in one transaction: raises a step alert for every running step
 * that turned yellow (its warn instant passed) or red (its deadline passed) and has none yet,
 * notifies the responsible users, and enqueues one `notify-outbound` job per channel for the
 * batch. The unique key (case, step start, step, light) makes a transition alert exactly once:
 * a concurrent scan waits on the key, then inserts nothing, so nobody is notified twice.
 */
export async function escalateSteps(
  client: PgClient,
  now: Date,
  outboundChannelNames: readonly string[],
): Promise<EscalationResult> {
  await client.query('BEGIN');
  try {
    const alerts = await raiseAlerts(client, now);
    const notificationIds = await notifyRecipients(client, alerts, now);
    for (const channel of outboundChannelNames) {
      if (notificationIds.length === 0) break;
      await client.query(`SELECT graphile_worker.add_job('notify-outbound', $1::json, max_attempts := 10)`, [
        JSON.stringify({ channel, notificationIds }),
      ]);
    }
    await client.query('COMMIT');
    return { alerts: alerts.length, notifications: notificationIds.length };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * The partial index on step_warn_at finds running steps past yellow; red ones are a subset
 * (the warn instant never follows the deadline).
 */
async function raiseAlerts(client: PgClient, now: Date): Promise<NewAlert[]> {
  const { rows } = await client.query<NewAlert>(
    `WITH raised AS (
       INSERT INTO step_alert (case_id, step, step_started_at, light, deadline_at, raised_at)
       SELECT c.id, c.step, c.step_started_at, l.light, c.step_deadline_at, $1
       FROM case_record c
       CROSS JOIN LATERAL (
         SELECT 'YELLOW'::"StepLight" AS light
         UNION ALL SELECT 'RED'::"StepLight" WHERE c.step_deadline_at < $1
       ) l
       WHERE c.step IS NOT NULL AND c.step_warn_at <= $1 AND c.step_deadline_at IS NOT NULL
         AND NOT EXISTS (
           SELECT 1 FROM step_alert a
           WHERE a.case_id = c.id AND a.step_started_at = c.step_started_at AND a.step = c.step
             AND a.light = l.light AND a.deadline_at = c.step_deadline_at)
       ON CONFLICT (case_id, step_started_at, step, light, deadline_at) DO NOTHING
       RETURNING id, case_id, step, light)
     SELECT raised.*, c.code FROM raised JOIN case_record c ON c.id = raised.case_id`,
    [now],
  );
  return rows;
}

/**
 * Notifies the users whose queue holds each case in the alerted step (and on red the supervisors
 * and leaders), narrowed like case visibility: the user's area covers the case's grid, officers
 * only in their beat (when they have one), handlers only for their department's cases. A step
 * found yellow and red in the same scan (the worker was down) notifies red only.
 */
async function notifyRecipients(client: PgClient, alerts: readonly NewAlert[], now: Date): Promise<string[]> {
  const redCases = new Set(alerts.filter((alert) => alert.light === 'RED').map((alert) => alert.case_id));
  const notified = alerts.filter((alert) => alert.light === 'RED' || !redCases.has(alert.case_id));
  if (notified.length === 0) return [];
  const titles = notified.map((alert) => stepAlertTitle(alert.code, alert.step, alert.light));
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO notification (user_id, kind, case_id, step_alert_id, title_zh, title_en, created_at)
     SELECT DISTINCT ON (a.id, u.id) u.id, ('STEP_' || a.light)::"NotificationKind", c.id, a.id, n.title_zh, n.title_en, $7
     FROM unnest($1::int[], $2::text[], $3::text[]) AS n(alert_id, title_zh, title_en)
     JOIN step_alert a ON a.id = n.alert_id
     JOIN case_record c ON c.id = a.case_id
     JOIN unnest($4::text[], $5::text[], $6::bool[]) AS r(step, role, only_red)
       ON r.step = a.step::text AND (NOT r.only_red OR a.light = 'RED')
     JOIN app_user u ON u.is_active AND r.role::"Role" = ANY (u.roles)
     JOIN area ar ON ar.id = u.area_id
     WHERE starts_with(c.grid_code, CASE WHEN ar.level = 'CITY' THEN regexp_replace(ar.code, '(00)+$', '') ELSE ar.code END)
       AND (r.role <> 'OFFICER' OR u.beat_code IS NULL OR u.beat_code = c.beat_code)
       AND (r.role <> 'HANDLER' OR u.department_id = c.department_id)
     ON CONFLICT (step_alert_id, user_id) DO NOTHING
     RETURNING id`,
    [
      notified.map((alert) => alert.id),
      titles.map((title) => title.zh),
      titles.map((title) => title.en),
      escalationRecipients.map((recipient) => recipient.step),
      escalationRecipients.map((recipient) => recipient.role),
      escalationRecipients.map((recipient) => recipient.onlyRed),
      now,
    ],
  );
  return rows.map((row) => row.id);
}
