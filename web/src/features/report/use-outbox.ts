import { useCallback, useEffect, useState } from 'react';
import type { PreparedPhoto } from './compress-photo';
import { newIdempotencyKey } from './new-idempotency-key';
import { newOutboxEntry, type OutboxEntry, type ReportDraft } from './outbox-entry';
import { retryNow } from './outbox-policy';
import { deleteOutboxEntries, getOutboxEntry, listOutbox, putOutboxEntries, subscribeOutbox } from './outbox-store';

export interface Outbox {
  /** This officer's reports on the device, oldest first; null while loading. */
  entries: OutboxEntry[] | null;
  /** Set when the device cannot store reports (IndexedDB disabled): the screen must say so. */
  storageError: unknown;
  /** Saves the report on the device (resolves once it is on disk); the sender takes it from there. */
  enqueue(draft: ReportDraft, photos: readonly PreparedPhoto[]): Promise<OutboxEntry>;
  retry(id: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * The officer's outbox as the report screen sees it: every report is written to IndexedDB before
 * anything is sent, and `OutboxSender` (mounted by the app shell) sends it when there is network.
 * The list follows every change, from this tab or another.
 */
export function useOutbox(owner: string): Outbox {
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  const [storageError, setStorageError] = useState<unknown>(null);

  useEffect(() => {
    let isCurrent = true;
    const reload = () =>
      listOutbox(owner).then(
        (listed) => isCurrent && setEntries(listed),
        (error: unknown) => isCurrent && setStorageError(error),
      );
    const unsubscribe = subscribeOutbox(reload);
    void reload();
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [owner]);

  const enqueue = useCallback(
    async (draft: ReportDraft, photos: readonly PreparedPhoto[]) => {
      const entry = newOutboxEntry({ id: newIdempotencyKey(), owner, draft, photos, now: Date.now() });
      await putOutboxEntries([entry]);
      void navigator.storage?.persist?.().catch(() => false); // ask the browser not to evict unsent reports
      return entry;
    },
    [owner],
  );

  const retry = useCallback(async (id: string) => {
    const entry = await getOutboxEntry(id);
    if (entry !== undefined) await putOutboxEntries([retryNow(entry, Date.now())]);
  }, []);

  const remove = useCallback((id: string) => deleteOutboxEntries([id]), []);

  return { entries, storageError, enqueue, retry, remove };
}
