import { hashSessionToken } from '@gridloop/api';
import type { InProcessApi } from '../../src/server/in-process-api.js';

/** A statement as Prisma sent it: its `$n` text and the values bound to it. */
export interface SentStatement {
  text: string;
  values: unknown[];
}

interface QueryEvent {
  query: string;
  params: string;
}

/**
 * The session lookup exactly as the API sent it while `request` ran with `token`: the statement is
 * written inline in find-viewer-by-session.ts (no builder to call), so it is read off the Prisma
 * client's query events and recognised by the token hash it binds. A pgbench baseline can then run
 * the very statement every signed-in request pays for.
 */
export async function captureSessionLookup(
  api: InProcessApi,
  token: string,
  request: () => Promise<void>,
): Promise<SentStatement> {
  const seen: QueryEvent[] = [];
  let listening = true;
  // startInProcessApi's client emits query events (it counts statements); listen only meanwhile
  const client = api.prisma as unknown as { $on(event: 'query', listener: (event: QueryEvent) => void): void };
  client.$on('query', (event) => listening && seen.push(event));
  await request();
  listening = false;
  const hash = hashSessionToken(token);
  const lookup = seen.find((event) => event.params.includes(hash));
  if (!lookup) throw new Error('no statement bound the session token hash during the request');
  return { text: lookup.query, values: JSON.parse(lookup.params) as unknown[] };
}
