import type { Server } from 'node:http';
import type { Logger } from '../logger.js';

export interface SignalShutdownOptions {
  logger: Logger;
  graceSeconds: number;
  /** Logged with the signal when the first one arrives. */
  message: string;
  /** Finishes the work in hand and releases resources: exit 0 once it resolves, 1 if it rejects. */
  stop: () => Promise<void>;
  /** Runs if `stop` has not settled when the grace period is over. */
  onGraceOver: () => void;
}

/**
 * On the first SIGINT/SIGTERM: run `stop`, then exit. A second signal exits at once (1), and the
 * grace period running out calls `onGraceOver`, so a stuck stop never holds a deploy hostage.
 * For any process; {@link installGracefulShutdown} is its form for an HTTP server.
 */
export function installSignalShutdown({
  logger,
  graceSeconds,
  message,
  stop,
  onGraceOver,
}: SignalShutdownOptions): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, message);
    const force = setTimeout(onGraceOver, graceSeconds * 1000);
    force.unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'did not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/**
 * On SIGINT/SIGTERM: stop accepting connections, let open requests finish (idle keep-alive
 * connections are closed at once), run the cleanups, then exit. A second signal forces the exit;
 * the grace period running out closes the remaining connections.
 */
export function installGracefulShutdown(
  server: Server,
  { logger, graceSeconds, cleanup }: { logger: Logger; graceSeconds: number; cleanup: () => Promise<void> },
): void {
  installSignalShutdown({
    logger,
    graceSeconds,
    message: 'shutting down',
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await cleanup().catch((error: unknown) => logger.error({ err: error }, 'cleanup failed'));
    },
    onGraceOver: () => {
      logger.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    },
  });
}
