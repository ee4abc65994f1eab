import { useEffect, useState } from 'react';
import { loadWithFallback } from './device-storage';

export type OfflineResource<T> =
  | { status: 'loading' }
  /** `isStale`: the API did not answer, this is what it said last time on this device. */
  | { status: 'ready'; value: T; isStale: boolean }
  | { status: 'error'; error: unknown };

/**
 * Loads what the report screen needs from the API and keeps a copy on the device, so the screen
 * opens with no network as it was last seen (the catalog, the officer's area). Reloads when `key`
 * changes.
 */
export function useOfflineResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): OfflineResource<T> {
  const [state, setState] = useState<OfflineResource<T>>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` loads
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    loadWithFallback(key, () => load(controller.signal)).then(
      ({ value, isStale }) => {
        if (!controller.signal.aborted) setState({ status: 'ready', value, isStale });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
