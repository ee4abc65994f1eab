import { useEffect, useState } from 'react';
import type { CaseDetail, DuplicateCandidate } from './case-types';
import { fetchDuplicateCandidates } from './fetch-duplicate-candidates';

/**
 * Open cases of the same class near the open case: what the operator may merge it into. Null
 * while loading, and for viewers the API does not answer (departments, leaders).
 */
export function useDuplicateCandidates(detail: CaseDetail, isAllowed: boolean): DuplicateCandidate[] | null {
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);
  const { id, lng, lat, version } = detail;
  const filingConditionId = detail.filingCondition.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `version` may change the neighbours
  useEffect(() => {
    if (!isAllowed) return;
    const controller = new AbortController();
    fetchDuplicateCandidates({ id, lng, lat, filingConditionId }, controller.signal).then(
      (found) => {
        if (!controller.signal.aborted) setCandidates(found);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.error('Could not look for duplicates', error);
        setCandidates([]);
      },
    );
    return () => controller.abort();
  }, [id, lng, lat, filingConditionId, isAllowed, version]);

  return isAllowed ? candidates : null;
}
