import { pixelSizeAt, type TileAddress, vectorTileSql } from '@gridloop/prisma';
import { tileOf } from '../../src/fixtures/tile-of.js';
import type { InProcessApi } from '../../src/server/in-process-api.js';
import { ensureSyntheticGrids } from '../fixtures/synthetic-grids.js';
import { keepAliveClientOf } from '../harness/keep-alive-client.js';
import { measureServed } from '../harness/measure-served.js';
import { measurePgbench, toPgbenchStatement } from '../harness/pgbench.js';
import { type Comparison, compare, ratioOf } from '../harness/report.js';

/** 人民广场, the middle of the city: every tile around it is full of grids. */
const peoplesSquare = { lng: 121.475, lat: 31.232 };
const gridCount = 100_000;

/**
 * One unit-grid vector tile from `/tiles/grid/z/x/y.mvt` against its own statement (vectorTileSql,
 * rendering every time: no If-None-Match) run by pgbench. With `gzip`, the client asks for gzip
 * as browsers do and the API compresses; the client does not decompress (a browser would, on its
 * own CPU). The goal is ≥ 0.8× pgbench's throughput.
 *
 * The API is measured twice, each in its own process: first rendering every tile (TILE_CACHE_MB=0),
 * which is what a tile nobody asked for since the last import costs, printed with its ratio; then as
 * deployed, with the server tile cache, which renders the tile once and serves it again until its
 * layer changes: what the many requests for a city's busy tiles cost, and the compared figure.
 */
export function benchGridTile(z: number, { gzip }: { gzip: boolean }) {
  return async (api: InProcessApi, seconds: number, databaseUrl: string): Promise<Comparison> => {
    const grids = await ensureSyntheticGrids(api.prisma, gridCount);
    const tile = tileOf(peoplesSquare.lng, peoplesSquare.lat, z);
    const script = tileScript(tile);
    // prepared, as selectVectorTile sends it (directQuery)
    const baseline = await measurePgbench(`pgbench: vectorTileSql z${z} (-c 4, socket, -M prepared)`, {
      databaseUrl,
      script,
      seconds,
      protocol: 'prepared',
    });
    const path = `/tiles/grid/${tile.z}/${tile.x}/${tile.y}.mvt`;
    const headers = { 'accept-encoding': gzip ? 'gzip' : 'identity' };
    let bytes = 0;
    const getTile = async (baseUrl: string) => {
      const response = await keepAliveClientOf(baseUrl).get(path, headers);
      if (response.status !== 200) throw new Error(`tile answered HTTP ${response.status}`);
      bytes = response.body.length;
    };
    const name = `GET ${path}${gzip ? ' (gzip)' : ''}`;
    const rendering = await measureServed(databaseUrl, `${name}, rendering every time`, getTile, {
      seconds,
      warmup: 500,
      settings: { TILE_CACHE_MB: '0' },
    });
    console.log(`  rendering every time: ${ratioOf(rendering, baseline)}× pgbench`);
    const candidate = await measureServed(databaseUrl, `${name}, tile cache`, getTile, { seconds, warmup: 500 });
    return compare(
      `map: unit-grid tile z${z} at ${grids.count} grids (${(bytes / 1024).toFixed(1)} KiB${gzip ? ' gzip' : ''}), ` +
        'served from the tile cache (rendering every time: the ratio printed above)',
      baseline,
      candidate,
    );
  };
}

/**
 * The tile statement as a pgbench script with the tile address and pixel size as bound parameters
 * (`\set`), as the API binds them: with literals instead, PostgreSQL would plan for those constants
 * (here a parallel bitmap scan) while the API's prepared statement settles on a generic plan, and
 * the ratio would compare plans rather than the code around them.
 */
function tileScript(tile: TileAddress): string {
  const sql = vectorTileSql({ layer: 'grid', ...tile });
  const expected = [tile.z, tile.x, tile.y, pixelSizeAt(tile.z)];
  if (expected.some((value, i) => sql.values[i + 1] !== value)) {
    throw new Error('vectorTileSql no longer binds z, x, y, pixel size as $2..$5: update tileScript');
  }
  return [
    `\\set z ${tile.z}`,
    `\\set x ${tile.x}`,
    `\\set y ${tile.y}`,
    `\\set pixel ${pixelSizeAt(tile.z)}`,
    toPgbenchStatement(sql, { 2: 'z', 3: 'x', 4: 'y', 5: 'pixel' }),
  ].join('\n');
}
