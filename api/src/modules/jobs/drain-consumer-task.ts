import type { PrismaClient } from '@gridloop/prisma';
import type { Task } from 'graphile-worker';
import type { JobDependencies } from './job-dependencies.js';

/**
 * Batches one run may take before it yields to the next scheduled run: a backlog (after a bulk
 * import, or a worker that was down) drains over several runs instead of holding a job for minutes.
 */
const maxBatchesPerRun = 50;

/**
 * A task that runs an event-log consumer (consumeCaseEvents underneath) until it has caught up:
 * each call handles one batch in one transaction and says whether more wait.
 */
export function drainConsumerTask(
  name: string,
  { prisma, logger }: JobDependencies,
  consumeBatch: (prisma: PrismaClient) => Promise<{ more: boolean }>,
): Task {
  return async () => {
    for (let batch = 1; batch <= maxBatchesPerRun; batch += 1) {
      const { more } = await consumeBatch(prisma);
      if (!more) return;
    }
    logger.info({ task: name, batches: maxBatchesPerRun }, 'event backlog remains; the next run goes on');
  };
}
