import type { LngLat, MultiPolygon, Polygon } from '@gridloop/geo';
import { describe, expect, it } from 'vitest';
// 黄浦区 310101: Vonng/adcode (CC BY 4.0), GCJ-02 as shipped; the datum does not matter here.
import huangpu from '../../../../prisma/data/shanghai/district-fences/310101.json';
import { isPointInArea } from './point-in-area';

const district = huangpu as unknown as Polygon;

/** A 2 × 2 square with a 1 × 1 hole in its middle, and the same as two polygons. */
const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ],
    [
      [0.5, 0.5],
      [1.5, 0.5],
      [1.5, 1.5],
      [0.5, 1.5],
      [0.5, 0.5],
    ],
  ],
};

describe('isPointInArea', () => {
  it('places People’s Square inside 黄浦区 and Lujiazui, across the river, outside', () => {
    const peoplesSquare: LngLat = [121.4754, 31.2317];
    const lujiazui: LngLat = [121.5055, 31.2397];
    expect(isPointInArea(peoplesSquare, district)).toBe(true);
    expect(isPointInArea(lujiazui, district)).toBe(false);
  });

  it('leaves holes out', () => {
    expect(isPointInArea([0.25, 1], withHole)).toBe(true);
    expect(isPointInArea([1, 1], withHole)).toBe(false);
    expect(isPointInArea([3, 1], withHole)).toBe(false);
  });

  it('counts every polygon of a MultiPolygon', () => {
    const islands: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        withHole.coordinates,
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 6],
            [5, 5],
          ],
        ],
      ],
    };
    expect(isPointInArea([5.5, 5.5], islands)).toBe(true);
    expect(isPointInArea([0.25, 0.25], islands)).toBe(true);
    expect(isPointInArea([4, 4], islands)).toBe(false);
  });
});
