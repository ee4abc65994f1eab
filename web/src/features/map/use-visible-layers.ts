import { useCallback, useState } from 'react';
import { DEFAULT_VISIBLE_TILE_LAYERS, type TileLayerName } from './tile-layers';

/** Which vector tile layers are on; toggling creates a new set so React sees the change. */
export function useVisibleLayers(): { visible: ReadonlySet<TileLayerName>; toggle: (layer: TileLayerName) => void } {
  const [visible, setVisible] = useState<ReadonlySet<TileLayerName>>(DEFAULT_VISIBLE_TILE_LAYERS);
  const toggle = useCallback((layer: TileLayerName) => {
    setVisible((current) => {
      const next = new Set(current);
      if (!next.delete(layer)) next.add(layer);
      return next;
    });
  }, []);
  return { visible, toggle };
}
