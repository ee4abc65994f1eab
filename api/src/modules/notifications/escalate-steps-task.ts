import type { Task } from 'graphile-worker';
import type { JobDependencies } from '../jobs/job-dependencies.js';
import { escalateSteps } from './escalate-steps.js';

/** The recurring `escalate-steps` task: one scan at the app clock's now, on the queue's own pool. */
export function escalateStepsTask({ clock, logger, outboundChannels }: JobDependencies): Task {
  const channelNames = outboundChannels.map((channel) => channel.name);
  return async (_payload, helpers) => {
    const result = await helpers.withPgClient((client) => escalateSteps(client, clock.now(), channelNames));
    if (result.alerts > 0) logger.info(result, 'step alerts raised');
  };
}
