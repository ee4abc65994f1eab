import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../auth/session-context';
import { type AdminError, toAdminError } from './admin-error';

export interface AdminQuery<T> {
  data: T | undefined;
  error: AdminError | null;
  isLoading: boolean;
  /** Loads again (after a save, or from a retry button), keeping the shown data meanwhile. */
  reload: () => void;
}

/**
 * Loads one admin table. `key` names what is asked for (a filter, a year): a new key loads again
 * and drops answers of the old one that arrive late. A signed-out answer ends the session.
 */
export function useAdminQuery<T>(key: string, load: (signal: AbortSignal) => Promise<T>): AdminQuery<T> {
  const { expire } = useSession();
  const [state, setState] = useState<{ data: T | undefined; error: AdminError | null; isLoading: boolean }>({
    data: undefined,
    error: null,
    isLoading: true,
  });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names the request; `load` is a new closure each render
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, isLoading: false });
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        const error = toAdminError(reason);
        if (error.code === 'UNAUTHENTICATED') expire();
        setState((previous) => ({ ...previous, error, isLoading: false }));
      },
    );
    return () => controller.abort();
  }, [key, attempt, expire]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, reload };
}
