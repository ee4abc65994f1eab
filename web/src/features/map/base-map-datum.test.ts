import { type LngLat, wgs84ToGcj02 } from '@gridloop/geo';
import { describe, expect, it } from 'vitest';
import { datumOffsetPixels, lngLatAtWorldPixel, sourceTilesFor, worldPixelOf } from './base-map-datum';

/** 人民广场, Shanghai (WGS84). */
const peoplesSquare: LngLat = [121.4737, 31.2304];

describe('the base-map datum adapter', () => {
  it('leaves WGS84 base maps alone', () => {
    expect(datumOffsetPixels(peoplesSquare, 15, 'WGS84')).toEqual([0, 0]);
    expect(sourceTilesFor({ x: 27441, y: 13388, z: 15 }, 'WGS84')).toEqual([
      { x: 27441, y: 13388, z: 15, left: 0, top: 0 },
    ]);
  });

  it('measures the GCJ-02 offset in Shanghai: about +0.0045° lng and -0.0019° lat', () => {
    const [dx, dy] = datumOffsetPixels(peoplesSquare, 18, 'GCJ02');
    const pixelsPerDegreeLng = (256 * 2 ** 18) / 360;
    const pixelsPerDegreeLat = pixelsPerDegreeLng / Math.cos((peoplesSquare[1] * Math.PI) / 180);
    expect(dx / pixelsPerDegreeLng).toBeCloseTo(0.0045, 3);
    expect(dy / pixelsPerDegreeLat).toBeCloseTo(0.0019, 3); // south is down: positive y
    expect(datumOffsetPixels([2.35, 48.85], 18, 'GCJ02')).toEqual([0, 0]); // Paris: no shift outside China
  });

  it('draws the GCJ-02 imagery of a point where our WGS84 layers draw the point', () => {
    for (const z of [8, 12, 15, 18]) {
      const [wx, wy] = worldPixelOf(peoplesSquare, z);
      const tile = { x: Math.floor(wx / 256), y: Math.floor(wy / 256), z };
      const [gx, gy] = worldPixelOf(wgs84ToGcj02(peoplesSquare), z);
      const source = sourceTilesFor(tile, 'GCJ02').find(
        ({ x, y }) => x === Math.floor(gx / 256) && y === Math.floor(gy / 256),
      );
      expect(source, `zoom ${z}`).toBeDefined();
      if (!source) continue;
      // Where the GCJ-02 pixel of the point lands inside the displayed tile…
      const shownAt = [source.left + (gx - source.x * 256), source.top + (gy - source.y * 256)];
      // …is where the point itself is in that tile, within half a pixel (the offset is taken at the
      // tile's centre, not at the point).
      expect(shownAt[0]).toBeCloseTo(wx - tile.x * 256, 0);
      expect(shownAt[1]).toBeCloseTo(wy - tile.y * 256, 0);
    }
  });

  it('covers the whole displayed tile with at most four provider tiles', () => {
    const tiles = sourceTilesFor({ x: 27441, y: 13388, z: 15 }, 'GCJ02');
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(4);
    for (const [px, py] of [
      [0, 0],
      [255.9, 0],
      [0, 255.9],
      [255.9, 255.9],
      [128, 128],
    ] as const) {
      const covering = tiles.filter(({ left, top }) => px >= left && px < left + 256 && py >= top && py < top + 256);
      expect(covering, `pixel ${px},${py}`).toHaveLength(1);
    }
  });

  it('converts world pixels back to the same point', () => {
    const [lng, lat] = lngLatAtWorldPixel(worldPixelOf(peoplesSquare, 14), 14);
    expect(lng).toBeCloseTo(peoplesSquare[0], 9);
    expect(lat).toBeCloseTo(peoplesSquare[1], 9);
  });
});
