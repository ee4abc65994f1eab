import type { OutboxEntry } from './outbox-entry';
import {
  afterFailure,
  afterSuccess,
  isDue,
  nextDueAt,
  recoverInterrupted,
  retryNow,
  sentToForget,
} from './outbox-policy';
import { deleteOutboxEntries, listOutbox, putOutboxEntries, subscribeOutbox } from './outbox-store';
import { submitReport } from './submit-report';

/** One tab sends at a time; the others wait for the lock and then find nothing due. */
const SEND_LOCK = 'gridloop-outbox-sender';

export interface OutboxRunner {
  /** Sends what is due now; `everyQueued` first makes every waiting report due (network is back). */
  kick(options?: { everyQueued?: boolean }): void;
  stop(): void;
}

interface RunnerOptions {
  /** Only this officer's reports are sent, with their session. */
  owner: string;
  /** A send was answered UNAUTHENTICATED: the session is gone, ask the officer to sign in. */
  onSignedOut: () => void;
}

/**
 * The outbox's sender for the signed-in officer. On start it requeues sends a closed browser
 * interrupted and reports held for a sign-in, and forgets old sent ones; then it sends every due
 * report, one at a time, and sleeps until the next falls due. It wakes on `online` (everything
 * queued becomes due), on any change to the outbox (a new report, a retry) and on its timer.
 * Offline it does not try at all, so the backoff is spent only on real failures.
 */
export function startOutboxRunner({ owner, onSignedOut }: RunnerOptions): OutboxRunner {
  let isStopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = withSendLock(() => startUp(owner));
  // Wake-ups while a run waits to start fold into it: the outbox's own writes also wake the runner.
  let waiting: { everyQueued: boolean } | null = null;

  const schedule = (options: { everyQueued?: boolean } = {}) => {
    if (waiting !== null) {
      waiting.everyQueued ||= options.everyQueued ?? false;
      return;
    }
    const run = { everyQueued: options.everyQueued ?? false };
    waiting = run;
    chain = chain
      .then(() => {
        waiting = null;
        return isStopped ? undefined : withSendLock(() => sendDue(owner, run.everyQueued));
      })
      .then((outcome) => {
        if (outcome?.isSignedOut) onSignedOut();
        if (!isStopped) wakeAt(outcome?.nextDue ?? null);
      })
      .catch((error: unknown) => console.error('The outbox could not send', error));
  };
  const wakeAt = (at: number | null) => {
    clearTimeout(timer);
    if (at !== null) timer = setTimeout(() => schedule(), Math.max(0, at - Date.now()));
  };
  const onOnline = () => schedule({ everyQueued: true });

  window.addEventListener('online', onOnline);
  const unsubscribe = subscribeOutbox(() => schedule());
  schedule();
  return {
    kick: schedule,
    stop: () => {
      isStopped = true;
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('online', onOnline);
    },
  };
}

/** What a browser restart and a new sign-in leave to tidy before sending. */
async function startUp(owner: string): Promise<void> {
  const now = Date.now();
  const entries = await listOutbox(owner);
  const resumed = entries
    .map((entry) => (entry.state === 'needs-sign-in' ? retryNow(entry, now) : recoverInterrupted(entry, now)))
    .filter((entry, index) => entry !== entries[index]);
  await putOutboxEntries(resumed);
  await deleteOutboxEntries(sentToForget(entries, now));
}

async function sendDue(owner: string, everyQueued: boolean): Promise<{ nextDue: number | null; isSignedOut: boolean }> {
  if (!navigator.onLine) return { nextDue: null, isSignedOut: false };
  let entries = await listOutbox(owner);
  if (everyQueued) {
    const now = Date.now();
    await putOutboxEntries(entries.filter((entry) => entry.state === 'queued').map((entry) => retryNow(entry, now)));
    entries = await listOutbox(owner);
  }
  let isSignedOut = false;
  for (const entry of entries.filter((candidate) => isDue(candidate, Date.now()))) {
    const result = await sendOne(entry);
    isSignedOut ||= result.state === 'needs-sign-in';
  }
  return { nextDue: nextDueAt(await listOutbox(owner)), isSignedOut };
}

/** One attempt: marked `sending` on disk first, so a crash mid-request is visible on restart. */
async function sendOne(entry: OutboxEntry): Promise<OutboxEntry> {
  const sending: OutboxEntry = { ...entry, state: 'sending' };
  await putOutboxEntries([sending]);
  let next: OutboxEntry;
  try {
    next = afterSuccess(sending, await submitReport(sending), Date.now());
  } catch (error) {
    next = afterFailure(sending, error, Date.now());
  }
  await putOutboxEntries([next]);
  return next;
}

async function withSendLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator.locks?.request !== 'function') return work();
  return navigator.locks.request(SEND_LOCK, work);
}
