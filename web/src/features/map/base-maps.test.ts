import { describe, expect, it } from 'vitest';
import { availableBaseMaps, baseMapNamed } from './base-maps';

describe('base maps', () => {
  it('offers none first and Tianditu only with a key', () => {
    expect(availableBaseMaps(null).map((baseMap) => baseMap.name)).toEqual(['none', 'osm', 'amap']);
    expect(availableBaseMaps('k').map((baseMap) => baseMap.name)).toEqual(['none', 'osm', 'tianditu', 'amap']);
  });

  it('marks only AMap as GCJ-02 and gives every online map an attribution', () => {
    for (const baseMap of availableBaseMaps('k')) {
      expect(baseMap.datum).toBe(baseMap.name === 'amap' ? 'GCJ02' : 'WGS84');
      if (baseMap.name !== 'none') expect(baseMap.attribution).not.toBe('');
    }
  });

  it('falls back to none for an unknown or unavailable choice', () => {
    expect(baseMapNamed('tianditu', availableBaseMaps(null)).name).toBe('none');
    expect(baseMapNamed(null).name).toBe('none');
    expect(baseMapNamed('amap').name).toBe('amap');
  });

  it('puts the key and the tile address into Tianditu URLs', () => {
    const tianditu = baseMapNamed('tianditu', availableBaseMaps('a b'));
    const [roads, labels] = tianditu.urls.map((url) => url({ x: 27441, y: 13388, z: 15 }));
    expect(roads).toContain('/vec_w/wmts?');
    expect(labels).toContain('/cva_w/wmts?');
    expect(roads).toContain('TILEMATRIX=15&TILEROW=13388&TILECOL=27441&tk=a%20b');
  });
});
