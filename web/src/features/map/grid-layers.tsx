import { GridAtPopup } from './grid-at-popup';
import { SWITCHABLE_TILE_LAYERS, type TileLayerName } from './tile-layers';
import { VectorTileOverlay } from './vector-tile-overlay';

/**
 * The vector tile layers that are switched on, and the click-to-locate popup: children of the
 * AreaMap, drawn above the districts.
 */
export function GridLayers({ visible }: { visible: ReadonlySet<TileLayerName> }) {
  return (
    <>
      {SWITCHABLE_TILE_LAYERS.map(({ name, minZoom }, index) =>
        visible.has(name) ? <VectorTileOverlay key={name} layer={name} minZoom={minZoom} zIndex={index + 1} /> : null,
      )}
      <GridAtPopup />
    </>
  );
}
