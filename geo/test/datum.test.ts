import { describe, expect, it } from 'vitest';
import {
  bd09ToGcj02,
  bd09ToWgs84,
  gcj02ToBd09,
  gcj02ToWgs84,
  isInsideChina,
  type LngLat,
  wgs84ToBd09,
  wgs84ToGcj02,
} from '../src/index.js';

/** A regular lattice of points over the box, corners included. */
function lattice(lngs: [number, number], lats: [number, number], steps: number): LngLat[] {
  const points: LngLat[] = [];
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      points.push([lngs[0] + ((lngs[1] - lngs[0]) * i) / steps, lats[0] + ((lats[1] - lats[0]) * j) / steps]);
    }
  }
  return points;
}

function maxError(a: LngLat, b: LngLat): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
}

const SHANGHAI = lattice([120.85, 122.2], [30.67, 31.88], 30); // 961 points
const CHINA = lattice([73.5, 134.7], [18.2, 53.5], 40);
const ABROAD: LngLat[] = [
  [-0.1246, 51.5007], // London
  [-74.006, 40.7128], // New York
  [151.2093, -33.8688], // Sydney
  [139.6917, 35.6895], // Tokyo (east of the box)
  [37.6173, 55.7558], // Moscow (west of the box)
];

describe('wgs84ToGcj02 against published reference values', () => {
  // Pairs as [WGS84, GCJ-02], [lng, lat].
  const pairs: [string, LngLat, LngLat][] = [
    // googollee/eviltransform, test suites of every language port (TESTS: shanghai, shenzhen, beijing).
    ['Shanghai (eviltransform)', [121.5272106, 31.1774276], [121.531541859215, 31.17530398364597]],
    ['Shenzhen (eviltransform)', [113.912316, 22.543847], [113.9171764808363, 22.540796131694766]],
    ['Beijing (eviltransform)', [116.377817, 39.911954], [116.38404722455657, 39.91334545536069]],
    // wandergis/coordtransform README: wgs84togcj02(116.404, 39.915).
    ['Tiananmen (coordtransform)', [116.404, 39.915], [116.41024449916938, 39.91640428150164]],
  ];
  it.each(pairs)('%s', (_name, wgs, gcj) => {
    expect(maxError(wgs84ToGcj02(wgs), gcj)).toBeLessThan(1e-9);
  });

  it('inverts the reference pairs back to WGS84 within 1e-8 degrees', () => {
    for (const [, wgs, gcj] of pairs) expect(maxError(gcj02ToWgs84(gcj), wgs)).toBeLessThan(1e-8);
  });
});

describe('GCJ-02 offset in Shanghai', () => {
  it('is about +0.0045 deg longitude and -0.0019 deg latitude (shared/data README)', () => {
    for (const wgs of SHANGHAI) {
      const [lng, lat] = wgs84ToGcj02(wgs);
      const dLng = lng - wgs[0];
      const dLat = lat - wgs[1];
      expect(dLng).toBeGreaterThan(0.0035);
      expect(dLng).toBeLessThan(0.0055);
      expect(dLat).toBeLessThan(-0.0009);
      expect(dLat).toBeGreaterThan(-0.0029);
    }
  });

  it('is a few hundred metres at the People’s Square', () => {
    const wgs: LngLat = [121.4737, 31.2304];
    const [lng, lat] = wgs84ToGcj02(wgs);
    const metresPerDegLat = 111_320;
    const east = (lng - wgs[0]) * metresPerDegLat * Math.cos((wgs[1] * Math.PI) / 180);
    const north = (lat - wgs[1]) * metresPerDegLat;
    expect(Math.hypot(east, north)).toBeGreaterThan(300);
    expect(Math.hypot(east, north)).toBeLessThan(600);
  });
});

describe('gcj02ToWgs84', () => {
  it('round-trips wgs -> gcj -> wgs within 1e-6 deg over Shanghai (961 points)', () => {
    for (const wgs of SHANGHAI) expect(maxError(gcj02ToWgs84(wgs84ToGcj02(wgs)), wgs)).toBeLessThan(1e-6);
  });

  it('is accurate to better than 1e-8 deg (about a millimetre) all over China', () => {
    let worst = 0;
    for (const wgs of CHINA) worst = Math.max(worst, maxError(gcj02ToWgs84(wgs84ToGcj02(wgs)), wgs));
    expect(worst).toBeLessThan(1e-8);
  });

  it('beats the one-step approximation used by coordtransform (README: 116.3977555..., 39.9135957...)', () => {
    // The one-step value is within ~1 m of ours; ours maps forward onto the input exactly.
    const wgs = gcj02ToWgs84([116.404, 39.915]);
    expect(maxError(wgs, [116.39775550083061, 39.91359571849836])).toBeLessThan(1e-5);
    expect(maxError(wgs84ToGcj02(wgs), [116.404, 39.915])).toBeLessThan(1e-9);
  });
});

