import { useCallback, useEffect, useState } from 'react';
import { fetchUnreadCount } from './notification-api';

/** Seconds between badge refreshes: escalations are scanned every 15 s, so 30 s keeps it near live. */
export const UNREAD_POLL_SECONDS = 30;

/**
 * The unread count, polled every 30 s while the page is visible (and at once when it becomes
 * visible again); `setCount` lets the list correct it after marking read. Null until known.
 */
export function useUnreadCount(): { count: number | null; setCount: (count: number) => void; refresh: () => void } {
  const [count, setCount] = useState<number | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((value) => value + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` is the refetch trigger
  useEffect(() => {
    const controller = new AbortController();
    fetchUnreadCount(controller.signal).then(
      (next) => {
        if (!controller.signal.aborted) setCount(next);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) console.warn('Could not load the unread notification count', error);
      },
    );
    return () => controller.abort();
  }, [tick]);
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, UNREAD_POLL_SECONDS * 1000);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);
  return { count, setCount, refresh };
}
