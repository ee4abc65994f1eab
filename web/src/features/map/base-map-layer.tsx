import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { BaseMapTileLayer } from './base-map-tile-layer';
import type { BaseMap } from './base-maps';

/**
 * Puts the chosen raster base map under everything else (Leaflet's tile pane), with its
 * attribution; `none` adds nothing, so an offline map requests no tiles at all.
 */
export function BaseMapLayer({ baseMap }: { baseMap: BaseMap }) {
  const map = useMap();
  useEffect(() => {
    if (baseMap.urls.length === 0) return;
    const layer = new BaseMapTileLayer(baseMap, { zIndex: 0, className: `base-map base-map--${baseMap.name}` });
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, baseMap]);
  return null;
}
