import type { Server } from 'node:http';
import type { Logger } from '../logger.js';

/**
 * On SIGINT/SIGTERM: stop accepting connections, let open requests finish (idle keep-alive
 * connections are closed at once), run the cleanups, then exit. A second signal or the grace
 * period running out forces the exit.
 */
export function installGracefulShutdown(
  server: Server,
  { logger, graceSeconds, cleanup }: { logger: Logger; graceSeconds: number; cleanup: () => Promise<void> },
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    }, graceSeconds * 1000);
    force.unref();
    server.close(async () => {
      await cleanup().catch((error: unknown) => logger.error({ err: error }, 'cleanup failed'));
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
