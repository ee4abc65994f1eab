import { useEffect, useState } from 'react';
import { GraphQLRequestError } from '../../api/graphql-client';
import { useSession } from '../auth/session-context';

export interface DashboardQuery<T> {
  data: T | undefined;
  /** The API's error code (FORBIDDEN, BAD_REQUEST…), `NETWORK` or `UNKNOWN`; null after a success. */
  error: string | null;
  isLoading: boolean;
}

/**
 * Loads one panel of the dashboard. `key` names what is asked (area, period, level): a new key
 * loads again and drops late answers of the old one. `refresh` (a counter) loads the same key again,
 * keeping the shown numbers until the new ones arrive, so a refresh never blanks the screen. A
 * null key asks nothing (a period the API would refuse). A signed-out answer ends the session.
 */
export function useDashboardQuery<T>(
  key: string | null,
  refresh: number,
  load: (signal: AbortSignal) => Promise<T>,
): DashboardQuery<T> {
  const { expire } = useSession();
  const [state, setState] = useState<DashboardQuery<T> & { key: string | null }>({
    key,
    data: undefined,
    error: null,
    isLoading: key !== null,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `refresh` name the request; `load` is a new closure each render
  useEffect(() => {
    if (key === null) {
      setState({ key, data: undefined, error: null, isLoading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({
      ...(previous.key === key ? previous : { data: undefined, error: null }),
      key,
      isLoading: true,
    }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data, error: null, isLoading: false });
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        const code = errorCodeOf(reason);
        if (code === 'UNAUTHENTICATED') expire();
        else console.error(`Dashboard query ${key} failed`, reason);
        setState((previous) => ({ ...previous, error: code, isLoading: false }));
      },
    );
    return () => controller.abort();
  }, [key, refresh, expire]);

  // Until the effect has run for a new key, the old key's data must not show under the new heading.
  if (state.key !== key) return { data: undefined, error: null, isLoading: key !== null };
  return { data: state.data, error: state.error, isLoading: state.isLoading };
}

function errorCodeOf(reason: unknown): string {
  if (reason instanceof GraphQLRequestError) return reason.code ?? (reason.status === 0 ? 'NETWORK' : 'UNKNOWN');
  return 'UNKNOWN';
}
