import type { FitBoundsOptions } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLngBox } from './coordinates';

const FIT_OPTIONS: FitBoundsOptions = { padding: [16, 16] };

/**
 * Moves the map to a box when the box changes. MapContainer's `bounds` prop is read only at
 * creation, so later data has to go through `useMap()`.
 */
export function FitToBox({ box }: { box: LatLngBox }) {
  const map = useMap();
  useEffect(() => {
    map.fitBounds(box, FIT_OPTIONS);
  }, [map, box]);
  return null;
}
