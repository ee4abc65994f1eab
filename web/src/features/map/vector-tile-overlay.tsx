import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { TileLayerName } from './tile-layers';
import { VectorTileLayer } from './vector-tile-layer';

/**
 * A pane of its own above the district polygons (overlayPane, 400) and below popups, which lets
 * clicks through so the map (gridAt) and the districts' tooltips still get them.
 */
const VECTOR_TILE_PANE = 'vectorTiles';

interface VectorTileOverlayProps {
  layer: TileLayerName;
  /** Nothing is requested below this zoom (the API answers empty tiles there). */
  minZoom: number;
  /** Stacking among the vector layers: higher draws on top. */
  zIndex: number;
}

/** Adds one vector tile layer to the map while mounted. */
export function VectorTileOverlay({ layer, minZoom, zIndex }: VectorTileOverlayProps) {
  const map = useMap();
  useEffect(() => {
    const tiles = new VectorTileLayer(layer, minZoom, { pane: paneOf(map), zIndex, maxNativeZoom: 20 });
    tiles.addTo(map);
    return () => {
      tiles.remove();
    };
  }, [map, layer, minZoom, zIndex]);
  return null;
}

function paneOf(map: ReturnType<typeof useMap>): string {
  if (map.getPane(VECTOR_TILE_PANE) === undefined) {
    const pane = map.createPane(VECTOR_TILE_PANE);
    pane.style.zIndex = '450';
    pane.style.pointerEvents = 'none';
  }
  return VECTOR_TILE_PANE;
}
