import { useSyncExternalStore } from 'react';
import { type SectionId, sectionFromHash } from './sections';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readSection(): SectionId {
  return sectionFromHash(window.location.hash);
}

/**
 * The section in the URL hash. A stand-in for a router: links are plain `href="#/about"`, so
 * back/forward and bookmarks work, and only this hook and `sections.ts` change when a router
 * library replaces them.
 */
export function useHashSection(): SectionId {
  return useSyncExternalStore(subscribe, readSection);
}
