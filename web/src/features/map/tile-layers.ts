import type { MessageKey } from '../../i18n';

/** The area layers the API serves as vector tiles (`/tiles/{layer}/{z}/{x}/{y}.mvt`). */
export type TileLayerName = 'district' | 'street' | 'community' | 'grid' | 'responsibility';

export interface SwitchableTileLayer {
  name: TileLayerName;
  labelKey: MessageKey;
  /**
   * The zoom from which the API fills the layer's tiles (its `mapLayers` minZoom). Below it the
   * layer requests nothing at all, rather than fetching tiles that are empty by definition.
   */
  minZoom: number;
}

/** The layers the switcher offers, drawn bottom to top in this order. */
export const SWITCHABLE_TILE_LAYERS: readonly SwitchableTileLayer[] = [
  { name: 'street', labelKey: 'map.layer.street', minZoom: 8 },
  { name: 'community', labelKey: 'map.layer.community', minZoom: 10 },
  { name: 'grid', labelKey: 'map.layer.grid', minZoom: 12 },
];

export const DEFAULT_VISIBLE_TILE_LAYERS: ReadonlySet<TileLayerName> = new Set(['street', 'community', 'grid']);

/**
 * Where a tile lives on the API; same origin in production, proxied by Vite in development.
 *
 * @example tileUrl('grid', { x: 27441, y: 13388, z: 15 }) // '/tiles/grid/15/27441/13388.mvt'
 */
export function tileUrl(layer: TileLayerName, { x, y, z }: { x: number; y: number; z: number }): string {
  return `/tiles/${layer}/${z}/${x}/${y}.mvt`;
}
