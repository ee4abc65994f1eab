/**
 * A point in a projected, metric coordinate system (for Shanghai, UTM zone 51N, EPSG:32651):
 * `x` grows eastwards and `y` northwards, both in metres. Grid generation numbers and groups cells
 * by such points (usually each cell's centroid), never by longitude/latitude, whose degrees are
 * not the same length east–west and north–south.
 */
export interface PlanarPoint {
  readonly x: number;
  readonly y: number;
}
