import { refreshMetrics } from '@gridloop/prisma';
import type { TaskList } from 'graphile-worker';
import { escalateStepsTask } from '../notifications/escalate-steps-task.js';
import { notifyOutboundTask } from '../notifications/notify-outbound-task.js';
import { deliverOpen311Webhook } from '../open311/deliver-open311-webhook.js';
import { deliverOpen311WebhookTask, queueOpen311Webhooks } from '../open311/queue-open311-webhooks.js';
import { drainConsumerTask } from './drain-consumer-task.js';
import type { JobDependencies } from './job-dependencies.js';
import type { RecurringTask } from './recurring-task.js';

/**
 * Every background task by name. A module adds its task with one line here; the name is what
 * `graphile_worker.add_job(name, …)` (SQL) or `helpers.addJob(name, …)` enqueues.
 */
export function createTaskList(dependencies: JobDependencies): TaskList {
  return {
    'escalate-steps': escalateStepsTask(dependencies),
    'notify-outbound': notifyOutboundTask(dependencies),
    'refresh-metrics': drainConsumerTask('refresh-metrics', dependencies, (prisma) =>
      refreshMetrics(prisma, { timeZone: dependencies.timeZone }),
    ),
    'queue-open311-webhooks': drainConsumerTask('queue-open311-webhooks', dependencies, queueOpen311Webhooks),
    [deliverOpen311WebhookTask]: deliverOpen311Webhook,
  };
}

export interface RecurringSettings {
  escalationIntervalSeconds: number;
  eventConsumerIntervalSeconds: number;
}

/** The tasks that reschedule themselves, and how often (each must be in the task list). */
export function recurringTasksOf(settings: RecurringSettings): RecurringTask[] {
  return [
    { name: 'escalate-steps', everySeconds: settings.escalationIntervalSeconds },
    { name: 'refresh-metrics', everySeconds: settings.eventConsumerIntervalSeconds },
    { name: 'queue-open311-webhooks', everySeconds: settings.eventConsumerIntervalSeconds },
  ];
}
