import { useSyncExternalStore } from 'react';
import { type AdminPageId, adminPageFromHash } from './admin-pages';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readPage(): AdminPageId {
  return adminPageFromHash(window.location.hash);
}

/** The admin page in the URL hash (`#/admin/<page>`), the way `useHashSection` reads the section. */
export function useAdminPage(): AdminPageId {
  return useSyncExternalStore(subscribe, readPage);
}
