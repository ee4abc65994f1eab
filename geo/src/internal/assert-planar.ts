import type { PlanarPoint } from '../planar-point.js';

/** Throws unless every point has finite x and y, naming the first bad one by its index. */
export function assertPlanarPoints(points: readonly PlanarPoint[], what: string): void {
  points.forEach((point, index) => {
    if (!Number.isFinite(point?.x) || !Number.isFinite(point?.y)) {
      throw new TypeError(`${what}[${index}] must have finite x and y in metres, got ${JSON.stringify(point)}`);
    }
  });
}

/** Throws unless `value` is a finite number above zero. */
export function assertPositiveLength(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number of metres, got ${String(value)}`);
  }
}
