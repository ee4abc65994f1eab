import type { VectorTileLayer } from '@mapbox/vector-tile';
import type { TileLayerName } from './tile-layers';
import { tileFeatureStyle } from './tile-styles';

/** Vector-tile feature type 3: a polygon (rings; holes wind the other way). */
const POLYGON = 3;

/**
 * Paints the polygons of one decoded tile layer onto its canvas. Tile coordinates (0..extent)
 * are scaled to the canvas, whose size already includes the screen's pixel ratio. Rings go into
 * one path per feature and fill with the even-odd rule, so holes stay holes without classifying
 * rings first.
 */
export function drawTileFeatures(
  context: CanvasRenderingContext2D,
  tileLayer: VectorTileLayer,
  layer: TileLayerName,
  pixelRatio: number,
): void {
  const scale = context.canvas.width / tileLayer.extent;
  context.lineJoin = 'round';
  for (let index = 0; index < tileLayer.length; index += 1) {
    const feature = tileLayer.feature(index);
    if (feature.type !== POLYGON) continue;
    const style = tileFeatureStyle(layer, feature.properties.isDerived === true);
    context.beginPath();
    for (const ring of feature.loadGeometry()) {
      ring.forEach((point, i) => {
        if (i === 0) context.moveTo(point.x * scale, point.y * scale);
        else context.lineTo(point.x * scale, point.y * scale);
      });
      context.closePath();
    }
    if (style.fill !== null) {
      context.fillStyle = style.fill;
      context.fill('evenodd');
    }
    context.setLineDash(style.dash.map((length) => length * pixelRatio));
    context.strokeStyle = style.stroke;
    context.lineWidth = style.lineWidth * pixelRatio;
    context.stroke();
  }
}
