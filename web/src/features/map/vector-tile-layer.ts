import { VectorTile } from '@mapbox/vector-tile';
import { type Coords, type DoneCallback, GridLayer, type GridLayerOptions, type TileEvent } from 'leaflet';
import { PbfReader } from 'pbf';
import { drawTileFeatures } from './draw-tile-features';
import { type TileLayerName, tileUrl } from './tile-layers';

/**
 * A Leaflet layer that draws one of the API's Mapbox vector tile layers on canvas tiles: one
 * `<canvas>` per 256-px tile whatever the number of polygons, which is what lets the map show
 * tens of thousands of unit grids. The browser's HTTP cache revalidates tiles by ETag, so panning
 * back costs 304s. A tile that scrolls away before it arrives has its request cancelled.
 *
 * Below `minTileZoom` tiles are empty placeholders and nothing is fetched. This is deliberately
 * not Leaflet's `minZoom` option: a layer's minZoom becomes the whole map's minimum zoom, which
 * would stop users from zooming out to see the city.
 */
export class VectorTileLayer extends GridLayer {
  private readonly requests = new WeakMap<HTMLElement, AbortController>();

  constructor(
    private readonly layer: TileLayerName,
    private readonly minTileZoom: number,
    options: GridLayerOptions,
  ) {
    super(options);
    this.on('tileunload', (event: TileEvent) => this.requests.get(event.tile)?.abort());
  }

  protected override createTile(coords: Coords, done: DoneCallback): HTMLElement {
    if (coords.z < this.minTileZoom) {
      const placeholder = document.createElement('div');
      queueMicrotask(() => done(undefined, placeholder)); // Leaflet wants `done` after createTile returns
      return placeholder;
    }
    const size = this.getTileSize();
    const pixelRatio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = size.x * pixelRatio;
    canvas.height = size.y * pixelRatio;
    const controller = new AbortController();
    this.requests.set(canvas, controller);
    this.drawInto(canvas, coords, pixelRatio, controller.signal).then(
      () => done(undefined, canvas),
      (error: unknown) => {
        if (!controller.signal.aborted) done(error instanceof Error ? error : new Error(String(error)), canvas);
      },
    );
    return canvas;
  }

  private async drawInto(canvas: HTMLCanvasElement, coords: Coords, pixelRatio: number, signal: AbortSignal) {
    const response = await fetch(tileUrl(this.layer, coords), { signal });
    if (!response.ok) throw new Error(`tile ${tileUrl(this.layer, coords)}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length === 0) return; // an empty tile: nothing of this layer here
    const tileLayer = new VectorTile(new PbfReader(bytes)).layers[this.layer];
    const context = canvas.getContext('2d');
    if (tileLayer === undefined || context === null) return;
    drawTileFeatures(context, tileLayer, this.layer, pixelRatio);
  }
}
