import { describe, expect, it } from 'vitest';
import {
  type Geometry,
  gcj02ToWgs84,
  type LngLat,
  type MultiPolygon,
  type Polygon,
  transformGeometry,
  wgs84ToGcj02,
} from '../src/index.js';
import { readJson } from './shared-data.js';

const shift = ([lng, lat]: LngLat): LngLat => [lng + 1, lat - 1];
const ring = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
] as const;
const shiftedRing = [
  [1, -1],
  [2, -1],
  [2, 0],
  [1, -1],
];

describe('transformGeometry', () => {
  it.each<[Geometry, unknown]>([
    [
      { type: 'Point', coordinates: [0, 0] },
      { type: 'Point', coordinates: [1, -1] },
    ],
    [
      {
        type: 'MultiPoint',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      {
        type: 'MultiPoint',
        coordinates: [
          [1, -1],
          [2, 0],
        ],
      },
    ],
    [
      { type: 'LineString', coordinates: ring },
      { type: 'LineString', coordinates: shiftedRing },
    ],
    [
      { type: 'MultiLineString', coordinates: [ring, ring] },
      { type: 'MultiLineString', coordinates: [shiftedRing, shiftedRing] },
    ],
    [
      { type: 'Polygon', coordinates: [ring] },
      { type: 'Polygon', coordinates: [shiftedRing] },
    ],
    [
      { type: 'MultiPolygon', coordinates: [[ring], [ring, ring]] },
      { type: 'MultiPolygon', coordinates: [[shiftedRing], [shiftedRing, shiftedRing]] },
    ],
    [
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [0, 0] },
          { type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: ring }] },
        ],
      },
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, -1] },
          { type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: shiftedRing }] },
        ],
      },
    ],
  ])('maps every position of %o', (input, expected) => {
    const before = JSON.stringify(input);
    expect(transformGeometry(input, shift)).toEqual(expected);
    expect(JSON.stringify(input)).toBe(before); // input untouched
  });

  it('keeps altitudes, drops bbox, and keeps the geometry type in the return type', () => {
    const input = { type: 'Point', coordinates: [0, 0, 42], bbox: [0, 0, 0, 0] } as const;
    const out = transformGeometry(input, shift);
    expect(out).toEqual({ type: 'Point', coordinates: [1, -1, 42] });
    const lng: number = out.coordinates[0]; // typed as Point, not Geometry
    expect(lng).toBe(1);
  });

  it('rounds to the given number of decimals, without negative zero', () => {
    const point = transformGeometry({ type: 'Point', coordinates: [121.47, 31.23] }, wgs84ToGcj02, { decimals: 6 });
    expect(point.coordinates).toEqual([121.474535, 31.228067]);
    const tiny = transformGeometry({ type: 'Point', coordinates: [0, 0] }, () => [-0.0000001, 0.123456789], {
      decimals: 3,
    });
    expect(Object.is(tiny.coordinates[0], 0)).toBe(true);
    expect(tiny.coordinates[1]).toBe(0.123);
  });

  it('converts a real Shanghai district fence from GCJ-02 to WGS84 and back', () => {
    // 黄浦区 310101, GCJ-02, Vonng/adcode (CC BY 4.0), see shared/data/README.md.
    const huangpu = readJson('shanghai/district-fences/310101.json') as Polygon | MultiPolygon;
    const wgs = transformGeometry(huangpu, gcj02ToWgs84);
    const back = transformGeometry(wgs, wgs84ToGcj02);
    const flat = (g: Polygon | MultiPolygon) => g.coordinates.flat(2) as unknown as number[];
    const a = flat(huangpu);
    const b = flat(wgs);
    const c = flat(back);
    expect(a.length).toBeGreaterThan(100);
    expect(b).toHaveLength(a.length);
    for (let i = 0; i < a.length; i++) {
      expect(Math.abs((c[i] ?? Number.NaN) - (a[i] ?? 0))).toBeLessThan(1e-6);
      expect(Math.abs((b[i] ?? Number.NaN) - (a[i] ?? 0))).toBeGreaterThan(1e-4); // really moved
    }
  });

  it('names what was wrong', () => {
    const point = { type: 'Point', coordinates: [0, 0] } as const;
    expect(() => transformGeometry({ type: 'Circle' } as unknown as Geometry, shift)).toThrow(
      /GeoJSON Geometry, got type "Circle"/,
    );
    expect(() => transformGeometry(null as unknown as Geometry, shift)).toThrow(TypeError);
    expect(() => transformGeometry({ type: 'Point', coordinates: [0] } as unknown as Geometry, shift)).toThrow(
      /position must be \[lng, lat\] numbers, got \[0\]/,
    );
    expect(() => transformGeometry({ type: 'Polygon', coordinates: 5 } as unknown as Geometry, shift)).toThrow(
      /expected a list of rings or lines \(an array\), got 5/,
    );
    expect(() => transformGeometry(point, () => [Number.NaN, 0])).toThrow(/fn must return \[lng, lat\] numbers/);
    expect(() => transformGeometry(point, 'x' as unknown as typeof shift)).toThrow(/fn must be a function/);
    expect(() => transformGeometry(point, shift, { decimals: 1.5 })).toThrow(RangeError);
    expect(() => transformGeometry(point, shift, { decimals: 16 })).toThrow(/decimals must be an integer from 0 to 15/);
  });
});
