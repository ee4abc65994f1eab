import type { AddJobFunction, Task, WithPgClient } from 'graphile-worker';
import type { Logger } from '../../logger.js';

/**
 * A run whose rescheduling failed (the database blinked) is retried by the queue, keeping the key,
 * so the chain of runs does not break. A run interrupted by a crash is not retried: the restart's
 * seed takes the key, and graphile-worker retires the locked job.
 */
const recurringMaxAttempts = 5;

/** A task that runs every `everySeconds`, one pending instance however many workers run. */
export interface RecurringTask {
  name: string;
  everySeconds: number;
}

/**
 * Wraps a recurring task so each run schedules the next one under the task's job_key. A run that
 * fails is logged and still reschedules: retrying a failed scan would only race the next one.
 * The next run_at is the queue's own time (SQL now()): scheduling is infrastructure, not domain time.
 */
export function rescheduling(task: Task, recurring: RecurringTask, logger: Logger): Task {
  return async (payload, helpers) => {
    try {
      await task(payload, helpers);
    } catch (error) {
      logger.error({ err: error, task: recurring.name }, 'recurring task failed; it runs again at its next turn');
    } finally {
      await scheduleNextRun(helpers.withPgClient, recurring);
    }
  };
}

/**
 * Makes sure each recurring task has its pending instance, due now. A pending one keeps its time
 * (preserve_run_at), so workers starting together or restarting do not pile runs up. Run at start.
 */
export async function seedRecurringTasks(addJob: AddJobFunction, tasks: readonly RecurringTask[]): Promise<void> {
  for (const task of tasks) {
    await addJob(
      task.name,
      {},
      { jobKey: task.name, jobKeyMode: 'preserve_run_at', maxAttempts: recurringMaxAttempts },
    );
  }
}

/**
 * add_job with job_key = the task's name: while a run holds the key (locked), graphile-worker moves
 * the key to the new job, so there is always exactly one pending instance.
 */
async function scheduleNextRun(withPgClient: WithPgClient, task: RecurringTask): Promise<void> {
  await withPgClient((client) =>
    client.query(
      `SELECT graphile_worker.add_job($1, '{}'::json, run_at := now() + $2 * interval '1 second',
         max_attempts := $3, job_key := $1, job_key_mode := 'replace')`,
      [task.name, task.everySeconds, recurringMaxAttempts],
    ),
  );
}
