import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huangpuGrids, insertHuangpuGrids } from '../src/fixtures/huangpu-grids.js';
import { type MapTestApi, startMapTestApi } from '../src/fixtures/map-test-api.js';
import { errorOf, httpGet, type RawResponse } from '../src/http-get.js';

interface FeatureCollection {
  type: 'FeatureCollection';
  features: { id: string; geometry: { type: string }; properties: Record<string, unknown> }[];
}

let map: MapTestApi;
beforeAll(async () => {
  map = await startMapTestApi();
});
afterAll(() => map?.close());

const { west, east, north, south, codes } = huangpuGrids;
/** A box a little larger than the fixture block. */
const aroundFixture = [west - 0.001, south - 0.001, east + 0.001, north + 0.001].join(',');
const geojson = (layer: string, query: string, headers: Record<string, string> = {}) =>
  httpGet(`${map.api.baseUrl}/geojson/${layer}?${query}`, headers);
const collectionOf = (response: RawResponse) => JSON.parse(response.body.toString('utf8')) as FeatureCollection;

describe('GeoJSON by bounding box: /geojson/:layer?bbox=', () => {
  it('returns the current unit grids in the box, with codes and properties, in one statement', async () => {
    map.api.statements.length = 0;
    const response = await geojson('grid', `bbox=${aroundFixture}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/geo+json');
    expect(map.api.statements).toHaveLength(1);
    const { type, features } = collectionOf(response);
    expect(type).toBe('FeatureCollection');
    expect(features.map((feature) => feature.id)).toEqual(codes);
    expect(features[0]?.properties).toEqual({
      code: codes[0],
      name: '测试网格 1',
      level: 'UNIT_GRID',
      isDerived: true,
    });
    expect(features[0]?.geometry.type).toBe('MultiPolygon');
  });

  it('leaves out retired grids after a re-import', async () => {
    await insertHuangpuGrids(map.api.prisma);
    const { features } = collectionOf(await geojson('grid', `bbox=${aroundFixture}`));
    expect(features.map((feature) => feature.id)).toEqual(codes);
  });

  it('only returns what intersects the box', async () => {
    const westHalfOnly = [west - 0.001, south - 0.001, west + 0.0005, north + 0.001].join(',');
    const { features } = collectionOf(await geojson('grid', `bbox=${westHalfOnly}`));
    expect(features.map((feature) => feature.id)).toEqual([codes[0], codes[2]]);
  });

  it('serves the area layers too, gzip-compressed when accepted', async () => {
    const response = await geojson('district', 'bbox=121.3,31.1,121.6,31.35', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    const { features } = JSON.parse(gunzipSync(response.body).toString('utf8')) as FeatureCollection;
    expect(features.map((feature) => feature.properties.name)).toContain('黄浦区');
    expect(features.every((feature) => feature.properties.level === 'DISTRICT')).toBe(true);
  });

  it('refuses more features than the limit with TOO_MANY_FEATURES, saying the limit and to zoom in', async () => {
    const response = await geojson('grid', `bbox=${aroundFixture}&limit=3`);
    expect(response.status).toBe(422);
    const error = errorOf(response);
    expect(error.code).toBe('TOO_MANY_FEATURES');
    expect(error.message).toContain('More than 3 grid features');
    expect(error.message).toContain('zoom in');
    expect((await geojson('grid', `bbox=${aroundFixture}&limit=4`)).status).toBe(200);
  });

  it('caps the limit at 10,000 and defaults to 2,000', async () => {
    expect(errorOf(await geojson('grid', `bbox=${aroundFixture}&limit=10001`)).code).toBe('BAD_REQUEST');
    expect((await geojson('grid', `bbox=${aroundFixture}&limit=10000`)).status).toBe(200);
    const everyDistrict = collectionOf(await geojson('district', 'bbox=120,30,123,32'));
    expect(everyDistrict.features).toHaveLength(16);
  });

  it.each([
    ['', 'bbox is required'],
    ['bbox=121.47,31.23,121.48', 'bbox must be four numbers'],
    ['bbox=121.47,31.23,east,31.24', 'bbox must be four numbers'],
    ['bbox=121.47,,121.48,31.24', 'bbox must be four numbers'],
    ['bbox=31.23,121.47,31.24,121.48', 'look swapped'],
    ['bbox=121.48,31.23,121.47,31.24', 'minLng < maxLng'],
    ['bbox=121.47,31.23,121.48,31.24&limit=0', 'limit must be an integer from 1 to 10000'],
    ['bbox=121.47,31.23,121.48,31.24&limit=2.5', 'limit must be an integer'],
  ])('rejects ?%s with BAD_REQUEST and changes nothing', async (query, message) => {
    map.api.statements.length = 0;
    const response = await geojson('grid', query);
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('BAD_REQUEST');
    expect(errorOf(response).message).toContain(message);
    expect(map.api.statements).toHaveLength(0);
  });

  it('rejects an unknown layer', async () => {
    const response = await geojson('parcels', `bbox=${aroundFixture}`);
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain('district, street, community, grid, responsibility');
  });
});
