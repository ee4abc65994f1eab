import type { LngLat } from '@gridloop/geo';
import { useEffect, useState } from 'react';
import type { DuplicateCandidate } from '../cases/case-types';
import { fetchDuplicateCandidates } from '../cases/fetch-duplicate-candidates';

/**
 * Open cases of the chosen class near the chosen point (the API's radius and window for the
 * class), asked again whenever either changes. Empty while there is nothing to ask about, or when
 * the API cannot be reached: offline the report goes in as new, and the operator can still merge.
 */
export function useNearbyDuplicates(point: LngLat | null, filingConditionId: number | null): DuplicateCandidate[] {
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  useEffect(() => {
    setCandidates([]);
    if (point === null || filingConditionId === null) return;
    const controller = new AbortController();
    fetchDuplicateCandidates({ id: '', lng: point[0], lat: point[1], filingConditionId }, controller.signal).then(
      (found) => {
        if (!controller.signal.aborted) setCandidates(found);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [point, filingConditionId]);
  return candidates;
}
