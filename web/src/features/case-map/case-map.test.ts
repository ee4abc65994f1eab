import { describe, expect, it } from 'vitest';
import { clusterRadius, formatCount, worstLight } from './case-point-style';
import { itemAt, placeCasePoints } from './draw-case-points';
import type { CaseCluster, CasePoint } from './fetch-case-points';
import { paddedBox } from './viewport-box';

const cluster = (count: number, red = 0): CaseCluster => ({
  lng: 121.47,
  lat: 31.23,
  count,
  green: count - red,
  yellow: 0,
  red,
  west: 121.46,
  south: 31.22,
  east: 121.48,
  north: 31.24,
});
const point: CasePoint = {
  id: '7',
  code: '3101012026112600007',
  status: 'REPORTED',
  light: 'GREEN',
  lng: 121.5,
  lat: 31.2,
};

describe('case map drawing', () => {
  it('colours a cluster by its most urgent case', () => {
    expect(worstLight({ green: 90, yellow: 5, red: 1 })).toBe('RED');
    expect(worstLight({ green: 90, yellow: 5, red: 0 })).toBe('YELLOW');
    expect(worstLight({ green: 0, yellow: 0, red: 0 })).toBe('NONE');
  });

  it('keeps bubbles readable from 2 to 100,000 cases', () => {
    expect(clusterRadius(100_000)).toBeLessThan(32);
    expect(clusterRadius(2)).toBeGreaterThan(11);
    expect([formatCount(999), formatCount(1_500), formatCount(12_345), formatCount(100_000)]).toEqual([
      '999',
      '1.5k',
      '12k',
      '100k',
    ]);
  });

  it('hits the topmost item under the pointer, bubbles above points', () => {
    const project = (lng: number, lat: number) => ({ x: (lng - 121) * 1000, y: (32 - lat) * 1000 });
    const drawn = placeCasePoints([cluster(5, 1), cluster(50)], [point], project);
    expect(drawn.map((item) => item.kind)).toEqual(['point', 'cluster', 'cluster']);
    const over = itemAt(drawn, 470, 770);
    expect(over?.kind === 'cluster' && over.cluster.count).toBe(50); // the larger bubble is drawn last
    expect(itemAt(drawn, 500, 800)?.kind).toBe('point');
    expect(itemAt(drawn, 100, 100)).toBeUndefined();
  });

  it('pads the requested box and keeps it inside Web Mercator', () => {
    const padded = paddedBox({ west: 121.4, south: 31.2, east: 121.5, north: 31.3 }, 0.5);
    expect(padded.west).toBeCloseTo(121.35, 9);
    expect(padded.south).toBeCloseTo(31.15, 9);
    expect(padded.east).toBeCloseTo(121.55, 9);
    expect(padded.north).toBeCloseTo(31.35, 9);
    expect(paddedBox({ west: -180, south: -85, east: 180, north: 85 }, 0.25)).toEqual({
      west: -180,
      south: -85.05,
      east: 180,
      north: 85.05,
    });
  });
});
