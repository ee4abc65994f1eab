import { useEffect } from 'react';
import { caseIdFromHash } from './case-link';

/**
 * Opens the case a link names (`#/work/case/<id>`) when the console loads or the hash changes to
 * one, then puts the hash back to `#/work`, so the next link to the same case opens it again.
 */
export function useLinkedCase(open: (caseId: string) => void): void {
  useEffect(() => {
    const openLinked = () => {
      const caseId = caseIdFromHash(window.location.hash);
      if (caseId === null) return;
      open(caseId);
      window.history.replaceState(null, '', '#/work');
    };
    openLinked();
    window.addEventListener('hashchange', openLinked);
    return () => window.removeEventListener('hashchange', openLinked);
  }, [open]);
}
