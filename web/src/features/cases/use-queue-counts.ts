import { useEffect, useState } from 'react';
import type { CaseQueue } from './case-enums';
import { fetchQueueCounts } from './fetch-queue-counts';

/**
 * The badge counts of the viewer's queues, fetched again whenever `refreshKey` changes. The old
 * counts stay up while new ones load, so badges do not flicker on every live update.
 */
export function useQueueCounts(queues: readonly CaseQueue[], refreshKey: number): Partial<Record<CaseQueue, number>> {
  const [counts, setCounts] = useState<Partial<Record<CaseQueue, number>>>({});

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshKey` is the refetch trigger
  useEffect(() => {
    const controller = new AbortController();
    fetchQueueCounts(queues, controller.signal).then(
      (next) => {
        if (!controller.signal.aborted) setCounts(next);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) console.error('Could not count the queues', error);
      },
    );
    return () => controller.abort();
  }, [queues, refreshKey]);

  return counts;
}
