import type { LngLat } from '@gridloop/geo';
import { useCallback, useState } from 'react';
import type { PlacementNote } from './place-summary';
import type { ScopeArea } from './scope-area';
import { snapIntoArea } from './snap-into-area';
import { useGeolocation } from './use-geolocation';

/**
 * Where the problem is: set by "locate me" (the phone's WGS84 fix, used as is) or by a tap, either
 * kept inside the officer's area — a point just outside snaps to the nearest inside point, one far
 * outside is refused. `centreKey` changes when the map should fly to the point (after locating).
 */
export function useReportPoint(scope: ScopeArea | null) {
  const geo = useGeolocation();
  const { locate: locateFix } = geo;
  const [point, setPoint] = useState<LngLat | null>(null);
  const [note, setNote] = useState<PlacementNote>(null);
  const [centreKey, setCentreKey] = useState(0);

  const placeAt = useCallback(
    (at: LngLat): boolean => {
      const placed = scope === null ? at : snapIntoArea(at, scope.geometry);
      if (placed === null) {
        setNote('refused');
        return false;
      }
      setPoint(placed);
      setNote(placed === at ? null : 'snapped');
      return true;
    },
    [scope],
  );

  const locate = useCallback(async () => {
    const fix = await locateFix();
    if (fix !== null && placeAt(fix.at)) setCentreKey((key) => key + 1);
  }, [locateFix, placeAt]);

  return { point, note, centreKey, placeAt, locate, fix: geo.fix, geoStatus: geo.status };
}
