import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';

/** What subscribers learn when a case changes: enough to refresh a queue row or drop it. */
export interface CaseChangeMessage {
  caseId: number;
  code: string;
  status: string;
  version: number;
  action: string;
  /** For scope filtering: who may see the change. */
  gridCode: string;
  departmentId: number | null;
  /** The department that had the case before this change (a returned case leaves its queue). */
  previousDepartmentId: number | null;
  at: string;
}

export interface CaseChangePublisher {
  publish(message: CaseChangeMessage): void;
}

export interface CaseChangeFeed extends CaseChangePublisher {
  subscribe(): AsyncIterable<CaseChangeMessage>;
  close(): Promise<void>;
}

export interface CaseChangeFeedOptions {
  /** `redis://`, `rediss://` or `unix:///path/to/redis.sock`; in-process fan-out when unset. */
  redisUrl?: string | undefined;
  /**
   * The Redis channel, `caseChanged` by default. Redis pub/sub ignores the database number, so
   * deployments (or test runs) sharing one Redis keep apart only by channel.
   */
  channel?: string;
}

/**
 * Fans case changes out to subscriptions: in-process by default; through Redis pub/sub when a URL
 * is given, so every API instance's subscribers hear changes made on any instance.
 */
export function createCaseChangeFeed(options: CaseChangeFeedOptions = {}): CaseChangeFeed {
  const channel = options.channel ?? 'caseChanged';
  const clients = options.redisUrl ? [connectRedis(options.redisUrl), connectRedis(options.redisUrl)] : [];
  const [publishClient, subscribeClient] = clients;
  const pubSub: PubSub<Record<string, [CaseChangeMessage]>> =
    publishClient && subscribeClient
      ? createPubSub({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) })
      : createPubSub();
  return {
    publish: (message) => pubSub.publish(channel, message),
    subscribe: () => pubSub.subscribe(channel),
    close: async () => {
      await Promise.all(clients.map((client) => client.quit().catch(() => undefined)));
    },
  };
}

/**
 * ioredis reads `redis://` and `rediss://` URLs itself. A `unix://` URL names a socket; its path is
 * percent-decoded here, since ioredis would take `%20` literally and the launcher encodes the path.
 */
function connectRedis(url: string): Redis {
  if (!url.startsWith('unix:')) return new Redis(url);
  return new Redis({ path: decodeURIComponent(new URL(url).pathname) });
}
