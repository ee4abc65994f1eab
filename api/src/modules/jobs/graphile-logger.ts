import { Logger as GraphileLogger, type LogFunctionFactory } from 'graphile-worker';
import type { Logger } from '../../logger.js';

/**
 * graphile-worker's log lines go to the app's structured log, tagged with the worker and job. Its
 * info lines (a line per job: every escalation scan) go to debug; problems keep their level.
 */
export function graphileLoggerOf(logger: Logger): GraphileLogger {
  const factory: LogFunctionFactory = (scope) => (level, message, meta) => {
    const fields = { jobs: scope, ...meta };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else logger.debug(fields, message);
  };
  return new GraphileLogger(factory);
}
