import { useCallback, useEffect, useState } from 'react';
import { GraphQLRequestError } from '../../api/graphql-client';
import type { CaseDetail } from './case-types';
import { fetchCaseDetail } from './fetch-case-detail';

export type CaseDetailState =
  | { status: 'loading' }
  | { status: 'error'; code: string | undefined }
  | { status: 'ready'; detail: CaseDetail };

/**
 * The open case. `reload()` fetches it again (after STALE_VERSION, or when a live change names
 * it); `replace()` takes the case an action answered with, saving a round trip. While reloading
 * the old case stays on screen. Mount it per case (`key={caseId}`) so that another case starts
 * from `loading`.
 */
export function useCaseDetail(caseId: string, refreshKey: number) {
  const [state, setState] = useState<CaseDetailState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshKey` and `attempt` are reload triggers
  useEffect(() => {
    const controller = new AbortController();
    fetchCaseDetail(caseId, controller.signal).then(
      (detail) => {
        if (!controller.signal.aborted) setState({ status: 'ready', detail });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.error('Could not load the case', error);
        setState({ status: 'error', code: error instanceof GraphQLRequestError ? error.code : undefined });
      },
    );
    return () => controller.abort();
  }, [caseId, refreshKey, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const replace = useCallback((detail: CaseDetail) => setState({ status: 'ready', detail }), []);
  return { state, reload, replace };
}
