import { wgs84ToGcj02 } from '@gridloop/geo';
import { describe, expect, it } from 'vitest';
import { previewFeaturesOf } from './layer-file-preview';

const square = (west: number, south: number, size: number) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];

describe('previewFeaturesOf', () => {
  it('keeps polygons with their index in the file and skips what cannot be drawn', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [121.48, 31.23] } },
        {
          type: 'Feature',
          properties: { code: '310101002001001' },
          geometry: { type: 'Polygon', coordinates: square(121.48, 31.23, 0.001) },
        },
        { type: 'Feature', properties: {}, geometry: null },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[['x', 1]]] } },
      ],
    });
    const previews = previewFeaturesOf(text, 'WGS84');
    expect(previews.map((preview) => preview.featureIndex)).toEqual([1]);
    expect(previews[0]?.geometry.coordinates).toEqual(square(121.48, 31.23, 0.001));
  });

  it('converts a GCJ-02 file back to WGS84 for the map', () => {
    const shifted = wgs84ToGcj02([121.48, 31.23]);
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates: [[shifted, shifted, shifted, shifted]] },
        },
      ],
    });
    const [corner] = (previewFeaturesOf(text, 'GCJ02')[0]?.geometry.coordinates[0] ?? []) as unknown as number[][];
    expect(corner?.[0]).toBeCloseTo(121.48, 5);
    expect(corner?.[1]).toBeCloseTo(31.23, 5);
  });

  it('previews nothing for a shapefile or broken JSON', () => {
    expect(previewFeaturesOf('PK\u0003\u0004…', 'WGS84')).toEqual([]);
    expect(previewFeaturesOf('{"type":"Feature"}', 'WGS84')).toEqual([]);
  });
});
