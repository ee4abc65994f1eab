import { useCallback, useMemo, useState } from 'react';
import { availableBaseMaps, type BaseMap, type BaseMapName, baseMapNamed } from './base-maps';

const STORAGE_KEY = 'gridloop.baseMap';

/**
 * The chosen base map, remembered in this browser (one choice for every map of the app). A stored
 * choice no longer offered (Tianditu without its key) falls back to `none`.
 */
export function useBaseMap(): { baseMap: BaseMap; offered: readonly BaseMap[]; choose: (name: BaseMapName) => void } {
  const offered = useMemo(() => availableBaseMaps(), []);
  const [name, setName] = useState<string | null>(readStored);
  const choose = useCallback((next: BaseMapName) => {
    setName(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
  }, []);
  const baseMap = useMemo(() => baseMapNamed(name, offered), [name, offered]);
  return { baseMap, offered, choose };
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
