import type { LngLat } from '@gridloop/geo';
import { useCallback, useEffect, useRef, useState } from 'react';

/** A position fix from the browser. Browsers report WGS84 (the GPS datum): no datum shift applies. */
export interface GeoFix {
  at: LngLat;
  accuracyM: number;
}

export type GeoStatus = 'idle' | 'locating' | 'ok' | 'denied' | 'unavailable';

const OPTIONS: PositionOptions = { enableHighAccuracy: true, timeout: 15_000, maximumAge: 10_000 };

function toFix(position: GeolocationPosition): GeoFix {
  return { at: [position.coords.longitude, position.coords.latitude], accuracyM: position.coords.accuracy };
}

/**
 * The officer's position. `locate()` asks once (resolving with the fix, or null) and then keeps
 * following the officer while the screen is open, so the dot moves as they walk. If the browser
 * already has permission, it locates on open without a tap.
 */
export function useGeolocation(): { fix: GeoFix | null; status: GeoStatus; locate: () => Promise<GeoFix | null> } {
  const [fix, setFix] = useState<GeoFix | null>(null);
  const [status, setStatus] = useState<GeoStatus>('idle');
  const watchId = useRef<number | null>(null);

  const follow = useCallback(() => {
    if (watchId.current !== null) return;
    watchId.current = navigator.geolocation.watchPosition((position) => setFix(toFix(position)), undefined, OPTIONS);
  }, []);

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setStatus('unavailable');
      return Promise.resolve(null);
    }
    setStatus('locating');
    return new Promise<GeoFix | null>((resolve) => {
      navigator.geolocation.getCurrentPosition(
        (position) => {
          const found = toFix(position);
          setFix(found);
          setStatus('ok');
          follow();
          resolve(found);
        },
        (error) => {
          setStatus(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
          resolve(null);
        },
        OPTIONS,
      );
    });
  }, [follow]);

  useEffect(() => {
    return () => {
      if (watchId.current !== null) navigator.geolocation.clearWatch(watchId.current);
    };
  }, []);

  return { fix, status, locate };
}

/** Whether the browser will answer without asking (so locating on open is no surprise). */
export async function isGeolocationGranted(): Promise<boolean> {
  try {
    return (await navigator.permissions?.query({ name: 'geolocation' }))?.state === 'granted';
  } catch {
    return false;
  }
}
