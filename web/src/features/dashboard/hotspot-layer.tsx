import type { LatLngBoundsExpression } from 'leaflet';
import { Rectangle } from 'react-leaflet';
import type { HotspotBin } from './dashboard-types';

const METERS_PER_DEGREE_LAT = 111_320;

interface HotspotLayerProps {
  bins: readonly HotspotBin[];
  binMeters: number;
}

/**
 * 热力: each bin as a square of its size, darker and more opaque the more cases it holds. Squares
 * on the map's canvas need no base-map tiles and no heat-map plugin, and stay exact: a square
 * is the bin the API counted, not a blur around it.
 */
export function HotspotLayer({ bins, binMeters }: HotspotLayerProps) {
  const most = Math.max(1, ...bins.map((bin) => bin.cases));
  return (
    <>
      {bins.map((bin) => {
        const share = bin.cases / most;
        return (
          <Rectangle
            key={`${bin.lat},${bin.lng}`}
            bounds={squareAround(bin, binMeters)}
            interactive={false}
            pathOptions={{ stroke: false, fillColor: heatColour(share), fillOpacity: 0.35 + 0.5 * share }}
          />
        );
      })}
    </>
  );
}

/** Yellow for the fewest, through orange, to dark red for the most. */
export function heatColour(share: number): string {
  if (share > 0.75) return '#99000d';
  if (share > 0.5) return '#e31a1c';
  if (share > 0.25) return '#fd8d3c';
  return '#fecc5c';
}

function squareAround({ lat, lng }: HotspotBin, sizeMeters: number): LatLngBoundsExpression {
  const halfLat = sizeMeters / 2 / METERS_PER_DEGREE_LAT;
  const halfLng = halfLat / Math.cos((lat * Math.PI) / 180);
  return [
    [lat - halfLat, lng - halfLng],
    [lat + halfLat, lng + halfLng],
  ];
}
