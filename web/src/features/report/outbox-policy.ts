import { GraphQLRequestError } from '../../api/graphql-client';
import type { OutboxEntry, SendError } from './outbox-entry';

/**
 * Codes for which sending the same report again can only fail again: the officer has to change it
 * (move the point, add a photo, pick another class) or delete it.
 */
const PERMANENT_CODES: ReadonlySet<string> = new Set([
  'BAD_REQUEST',
  'OUTSIDE_JURISDICTION',
  'PHOTO_REQUIRED',
  'INVALID_FILE',
  'PAYLOAD_TOO_LARGE',
  'FORBIDDEN',
]);

/** First retry after 5 s, doubling to at most 5 minutes: quick on a flaky signal, quiet in a tunnel. */
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;

/** Sent reports stay listed this long (with their case code), at least the newest few. */
const KEEP_SENT_MS = 7 * 24 * 3600_000;
const KEEP_SENT_COUNT = 20;

export type SendFailure =
  | { kind: 'permanent'; error: SendError }
  | { kind: 'transient'; error: SendError }
  | { kind: 'signed-out'; error: SendError };

/**
 * Sorts a failed send: refused for good (a code in PERMANENT_CODES), signed out (UNAUTHENTICATED),
 * or worth retrying — no network, a 5xx or SERVICE_UNAVAILABLE, and anything unknown, since a
 * report must never be dropped on a guess.
 *
 * @example classifySendError(new GraphQLRequestError('…', { code: 'PHOTO_REQUIRED', status: 400 })).kind // 'permanent'
 * @example classifySendError(new GraphQLRequestError('…', { status: 0 })).kind // 'transient'
 */
export function classifySendError(error: unknown): SendFailure {
  if (!(error instanceof GraphQLRequestError)) {
    return { kind: 'transient', error: { code: 'UNKNOWN', message: String(error) } };
  }
  const code = error.code ?? (error.status === 0 ? 'NETWORK' : `HTTP ${error.status}`);
  const described = { code, message: error.message };
  if (error.code === 'UNAUTHENTICATED') return { kind: 'signed-out', error: described };
  if (error.code !== undefined && PERMANENT_CODES.has(error.code)) return { kind: 'permanent', error: described };
  if (
    error.code === undefined &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429
  ) {
    return { kind: 'permanent', error: described };
  }
  return { kind: 'transient', error: described };
}

/**
 * The wait before attempt `attempts + 1`, after `attempts` failed ones.
 *
 * @example backoffMs(1) // 5000
 * @example backoffMs(3) // 20000
 * @example backoffMs(20) // 300000
 */
export function backoffMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(exponent, 16));
}

/** The entry after a failed attempt at `now`. */
export function afterFailure(entry: OutboxEntry, error: unknown, now: number): OutboxEntry {
  const failure = classifySendError(error);
  const attempts = entry.attempts + 1;
  switch (failure.kind) {
    case 'permanent':
      return { ...entry, state: 'failed', attempts, lastError: failure.error };
    case 'signed-out':
      return { ...entry, state: 'needs-sign-in', attempts, lastError: failure.error };
    case 'transient':
      return {
        ...entry,
        state: 'queued',
        attempts,
        nextAttemptAt: now + backoffMs(attempts),
        lastError: failure.error,
      };
  }
}

/** The entry once the API answered with its case; the photos are no longer needed on the phone. */
export function afterSuccess(entry: OutboxEntry, sent: { caseId: string; code: string }, now: number): OutboxEntry {
  return { ...entry, state: 'sent', photos: [], lastError: null, sent: { ...sent, sentAt: now } };
}

/** True when the sender should try this entry now. */
export function isDue(entry: OutboxEntry, now: number): boolean {
  return entry.state === 'queued' && entry.nextAttemptAt <= now;
}

/**
 * An entry as found when the app starts: one left `sending` lost its answer when the browser
 * closed, so it goes back to the queue (its idempotency key makes the resend safe).
 */
export function recoverInterrupted(entry: OutboxEntry, now: number): OutboxEntry {
  return entry.state === 'sending' ? { ...entry, state: 'queued', nextAttemptAt: now } : entry;
}

/**
 * Due at once: the officer pressed retry, signed in again, or the network came back. A hand retry
 * of a refused report starts its backoff over.
 */
export function retryNow(entry: OutboxEntry, now: number): OutboxEntry {
  if (entry.state === 'sent' || entry.state === 'sending') return entry;
  const attempts = entry.state === 'failed' ? 0 : entry.attempts;
  return { ...entry, state: 'queued', attempts, nextAttemptAt: now };
}

/** When the next queued entry falls due, or null when none waits. */
export function nextDueAt(entries: readonly OutboxEntry[]): number | null {
  const due = entries.filter((entry) => entry.state === 'queued').map((entry) => entry.nextAttemptAt);
  return due.length === 0 ? null : Math.min(...due);
}

/** The sent entries old enough to forget: past a week, beyond the newest twenty. */
export function sentToForget(entries: readonly OutboxEntry[], now: number): string[] {
  const sent = entries
    .filter((entry) => entry.state === 'sent')
    .sort((a, b) => (b.sent?.sentAt ?? 0) - (a.sent?.sentAt ?? 0));
  return sent
    .slice(KEEP_SENT_COUNT)
    .filter((entry) => now - (entry.sent?.sentAt ?? 0) > KEEP_SENT_MS)
    .map((entry) => entry.id);
}
