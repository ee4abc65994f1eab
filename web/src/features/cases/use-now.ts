import { useEffect, useState } from 'react';

/**
 * The current time, updated every `intervalMs`: remaining times and lights move on their own
 * while a console stays open all shift. One per list, not one per row.
 */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
