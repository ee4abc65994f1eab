import { useCallback, useRef, useState } from 'react';
import type { CaseChange } from './case-types';
import { useCaseChanges } from './use-case-changes';

/**
 * Turns live changes into refresh triggers: `listRefresh` for counts and the visible list,
 * `caseRefresh` when the open case itself changed. A change this desk made (reported through
 * `onActed`) is refreshed at once and its live echo ignored, so one action costs one refresh.
 */
export function useLiveRefresh(openCaseId: string | null) {
  const [listRefresh, setListRefresh] = useState(0);
  const [caseRefresh, setCaseRefresh] = useState(0);
  /** Versions this desk produced itself. */
  const ownVersions = useRef(new Map<string, number>());

  const onActed = useCallback((caseId: string, version: number) => {
    ownVersions.current.set(caseId, version);
    setListRefresh((count) => count + 1);
  }, []);

  const onChanges = useCallback(
    (batch: readonly CaseChange[]) => {
      const changes = batch.filter((change) => (ownVersions.current.get(change.caseId) ?? 0) < change.version);
      if (batch.length > 0 && changes.length === 0) return;
      setListRefresh((count) => count + 1);
      // An empty batch follows a reconnect: anything may have changed, the open case too.
      if (changes.length === 0 || changes.some((change) => change.caseId === openCaseId)) {
        setCaseRefresh((count) => count + 1);
      }
    },
    [openCaseId],
  );
  const live = useCaseChanges(onChanges);

  return { live, listRefresh, caseRefresh, onActed };
}
