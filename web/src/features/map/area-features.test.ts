import { describe, expect, it } from 'vitest';
// 黄浦区 310101: Vonng/adcode (CC BY 4.0), GCJ-02 as shipped; the datum does not matter here.
import huangpu from '../../../../prisma/data/shanghai/district-fences/310101.json';
import { parseAreaFeatures, positionsOf } from './area-features';
import { boxAround, toLatLng } from './coordinates';

const huangpuFeature = {
  type: 'Feature',
  id: '310101',
  geometry: huangpu,
  properties: { code: '310101', name: '黄浦区', level: 'DISTRICT', isDerived: false },
};
const collection = { type: 'FeatureCollection', features: [huangpuFeature] };

describe('parseAreaFeatures', () => {
  it('accepts the areaFeatures answer for a real district', () => {
    const parsed = parseAreaFeatures(collection, 'districtFeatures');
    expect(parsed.features.map((feature) => feature.properties.name)).toEqual(['黄浦区']);
  });

  it('names the field and feature that is wrong', () => {
    expect(() => parseAreaFeatures('{"type":"FeatureCollection"}', 'cityFeatures')).toThrow(
      'cityFeatures is not a GeoJSON FeatureCollection',
    );
    const point = { ...huangpuFeature, geometry: { type: 'Point', coordinates: [121.48, 31.23] } };
    expect(() => parseAreaFeatures({ ...collection, features: [huangpuFeature, point] }, 'districtFeatures')).toThrow(
      'districtFeatures.features[1] is not a polygon area feature',
    );
  });
});

describe('coordinates', () => {
  it('swaps GeoJSON [lng, lat] into Leaflet [lat, lng]', () => {
    expect(toLatLng([121.4737, 31.2304])).toEqual([31.2304, 121.4737]);
  });

  it('boxes a real district in Leaflet order', () => {
    const { features } = parseAreaFeatures(collection, 'districtFeatures');
    const box = boxAround(positionsOf(features));
    if (box === undefined) throw new Error('expected a box');
    const [[south, west], [north, east]] = box;
    // 黄浦区 lies around 31.23°N 121.49°E and spans a few kilometres.
    expect(south).toBeGreaterThan(31.15);
    expect(north).toBeLessThan(31.3);
    expect(west).toBeGreaterThan(121.44);
    expect(east).toBeLessThan(121.53);
    expect(north - south).toBeGreaterThan(0.03);
    expect(east - west).toBeGreaterThan(0.03);
  });

  it('has no box for no positions', () => {
    expect(boxAround([])).toBeUndefined();
  });
});
