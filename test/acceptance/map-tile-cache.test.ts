import { gunzipSync } from 'node:zlib';
import { watchLayerVersions } from '@gridloop/api';
import { selectLayerVersions, selectVectorTile } from '@gridloop/prisma';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huangpuGrids, insertHuangpuGrids } from '../src/fixtures/huangpu-grids.js';
import {
  centralDistrictTile,
  fixtureGridTile,
  type MapTestApi,
  startMapTestApi,
} from '../src/fixtures/map-test-api.js';
import { httpGet } from '../src/http-get.js';

let map: MapTestApi;
beforeAll(async () => {
  map = await startMapTestApi({ tileCacheMegabytes: 8 });
  // the watch starts listening, then reads the versions, while the fixture's import may still run
  const requestTwice = async () => {
    await httpGet(tileUrl('grid', gridTile));
    map.api.statements.length = 0;
    await httpGet(tileUrl('grid', gridTile));
    return tileStatements().length;
  };
  await waitFor(requestTwice, (statements) => statements === 0);
});
afterAll(() => map?.close());

const { codes } = huangpuGrids;
const gridTile = fixtureGridTile;
const districtTile = centralDistrictTile;
const tileUrl = (layer: string, tile: { z: number; x: number; y: number }) => map.tileUrl(layer, tile);
const etagOf = (layer: string, version: number, { z, x, y }: { z: number; x: number; y: number }) =>
  `W/"t1-${layer}-${version}-${z}-${x}-${y}"`;

/** Statements sent for tiles: the watch's own readings of the layer versions aside. */
const tileStatements = () => map.api.statements.filter((sql) => !sql.includes('enum_range(NULL::"LayerKind")'));

/** Repeats `attempt` every 100 ms, for up to 10 s, until its result `isDone`. */
async function waitFor<T>(attempt: () => Promise<T>, isDone: (result: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const result = await attempt();
    if (isDone(result)) return result;
    if (Date.now() > deadline) throw new Error('gave up waiting for the layer versions');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the server tile cache (TILE_CACHE_MB)', () => {
  it('renders a tile once, then serves the same bytes again without a statement', async () => {
    const first = await httpGet(tileUrl('grid', gridTile));
    map.api.statements.length = 0;
    const again = await httpGet(tileUrl('grid', gridTile));
    expect(again.status).toBe(200);
    expect(tileStatements()).toHaveLength(0);
    expect(again.headers.etag).toBe(etagOf('grid', map.gridLayerVersion, gridTile));
    expect(again.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
    expect(again.body.equals(first.body)).toBe(true);
    const rendered = await selectVectorTile(map.api.prisma, { layer: 'grid', ...gridTile });
    expect(again.body.equals(Buffer.from(rendered.bytes ?? []))).toBe(true);
  });

  it('gzips a cached tile for clients that take gzip, the same copy every time', async () => {
    const plain = await httpGet(tileUrl('district', districtTile));
    map.api.statements.length = 0;
    const zipped = await httpGet(tileUrl('district', districtTile), { 'accept-encoding': 'gzip' });
    const zippedAgain = await httpGet(tileUrl('district', districtTile), { 'accept-encoding': 'gzip' });
    expect(tileStatements()).toHaveLength(0);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zippedAgain.body.equals(zipped.body)).toBe(true);
  });

  it('answers a revalidation of the current version with 304 without a statement', async () => {
    map.api.statements.length = 0;
    const etag = etagOf('grid', map.gridLayerVersion, gridTile);
    const revalidated = await httpGet(tileUrl('grid', gridTile), { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(etag);
    expect(tileStatements()).toHaveLength(0);
  });

  it('serves the re-imported layer once its new version is announced, and keeps the other layers', async () => {
    const district = await httpGet(tileUrl('district', districtTile));
    const before = await httpGet(tileUrl('grid', gridTile));
    expect(before.body.toString('utf8')).not.toContain(renamedGrid);
    const newVersion = await renameGridAsNewVersion(codes[0], renamedGrid);
    // the watch hears of the new version at commit; a request racing the announcement may get the old tile
    const after = await waitFor(
      () => httpGet(tileUrl('grid', gridTile)),
      (response) => response.headers.etag === etagOf('grid', newVersion, gridTile),
    );
    expect(after.status).toBe(200);
    expect(after.body.toString('utf8')).toContain(renamedGrid);
    const rendered = await selectVectorTile(map.api.prisma, { layer: 'grid', ...gridTile });
    expect(after.body.equals(Buffer.from(rendered.bytes ?? []))).toBe(true);
    // a client holding the old version gets the new tile, not a 304
    const stale = await httpGet(tileUrl('grid', gridTile), {
      'if-none-match': etagOf('grid', map.gridLayerVersion, gridTile),
    });
    expect(stale.status).toBe(200);
    expect(stale.body.equals(after.body)).toBe(true);
    // the district layer did not change: still served from the cache
    map.api.statements.length = 0;
    const districtAgain = await httpGet(tileUrl('district', districtTile));
    expect(tileStatements()).toHaveLength(0);
    expect(districtAgain.headers.etag).toBe(district.headers.etag);
  });
});

const renamedGrid = '改名后的网格';

/** A new UNIT_GRID version whose only change is one grid's name, as a layer writer records it. */
async function renameGridAsNewVersion(code: string, name: string): Promise<number> {
  const [row] = await map.api.prisma.$queryRaw<{ id: number }[]>`
    WITH renamed AS (
      UPDATE unit_grid SET name = ${name} WHERE code = ${code} AND retired_at IS NULL RETURNING id
    )
    INSERT INTO layer_import (layer, source, source_name, input_crs, feature_count, is_derived)
    SELECT 'UNIT_GRID', 'GENERATED', 'test: one grid renamed', 'WGS84', count(*), true FROM renamed
    RETURNING id`;
  if (!row) throw new Error('no layer_import row was written');
  return row.id;
}

describe('watchLayerVersions', () => {
  it('reads the versions once listening, follows each announced change, and forgets them while deaf', async () => {
    const versions = watchLayerVersions({ prisma: map.api.prisma, logger: pino({ level: 'silent' }) });
    try {
      expect(versions.versionOf('UNIT_GRID')).toBeUndefined();
      const stored = await selectLayerVersions(map.api.prisma);
      await expect.poll(() => versions.versionOf('UNIT_GRID')).toBe(stored.get('UNIT_GRID'));
      expect(versions.versionOf('DISTRICT')).toBe(stored.get('DISTRICT'));

      const reimported = await insertHuangpuGrids(map.api.prisma);
      await expect.poll(() => versions.versionOf('UNIT_GRID')).toBe(reimported);

      // the listening connection dies: nothing is known until it is back (a second later) and read again
      await map.api.prisma.$queryRaw`
        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query LIKE 'LISTEN%'`;
      await expect.poll(() => versions.versionOf('UNIT_GRID')).toBeUndefined();
      await expect.poll(() => versions.versionOf('UNIT_GRID'), { timeout: 10_000 }).toBe(reimported);
    } finally {
      await versions.stop();
    }
    expect(versions.versionOf('UNIT_GRID')).toBeUndefined();
  });
});
