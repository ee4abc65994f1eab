import type { CasePointsBox } from './fetch-case-points';

/** Web Mercator's edge: the API refuses latitudes beyond it. */
const MAX_LATITUDE = 85.05;

/**
 * The box to ask for: the view grown by a fraction on each side, so short pans stay covered while
 * the next answer loads, and clamped to what the API takes.
 *
 * @example paddedBox({ west: 121.4, south: 31.2, east: 121.5, north: 31.3 }, 0.25)
 * // { west: 121.375, south: 31.175, east: 121.525, north: 31.325 }
 */
export function paddedBox(view: CasePointsBox, fraction: number): CasePointsBox {
  const width = view.east - view.west;
  const height = view.north - view.south;
  return {
    west: Math.max(-180, view.west - width * fraction),
    south: Math.max(-MAX_LATITUDE, view.south - height * fraction),
    east: Math.min(180, view.east + width * fraction),
    north: Math.min(MAX_LATITUDE, view.north + height * fraction),
  };
}
