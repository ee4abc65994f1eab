import type { LngLat } from '@gridloop/geo';
import { useEffect, useState } from 'react';
import { fetchGridAt, type GridLocation } from '../map/grid-at';
import { isGridInScope } from './is-grid-in-scope';

/**
 * What the API says about the chosen point before submitting:
 * - `in-scope` / `out-of-scope`: the unit grid there, inside the officer's area or not;
 * - `no-grid`: no unit grid contains it;
 * - `unknown`: the API could not be asked (offline); the send will decide.
 */
export type PlaceCheck =
  | { status: 'none' }
  | { status: 'checking' }
  | { status: 'in-scope'; location: GridLocation }
  | { status: 'out-of-scope'; location: GridLocation }
  | { status: 'no-grid' }
  | { status: 'unknown' };

/**
 * Asks `gridAt` whenever the point moves; the submit refuses what it finds out of scope. Keyed on
 * the coordinates, not the array: a GPS fix repeating the same position must not re-ask (the line
 * would flicker back to "checking").
 */
export function usePlaceCheck(point: LngLat | null, areaCode: string): PlaceCheck {
  const [check, setCheck] = useState<PlaceCheck>({ status: 'none' });
  const lng = point?.[0];
  const lat = point?.[1];
  useEffect(() => {
    if (lng === undefined || lat === undefined) {
      setCheck({ status: 'none' });
      return;
    }
    const point: LngLat = [lng, lat];
    const controller = new AbortController();
    setCheck({ status: 'checking' });
    fetchGridAt(point, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        if (answer === 'outside') setCheck({ status: 'no-grid' });
        else if (isGridInScope(answer.unitGrid.code, areaCode)) setCheck({ status: 'in-scope', location: answer });
        else setCheck({ status: 'out-of-scope', location: answer });
      },
      () => {
        if (!controller.signal.aborted) setCheck({ status: 'unknown' });
      },
    );
    return () => controller.abort();
  }, [lng, lat, areaCode]);
  return check;
}
