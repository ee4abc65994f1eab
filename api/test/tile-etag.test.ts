import { describe, expect, it } from 'vitest';
import { knownTileVersion, tileEtag } from '../src/modules/map/tile-etag.js';

const tile = { z: 12, x: 3430, y: 1673 };

describe('tile ETags carry the layer version, so a re-import replaces cached tiles', () => {
  it('names format, layer, version and address', () => {
    expect(tileEtag('grid', 42, tile)).toBe('W/"t1-grid-42-12-3430-1673"');
  });

  it('reads back the version a client holds, from a weak or strong tag, in a list', () => {
    expect(knownTileVersion(tileEtag('grid', 42, tile), 'grid', tile)).toBe(42);
    expect(knownTileVersion('"t1-grid-7-12-3430-1673"', 'grid', tile)).toBe(7);
    expect(knownTileVersion('"x", W/"t1-grid-9-12-3430-1673" ,"y"', 'grid', tile)).toBe(9);
  });

  it('ignores tags of another tile, another layer, an old format, or none', () => {
    expect(knownTileVersion(tileEtag('grid', 42, { ...tile, x: 3431 }), 'grid', tile)).toBeNull();
    expect(knownTileVersion(tileEtag('street', 42, tile), 'grid', tile)).toBeNull();
    expect(knownTileVersion('W/"t0-grid-42-12-3430-1673"', 'grid', tile)).toBeNull();
    expect(knownTileVersion('*', 'grid', tile)).toBeNull();
    expect(knownTileVersion(undefined, 'grid', tile)).toBeNull();
  });
});
