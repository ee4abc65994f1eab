import type { LngLat, Polygon } from '@gridloop/geo';
import { describe, expect, it } from 'vitest';
// 黄浦区 310101: Vonng/adcode (CC BY 4.0), GCJ-02 as shipped; the datum does not matter here.
import huangpu from '../../../../prisma/data/shanghai/district-fences/310101.json';
import { isPointInArea } from './point-in-area';
import { snapIntoArea } from './snap-into-area';

const district = huangpu as unknown as Polygon;

/** Metres between two nearby WGS84 points (equirectangular; fine over a few hundred metres). */
function metresBetween([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const x = (lng2 - lng1) * 111_320 * Math.cos((lat1 * Math.PI) / 180);
  return Math.hypot(x, (lat2 - lat1) * 110_574);
}

/** A point `metres` east of another. */
function east([lng, lat]: LngLat, metres: number): LngLat {
  return [lng + metres / (111_320 * Math.cos((lat * Math.PI) / 180)), lat];
}

/** The easternmost vertex of the district: the bank of the Huangpu river. */
const riverBank = district.coordinates[0]?.reduce((best, vertex) => (vertex[0] > best[0] ? vertex : best)) as LngLat;

describe('snapIntoArea', () => {
  it('keeps a point that is already inside', () => {
    const peoplesSquare: LngLat = [121.4754, 31.2317];
    expect(snapIntoArea(peoplesSquare, district)).toEqual(peoplesSquare);
  });

  it('moves a tap a few metres over the boundary to just inside it', () => {
    const tap = east(riverBank, 8);
    expect(isPointInArea(tap, district)).toBe(false);
    const snapped = snapIntoArea(tap, district);
    expect(snapped).not.toBeNull();
    expect(isPointInArea(snapped as LngLat, district)).toBe(true);
    expect(metresBetween(tap, snapped as LngLat)).toBeLessThan(20);
  });

  it('refuses a tap that is another place, not a slip of the finger', () => {
    const farOut = east(riverBank, 300);
    expect(snapIntoArea(farOut, district)).toBeNull();
    expect(snapIntoArea(farOut, district, 1000)).not.toBeNull();
  });

  it('snaps out of a hole to its nearest edge', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [121, 31],
          [121.01, 31],
          [121.01, 31.01],
          [121, 31.01],
          [121, 31],
        ],
        [
          [121.004, 31.004],
          [121.006, 31.004],
          [121.006, 31.006],
          [121.004, 31.006],
          [121.004, 31.004],
        ],
      ],
    };
    const snapped = snapIntoArea([121.0041, 31.005], square) as LngLat;
    expect(isPointInArea(snapped, square)).toBe(true);
    expect(snapped[0]).toBeLessThan(121.004);
    expect(snapped[1]).toBeCloseTo(31.005, 6);
  });
});
