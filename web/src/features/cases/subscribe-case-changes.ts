import { GRAPHQL_ENDPOINT } from '../../api/graphql-client';
import type { CaseChange } from './case-types';
import { reconnectDelay } from './reconnect-delay';
import { createSseParser, type SseMessage } from './sse-parser';

const CASE_CHANGED_SUBSCRIPTION = 'subscription CaseChanged { caseChanged { caseId code status version action at } }';

/** `connecting` before the first answer, `connected` while the stream is open, else `reconnecting`. */
export type LiveState = 'connecting' | 'connected' | 'reconnecting';

export interface CaseChangeHandlers {
  onChange(change: CaseChange): void;
  onState(state: LiveState): void;
  /** The API refused the stream for want of a session: stop, the user must sign in again. */
  onUnauthenticated(): void;
}

type NextPayload = { data?: { caseChanged?: CaseChange } | null; errors?: { extensions?: { code?: string } }[] };

/**
 * Listens to `caseChanged` over GraphQL-over-SSE (POST with `accept: text/event-stream`; the
 * session cookie rides along, which EventSource could not POST) and reconnects with backoff
 * whenever the stream drops or the API restarts. Returns the function that stops listening.
 */
export function subscribeToCaseChanges(handlers: CaseChangeHandlers): () => void {
  let stopped = false;
  let controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  const connect = async () => {
    controller = new AbortController();
    const outcome = await listenOnce(controller.signal, handlers, () => {
      failures = 0;
      handlers.onState('connected');
    }).catch(() => 'dropped' as const);
    if (stopped) return;
    if (outcome === 'unauthenticated') return handlers.onUnauthenticated();
    handlers.onState('reconnecting');
    timer = setTimeout(connect, reconnectDelay(failures));
    failures += 1;
  };

  handlers.onState('connecting');
  void connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    controller.abort();
  };
}

/** One connection, read to its end: resolves with why it ended. */
async function listenOnce(
  signal: AbortSignal,
  handlers: CaseChangeHandlers,
  onOpen: () => void,
): Promise<'ended' | 'unauthenticated'> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: CASE_CHANGED_SUBSCRIPTION }),
    signal,
  });
  if (response.status === 401) return 'unauthenticated';
  if (!response.ok || response.body === null) throw new Error(`The live stream answered HTTP ${response.status}`);
  onOpen();
  let ended: 'ended' | 'unauthenticated' | null = null;
  const parser = createSseParser((message) => {
    ended ??= readMessage(message, handlers);
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    while (ended === null) {
      const chunk = await reader.read();
      if (chunk.done) break;
      parser.push(chunk.value);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return ended ?? 'ended';
}

/** Handles one SSE event; returns why the stream is over, or null to read on. */
function readMessage(message: SseMessage, handlers: CaseChangeHandlers): 'ended' | 'unauthenticated' | null {
  if (message.event === 'complete') return 'ended';
  if (message.event !== 'next' && message.event !== 'message') return null;
  const payload = JSON.parse(message.data) as NextPayload;
  const code = payload.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code !== undefined) return 'ended';
  const change = payload.data?.caseChanged;
  if (change) handlers.onChange(change);
  return null;
}
