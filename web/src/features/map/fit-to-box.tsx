import type { FitBoundsOptions } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLngBox } from './coordinates';

/**
 * Not animated: the box usually arrives with data a moment after the map appears, and a click in
 * the middle of a fly-over would land on whatever the map showed at that instant.
 */
const FIT_OPTIONS: FitBoundsOptions = { padding: [16, 16], animate: false };

/**
 * Moves the map to a box when the box changes. MapContainer's `bounds` prop is read only at
 * creation, so later data has to go through `useMap()`. The map's container then carries
 * `data-fitted`, so whoever drives the page (a browser test) can wait for the map to show the box.
 */
export function FitToBox({ box }: { box: LatLngBox }) {
  const map = useMap();
  useEffect(() => {
    map.fitBounds(box, FIT_OPTIONS);
    map.getContainer().dataset.fitted = 'true';
  }, [map, box]);
  return null;
}
