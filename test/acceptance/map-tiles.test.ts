import { gunzipSync } from 'node:zlib';
import { selectVectorTile } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huangpuGrids, insertHuangpuGrids } from '../src/fixtures/huangpu-grids.js';
import {
  centralDistrictTile,
  fixtureGridTile,
  type MapTestApi,
  startMapTestApi,
} from '../src/fixtures/map-test-api.js';
import { tileOf } from '../src/fixtures/tile-of.js';
import { errorOf, httpGet } from '../src/http-get.js';

let map: MapTestApi;
beforeAll(async () => {
  map = await startMapTestApi();
});
afterAll(() => map?.close());

const { codes } = huangpuGrids;
const gridTile = fixtureGridTile;
const districtTile = centralDistrictTile;
const tileUrl = (layer: string, tile: { z: number; x: number; y: number }) => map.tileUrl(layer, tile);
const text = (bytes: Buffer) => bytes.toString('latin1');

describe('vector tiles: /tiles/:layer/:z/:x/:y.mvt', () => {
  it('serves the unit grids as a Mapbox vector tile, byte for byte what ST_AsMVT renders', async () => {
    const response = await httpGet(tileUrl('grid', gridTile));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(response.headers['content-encoding']).toBeUndefined();
    const direct = await selectVectorTile(map.api.prisma, { layer: 'grid', ...gridTile });
    expect(direct.bytes?.length).toBeGreaterThan(0);
    expect(response.body.equals(Buffer.from(direct.bytes ?? []))).toBe(true);
    // MVT stores the layer name and string attributes verbatim
    for (const expected of ['grid', 'UNIT_GRID', 'isDerived', ...codes])
      expect(text(response.body)).toContain(expected);
  });

  it('gzips for clients that accept it, and says so', async () => {
    const plain = await httpGet(tileUrl('district', districtTile));
    const zipped = await httpGet(tileUrl('district', districtTile), { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(plain.body.toString('utf8')).toContain('黄浦区');
  });

  it('gzips a small tile too, compressed on the event loop rather than the thread pool', async () => {
    // the district tile above (~26 KB) goes to the thread pool; this one (~1 KB) is compressed inline
    const plain = await httpGet(tileUrl('street', districtTile));
    expect(plain.body.length).toBeGreaterThan(512);
    expect(plain.body.length).toBeLessThan(16 * 1024);
    const zipped = await httpGet(tileUrl('street', districtTile), { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('sends cache headers and revalidates with If-None-Match in one statement, answering 304', async () => {
    const first = await httpGet(tileUrl('grid', gridTile));
    const etag = String(first.headers.etag);
    expect(etag).toBe(`W/"t1-grid-${map.gridLayerVersion}-${gridTile.z}-${gridTile.x}-${gridTile.y}"`);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
    map.api.statements.length = 0;
    const again = await httpGet(tileUrl('grid', gridTile), { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(map.api.statements).toHaveLength(1);
    // another tile's ETag does not match this one
    const other = await httpGet(tileUrl('grid', { ...gridTile, x: gridTile.x + 1 }), { 'if-none-match': etag });
    expect(other.status).toBe(200);
  });

  it('changes the ETag when the layer is re-imported, so cached tiles are replaced', async () => {
    const before = await httpGet(tileUrl('grid', gridTile));
    const districtBefore = await httpGet(tileUrl('district', districtTile));
    const newVersion = await insertHuangpuGrids(map.api.prisma);
    expect(newVersion).toBeGreaterThan(map.gridLayerVersion);
    const after = await httpGet(tileUrl('grid', gridTile), { 'if-none-match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    expect(after.headers.etag).toBe(`W/"t1-grid-${newVersion}-${gridTile.z}-${gridTile.x}-${gridTile.y}"`);
    // the retired grids are gone from the tile: each code once
    for (const code of codes) expect(text(after.body).split(code)).toHaveLength(2);
    // the district layer was not re-imported: its ETag stays, and revalidating it still gives 304
    const districtAfter = await httpGet(tileUrl('district', districtTile), {
      'if-none-match': String(districtBefore.headers.etag),
    });
    expect(districtAfter.status).toBe(304);
    expect(districtAfter.headers.etag).toBe(districtBefore.headers.etag);
  });

  it('answers an empty tile below the layer’s minimum zoom, without touching the database', async () => {
    map.api.statements.length = 0;
    const response = await httpGet(tileUrl('grid', tileOf(121.475, 31.237, 11)));
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(0);
    expect(response.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(map.api.statements).toHaveLength(0);
  });

  it('answers an empty tile where the layer has no features', async () => {
    const overTheSea = await httpGet(tileUrl('grid', tileOf(123.5, 30.5, 15)));
    expect(overTheSea.status).toBe(200);
    expect(overTheSea.body.length).toBe(0);
  });

  it('serves every area layer, one SQL statement per tile', async () => {
    for (const layer of ['district', 'street', 'community', 'grid', 'responsibility']) {
      map.api.statements.length = 0;
      const response = await httpGet(tileUrl(layer, gridTile));
      expect({ layer, status: response.status }).toEqual({ layer, status: 200 });
      expect(map.api.statements).toHaveLength(1);
    }
    const beat = await httpGet(tileUrl('responsibility', gridTile));
    expect(text(beat.body)).toContain(huangpuGrids.beatCode);
  });

  it.each([
    ['grid/23/0/0', 'Tile z must be an integer from 0 to 22'],
    ['grid/15/32768/0', 'Tile x must be an integer from 0 to 32767'],
    ['grid/15/0/-1', 'Tile y must be an integer'],
    ['grid/1.5/0/0', 'Tile z must be an integer'],
    ['grid/abc/0/0', 'Tile z must be an integer'],
    ['parcels/10/0/0', 'Unknown map layer "parcels"'],
  ])('rejects /tiles/%s.mvt with BAD_REQUEST', async (path, message) => {
    map.api.statements.length = 0;
    const response = await httpGet(`${map.api.baseUrl}/tiles/${path}.mvt`);
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(errorOf(response).message).toContain(message);
    expect(map.api.statements).toHaveLength(0);
  });
});
