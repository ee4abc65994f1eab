import { makeWorkerUtils, type Runner, run, runOnce, type TaskList } from 'graphile-worker';
import type { Logger } from '../../logger.js';
import { graphileLoggerOf } from './graphile-logger.js';
import type { JobDependencies } from './job-dependencies.js';
import { type RecurringTask, rescheduling, seedRecurringTasks } from './recurring-task.js';
import { createTaskList, type RecurringSettings, recurringTasksOf } from './task-list.js';

export interface JobRunnerOptions extends JobDependencies, RecurringSettings {
  /** The queue's own pool: any PostgreSQL URL, including unix-socket `?host=/path` ones. */
  databaseUrl: string;
  /** Jobs run at once by this process. */
  concurrency: number;
  /** Milliseconds between polls for jobs due later (retries, recurring runs); LISTEN wakes it for new ones. */
  pollIntervalMs?: number;
}

export interface JobRunner {
  /** Waits for running jobs to finish (or be released), then closes the pool. */
  stop(): Promise<void>;
}

/**
 * Starts graphile-worker on the database: installs or migrates its schema, runs the task list with
 * `concurrency` jobs at a time, and seeds the recurring tasks. Signals are the caller's business
 * (main.ts and worker.ts stop it in their shutdown).
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const recurring = recurringTasksOf(options);
  const runner: Runner = await run({
    connectionString: options.databaseUrl,
    concurrency: options.concurrency,
    maxPoolSize: options.concurrency + 2,
    noHandleSignals: true,
    crontab: '', // recurring tasks reschedule themselves; no crontab file to look for
    pollInterval: options.pollIntervalMs ?? 2000,
    logger: graphileLoggerOf(options.logger),
    taskList: withRecurring(createTaskList(options), recurring, options.logger),
  });
  await seedRecurringTasks(runner.addJob, recurring);
  return { stop: () => runner.stop() };
}

/**
 * Runs every job due now (recurring tasks seeded first, jobs they enqueue included), then returns:
 * for tests with a manual clock and for one-off runs from a scheduler instead of a resident worker.
 */
export async function runDueJobsOnce(options: JobRunnerOptions): Promise<void> {
  const logger = graphileLoggerOf(options.logger);
  const recurring = recurringTasksOf(options);
  const utils = await makeWorkerUtils({ connectionString: options.databaseUrl, logger });
  try {
    await utils.migrate();
    await seedRecurringTasks(utils.addJob, recurring);
  } finally {
    await utils.release();
  }
  await runOnce({
    connectionString: options.databaseUrl,
    noHandleSignals: true,
    crontab: '',
    logger,
    taskList: withRecurring(createTaskList(options), recurring, options.logger),
  });
}

/** The task list with each recurring task wrapped so it schedules its next run. */
export function withRecurring(tasks: TaskList, recurring: readonly RecurringTask[], logger: Logger): TaskList {
  const wrapped: TaskList = { ...tasks };
  for (const entry of recurring) {
    const task = tasks[entry.name];
    if (!task) throw new Error(`recurring task ${entry.name} is not in the task list`);
    wrapped[entry.name] = rescheduling(task, entry, logger);
  }
  return wrapped;
}
