import { describe, expect, it } from 'vitest';
import { createTileCache } from '../src/modules/map/tile-cache.js';

const at = (x: number) => ({ z: 15, x, y: 13388 });
const tileOf = (version: number, size: number) => ({ version, bytes: new Uint8Array(size).fill(version) });
/** The per-entry allowance createTileCache counts besides the bytes. */
const overhead = 200;

describe('createTileCache', () => {
  it('gives a tile back only for the version it was rendered from', () => {
    const cache = createTileCache({ maxBytes: 10_000 });
    cache.put('grid', at(1), tileOf(7, 100));
    expect(cache.get('grid', at(1), 7)?.bytes).toEqual(new Uint8Array(100).fill(7));
    expect(cache.get('grid', at(1), 8)).toBeUndefined();
    expect(cache.get('street', at(1), 7)).toBeUndefined();
    expect(cache.get('grid', at(2), 7)).toBeUndefined();
  });

  it('replaces an older version of the same tile rather than keeping both', () => {
    const cache = createTileCache({ maxBytes: 10_000 });
    cache.put('grid', at(1), tileOf(7, 100));
    cache.put('grid', at(1), tileOf(8, 300));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(300 + overhead);
    expect(cache.get('grid', at(1), 8)?.version).toBe(8);
  });

  it('stays within its budget, evicting the least recently used tile first', () => {
    const cache = createTileCache({ maxBytes: 3 * (1000 + overhead) });
    for (const x of [1, 2, 3]) cache.put('grid', at(x), tileOf(1, 1000));
    cache.get('grid', at(1), 1); // now 2 is the least recently used
    cache.put('grid', at(4), tileOf(1, 1000));
    expect(cache.bytes).toBeLessThanOrEqual(3 * (1000 + overhead));
    expect(cache.get('grid', at(2), 1)).toBeUndefined();
    for (const x of [1, 3, 4]) expect(cache.get('grid', at(x), 1)).toBeDefined();
  });

  it('counts empty tiles too, and does not keep a tile larger than the whole budget', () => {
    const cache = createTileCache({ maxBytes: 1000 });
    cache.put('grid', at(1), tileOf(1, 0));
    expect(cache.bytes).toBe(overhead);
    const huge = cache.put('grid', at(2), tileOf(1, 5000));
    expect(huge.bytes.length).toBe(5000);
    expect(cache.get('grid', at(2), 1)).toBeUndefined();
    expect(cache.get('grid', at(1), 1)).toBeDefined();
  });
});
