import { useCallback, useState } from 'react';

const STORAGE_KEY = 'gridloop.caseMapOpen';

/** Whether the work console shows its case map, remembered in this browser (off at first). */
export function useCaseMapOpen(): [isOpen: boolean, toggle: () => void] {
  const [isOpen, setOpen] = useState(() => readStored() === 'true');
  const toggle = useCallback(() => {
    setOpen((open) => {
      try {
        localStorage.setItem(STORAGE_KEY, String(!open));
      } catch {
        // storage disabled: the choice lasts for this page only
      }
      return !open;
    });
  }, []);
  return [isOpen, toggle];
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
