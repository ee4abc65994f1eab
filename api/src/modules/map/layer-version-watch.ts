import {
  type LayerKind,
  layerVersionsChannel,
  listenToChannel,
  type PrismaClient,
  selectLayerVersions,
} from '@gridloop/prisma';
import type { Logger } from '../../logger.js';

/** The layer versions an instance holds, for serving tiles it already rendered. */
export interface LayerVersions {
  /**
   * The layer's newest layer_import id, or undefined while it is not known to be current: before
   * the first reading, between a change being announced and read, and while the connection that
   * hears the announcements is down. Nothing may be served on the strength of an undefined.
   */
  versionOf(kind: LayerKind): number | undefined;
  /** Stops listening (call it on shutdown). */
  stop(): Promise<void>;
}

export interface WatchLayerVersionsOptions {
  prisma: PrismaClient;
  logger: Logger;
}

/** How long to wait before reading again after a reading failed. */
const retryDelayMs = 1000;

/**
 * Follows every layer's version without a query per tile: reads them once LISTEN is in place on
 * the layer-versions channel, and again whenever a change to layer_import is announced, which
 * PostgreSQL does at commit to every instance. A re-import through any instance is followed before
 * its answer can reach the admin's browser; a lost connection turns the versions unknown (tiles
 * are then rendered afresh) until it is back and the versions read again.
 */
export function watchLayerVersions({ prisma, logger }: WatchLayerVersionsOptions): LayerVersions {
  let versions: Map<LayerKind, number> | undefined;
  // a reading started before the latest announcement or loss may be stale: only the newest one counts
  let readings = 0;
  let isListening = false;
  const read = async () => {
    versions = undefined;
    const reading = ++readings;
    try {
      const current = await selectLayerVersions(prisma);
      if (reading === readings && isListening) versions = current;
    } catch (error) {
      logger.warn({ err: error }, 'could not read the layer versions; tiles are rendered afresh');
      if (reading === readings && isListening) setTimeout(retryRead, retryDelayMs).unref();
    }
  };
  const retryRead = () => {
    if (isListening && versions === undefined) void read();
  };
  const listener = listenToChannel(prisma, layerVersionsChannel, {
    onListening: () => {
      isListening = true;
      void read();
    },
    onNotification: () => void read(),
    onLost: (error) => {
      isListening = false;
      versions = undefined;
      readings += 1;
      logger.warn({ err: error }, 'lost the layer-versions connection; tiles are rendered afresh until it is back');
    },
  });
  return {
    versionOf: (kind) => versions?.get(kind),
    stop: () => {
      isListening = false;
      versions = undefined;
      return listener.stop();
    },
  };
}