describe('outside China', () => {
  it.each(ABROAD)('is the identity at [%f, %f]', (lng, lat) => {
    expect(isInsideChina([lng, lat])).toBe(false);
    expect(wgs84ToGcj02([lng, lat])).toEqual([lng, lat]);
    expect(gcj02ToWgs84([lng, lat])).toEqual([lng, lat]);
  });

  it('uses the usual bounding box, edges included', () => {
    expect(isInsideChina([121.4737, 31.2304])).toBe(true);
    expect(isInsideChina([72.004, 0.8293])).toBe(true);
    expect(isInsideChina([137.8347, 55.8271])).toBe(true);
    expect(isInsideChina([72.003, 30])).toBe(false);
    expect(isInsideChina([137.8348, 30])).toBe(false);
    expect(isInsideChina([100, 0.8292])).toBe(false);
    expect(isInsideChina([100, 55.8272])).toBe(false);
  });
});

describe('BD-09', () => {
  // wandergis/coordtransform README, input (116.404, 39.915).
  it('gcj02ToBd09 and wgs84ToBd09 match the published values', () => {
    expect(maxError(gcj02ToBd09([116.404, 39.915]), [116.41036949371029, 39.92133699351021])).toBeLessThan(1e-12);
    expect(maxError(wgs84ToBd09([116.404, 39.915]), [116.41662724378733, 39.922699552216216])).toBeLessThan(1e-12);
  });

  it('bd09ToGcj02 agrees with the published closed form (README: 116.39762729..., 39.90865674...) to 1e-6', () => {
    expect(maxError(bd09ToGcj02([116.404, 39.915]), [116.39762729119315, 39.90865673957631])).toBeLessThan(1e-6);
  });

  it('round-trips gcj -> bd -> gcj and bd -> gcj -> bd within 1e-9 deg over China', () => {
    for (const p of CHINA) {
      expect(maxError(bd09ToGcj02(gcj02ToBd09(p)), p)).toBeLessThan(1e-9);
      expect(maxError(gcj02ToBd09(bd09ToGcj02(p)), p)).toBeLessThan(1e-9);
    }
  });

  it('round-trips wgs -> bd -> wgs within 1e-8 deg over Shanghai', () => {
    for (const p of SHANGHAI) expect(maxError(bd09ToWgs84(wgs84ToBd09(p)), p)).toBeLessThan(1e-8);
  });

  it('shifts Shanghai by roughly +0.011 deg lng / +0.004 deg lat from WGS84', () => {
    const [lng, lat] = wgs84ToBd09([121.4737, 31.2304]);
    expect(lng - 121.4737).toBeCloseTo(0.011, 2);
    expect(lat - 31.2304).toBeCloseTo(0.004, 2);
  });
});

describe('input checks', () => {
  const fns = { wgs84ToGcj02, gcj02ToWgs84, gcj02ToBd09, bd09ToGcj02, wgs84ToBd09, bd09ToWgs84, isInsideChina };
  it.each(Object.entries(fns))('%s rejects bad input, naming the value', (_name, fn) => {
    const call = fn as (p: unknown) => unknown;
    expect(() => call([121])).toThrow(TypeError);
    expect(() => call('121.47,31.23')).toThrow(/must be a \[lng, lat\] array, got "121.47,31.23"/);
    expect(() => call([Number.NaN, 31])).toThrow(/longitude must be a finite number, got NaN/);
    expect(() => call([121, '31'])).toThrow(/latitude must be a finite number, got "31"/);
    expect(() => call([181, 31])).toThrow(RangeError);
    expect(() => call([31.2304, 121.4737])).toThrow(/latitude 121.4737 is outside \[-90, 90\].*\[lat, lng\] order/);
  });

  it('accepts and ignores an altitude', () => {
    const withAltitude = [121.4737, 31.2304, 12] as unknown as LngLat;
    expect(wgs84ToGcj02(withAltitude)).toEqual(wgs84ToGcj02([121.4737, 31.2304]));
  });
});
