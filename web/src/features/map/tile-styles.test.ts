import { describe, expect, it } from 'vitest';
import { tileUrl } from './tile-layers';
import { tileFeatureStyle } from './tile-styles';

describe('vector tile styles', () => {
  it('dashes derived features and keeps official ones solid', () => {
    expect(tileFeatureStyle('grid', true).dash.length).toBeGreaterThan(0);
    expect(tileFeatureStyle('grid', false).dash).toEqual([]);
    expect(tileFeatureStyle('street', true).stroke).toBe(tileFeatureStyle('street', false).stroke);
  });

  it('hands out the same object every time, so drawing allocates nothing', () => {
    expect(tileFeatureStyle('community', true)).toBe(tileFeatureStyle('community', true));
  });

  it('addresses tiles as the API serves them', () => {
    expect(tileUrl('grid', { x: 27441, y: 13388, z: 15 })).toBe('/tiles/grid/15/27441/13388.mvt');
  });
});
