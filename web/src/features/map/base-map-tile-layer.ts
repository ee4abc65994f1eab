import { type Coords, type DoneCallback, GridLayer, type GridLayerOptions } from 'leaflet';
import { sourceTilesFor } from './base-map-datum';
import type { BaseMap } from './base-maps';

/**
 * A raster base map whose tiles are placed by the datum adapter: for a WGS84 provider each
 * displayed tile is the provider's tile; for a GCJ-02 one (AMap) it is cut from the provider's
 * tiles around the shifted spot (`sourceTilesFor`), so the streets move under our WGS84 layers
 * and nothing else on the map needs converting. Each displayed tile is a clipped box of images.
 */
export class BaseMapTileLayer extends GridLayer {
  constructor(
    private readonly baseMap: BaseMap,
    options: GridLayerOptions,
  ) {
    super({ ...options, maxNativeZoom: baseMap.maxNativeZoom, attribution: baseMap.attribution });
  }

  protected override createTile(coords: Coords, done: DoneCallback): HTMLElement {
    const size = this.getTileSize();
    const scale = size.x / 256; // tiles beyond the provider's deepest zoom are drawn enlarged
    const tile = document.createElement('div');
    tile.className = 'base-map-tile';
    tile.dataset.datum = this.baseMap.datum;
    const images: HTMLImageElement[] = [];
    for (const source of sourceTilesFor(coords, this.baseMap.datum)) {
      for (const url of this.baseMap.urls) {
        const image = document.createElement('img');
        image.alt = '';
        image.draggable = false;
        image.style.left = `${source.left * scale}px`;
        image.style.top = `${source.top * scale}px`;
        image.style.width = `${size.x}px`;
        image.style.height = `${size.y}px`;
        image.src = url(source);
        images.push(image);
      }
    }
    tile.append(...images);
    settleWhenLoaded(images, (error) => done(error, tile));
    return tile;
  }
}

/** Calls back once: when every image has loaded, or at the first that fails (offline, refused). */
function settleWhenLoaded(images: HTMLImageElement[], callback: (error?: Error) => void): void {
  let pending = images.length;
  let settled = false;
  const settle = (error?: Error) => {
    if (settled) return;
    settled = true;
    callback(error);
  };
  if (pending === 0) queueMicrotask(() => settle());
  for (const image of images) {
    image.onload = () => {
      pending -= 1;
      if (pending === 0) settle();
    };
    image.onerror = () => settle(new Error(`base map tile ${image.src} failed`));
  }
}
