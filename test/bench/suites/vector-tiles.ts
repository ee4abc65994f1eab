import { vectorTileSql } from '@gridloop/prisma';
import { tileOf } from '../../src/fixtures/tile-of.js';
import { httpGet } from '../../src/http-get.js';
import type { InProcessApi } from '../../src/server/in-process-api.js';
import { ensureSyntheticGrids } from '../fixtures/synthetic-grids.js';
import { measure } from '../harness/measure.js';
import { measurePgbench, toPgbenchStatement } from '../harness/pgbench.js';
import { type Comparison, compare } from '../harness/report.js';

/** 人民广场, the middle of the city: every tile around it is full of grids. */
const peoplesSquare = { lng: 121.475, lat: 31.232 };
const gridCount = 100_000;

/**
 * One unit-grid vector tile from `/tiles/grid/z/x/y.mvt` against its own statement (vectorTileSql,
 * rendering every time: no If-None-Match) run by pgbench. With `gzip`, the client asks for gzip
 * as browsers do and the API compresses; the client does not decompress (a browser would, on its
 * own CPU). The goal is ≥ 0.8× pgbench's throughput.
 */
export function benchGridTile(z: number, { gzip }: { gzip: boolean }) {
  return async (api: InProcessApi, seconds: number, databaseUrl: string): Promise<Comparison> => {
    const grids = await ensureSyntheticGrids(api.prisma, gridCount);
    const tile = tileOf(peoplesSquare.lng, peoplesSquare.lat, z);
    const script = toPgbenchStatement(vectorTileSql({ layer: 'grid', ...tile }));
    const baseline = await measurePgbench(`pgbench: vectorTileSql z${z} (-c 4, socket)`, {
      databaseUrl,
      script,
      seconds,
    });
    const url = `${api.baseUrl}/tiles/grid/${tile.z}/${tile.x}/${tile.y}.mvt`;
    const headers = { 'accept-encoding': gzip ? 'gzip' : 'identity' };
    let bytes = 0;
    const candidate = await measure(
      `GET ${url.replace(api.baseUrl, '')}${gzip ? ' (gzip)' : ''}`,
      async () => {
        const response = await httpGet(url, headers);
        if (response.status !== 200) throw new Error(`tile answered HTTP ${response.status}`);
        bytes = response.body.length;
      },
      { seconds },
    );
    return compare(
      `map: unit-grid tile z${z} at ${grids.count} grids (${(bytes / 1024).toFixed(1)} KiB${gzip ? ' gzip' : ''})`,
      baseline,
      candidate,
    );
  };
}
