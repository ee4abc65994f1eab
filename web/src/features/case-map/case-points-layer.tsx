import { latLngBounds, point } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { CasePointsCanvas } from './case-points-canvas';
import type { CaseCluster } from './fetch-case-points';
import type { CasePointsState } from './use-case-points';

/** Split a cluster by zooming to its cases, at least this many levels, so a click always helps. */
const MIN_ZOOM_STEP = 2;

interface CasePointsLayerProps {
  state: CasePointsState;
  selectedId: string | null;
  onOpenCase: (caseId: string) => void;
}

/**
 * Draws the case points on the map (a child of AreaMap). Clicking a cluster zooms in to its cases;
 * clicking a case opens it.
 */
export function CasePointsLayer({ state, selectedId, onOpenCase }: CasePointsLayerProps) {
  const map = useMap();
  // The canvas layer lives as long as the map; the latest handler is read through a ref.
  const openCase = useRef(onOpenCase);
  openCase.current = onOpenCase;
  const layer = useMemo(
    () =>
      new CasePointsCanvas({
        onCluster: (cluster) => zoomInto(map, cluster),
        onPoint: (point) => openCase.current(point.id),
      }),
    [map],
  );
  useEffect(() => {
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, layer]);
  useEffect(() => {
    if (state.data) layer.setData(state.data, selectedId);
  }, [layer, state.data, selectedId]);
  return null;
}

/** Room around a zoomed-into cluster's cases, so those on its edge are not under the map's controls. */
const FIT_PADDING = point(48, 48);

/** Shows the whole box of the cluster's cases, zoomed in at least MIN_ZOOM_STEP levels. */
function zoomInto(map: ReturnType<typeof useMap>, cluster: CaseCluster): void {
  const box = latLngBounds([cluster.south, cluster.west], [cluster.north, cluster.east]);
  const fitted = map.getBoundsZoom(box, false, FIT_PADDING);
  const zoom = Math.min(map.getMaxZoom(), Math.max(fitted, map.getZoom() + MIN_ZOOM_STEP));
  map.setView(box.getCenter(), zoom);
}
