import { requestResult, transactionDone } from './idb-promise';
import { BY_OWNER_INDEX, openOutboxDb, REPORTS_STORE } from './outbox-db';
import type { OutboxEntry } from './outbox-entry';

/** Tells other tabs of this app that the outbox changed, so their lists follow. */
const CHANNEL_NAME = 'gridloop-outbox';

type Listener = () => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

/** Calls `listener` after every change to the outbox, from this tab or another. */
export function subscribeOutbox(listener: Listener): () => void {
  listeners.add(listener);
  if (channel === null && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = () => notifyHere();
  }
  return () => listeners.delete(listener);
}

function notifyHere(): void {
  for (const listener of listeners) listener();
}

function notifyEverywhere(): void {
  notifyHere();
  channel?.postMessage('changed');
}

/** One officer's reports, oldest first. */
export async function listOutbox(owner: string): Promise<OutboxEntry[]> {
  const db = await openOutboxDb();
  const index = db.transaction(REPORTS_STORE, 'readonly').objectStore(REPORTS_STORE).index(BY_OWNER_INDEX);
  const entries = (await requestResult(index.getAll(owner))) as OutboxEntry[];
  return entries.sort((a, b) => a.createdAt - b.createdAt);
}

export async function getOutboxEntry(id: string): Promise<OutboxEntry | undefined> {
  const db = await openOutboxDb();
  const store = db.transaction(REPORTS_STORE, 'readonly').objectStore(REPORTS_STORE);
  return (await requestResult(store.get(id))) as OutboxEntry | undefined;
}

/** Writes entries in one transaction; resolves once they are on disk. */
export async function putOutboxEntries(entries: readonly OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const db = await openOutboxDb();
  const transaction = db.transaction(REPORTS_STORE, 'readwrite');
  const store = transaction.objectStore(REPORTS_STORE);
  for (const entry of entries) store.put(entry);
  await transactionDone(transaction);
  notifyEverywhere();
}

export async function deleteOutboxEntries(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const db = await openOutboxDb();
  const transaction = db.transaction(REPORTS_STORE, 'readwrite');
  const store = transaction.objectStore(REPORTS_STORE);
  for (const id of ids) store.delete(id);
  await transactionDone(transaction);
  notifyEverywhere();
}
