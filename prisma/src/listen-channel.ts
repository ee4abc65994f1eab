import pg from 'pg';
import { directPoolOf } from './direct-query.js';
import type { PrismaClient } from './generated/prisma/client.js';

export interface ChannelEvents {
  /** LISTEN is in place: from now on no notification is missed (read the state it guards now). */
  onListening(): void;
  onNotification(payload: string): void;
  /** The connection failed or closed: notifications may be missed until onListening again. */
  onLost(error: Error | undefined): void;
}

export interface ChannelListener {
  stop(): Promise<void>;
}

/** How long to wait before connecting again after the connection was lost. */
const reconnectDelayMs = 1000;

/**
 * LISTENs on `channel` on a connection of its own (a pooled one would hold a pool slot for ever),
 * configured as the client's pool is, and reconnects a second after losing it. A client not made
 * by createPrismaClient has no pool to copy: the listener never starts, and `onListening` never
 * comes, so whatever relies on it stays off.
 */
export function listenToChannel(prisma: PrismaClient, channel: string, events: ChannelEvents): ChannelListener {
  const pool = directPoolOf(prisma);
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let isStopped = false;
  const lose = (failed: pg.Client, error: Error | undefined) => {
    if (client !== failed) return;
    client = undefined;
    failed.end().catch(() => {});
    events.onLost(error);
    if (isStopped) return;
    retry = setTimeout(connect, reconnectDelayMs);
    retry.unref();
  };
  const connect = async () => {
    if (isStopped || !pool) return;
    const connecting = new pg.Client(pool.options);
    client = connecting;
    connecting.on('error', (error) => lose(connecting, error));
    connecting.on('end', () => lose(connecting, undefined));
    connecting.on('notification', (message) => {
      if (message.channel === channel) events.onNotification(message.payload ?? '');
    });
    try {
      await connecting.connect();
      await connecting.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (client === connecting) events.onListening();
    } catch (error) {
      lose(connecting, error as Error);
    }
  };
  void connect();
  return {
    stop: async () => {
      isStopped = true;
      clearTimeout(retry);
      const open = client;
      client = undefined;
      await open?.end().catch(() => {});
    },
  };
}
