import { useCallback, useEffect, useState } from 'react';

/**
 * A counter that goes up every `intervalMs` while the page is visible, and at once on
 * `refreshNow()`; the dashboard's queries reload when it moves. A hidden tab does not poll, and
 * catches up as soon as it is shown again.
 */
export function useRefreshTick(intervalMs: number): { tick: number; refreshNow: () => void } {
  const [tick, setTick] = useState(0);
  const refreshNow = useCallback(() => setTick((count) => count + 1), []);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refreshNow();
    }, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refreshNow();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [intervalMs, refreshNow]);

  return { tick, refreshNow };
}
