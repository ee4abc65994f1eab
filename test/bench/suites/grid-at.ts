import { gridAtSql, type LngLatBox } from '@gridloop/prisma';
import { GRID_AT_QUERY as GRID_AT } from '../../src/queries/grid-at-query.js';
import type { InProcessApi } from '../../src/server/in-process-api.js';
import { ensureSyntheticGrids } from '../fixtures/synthetic-grids.js';
import { benchGraphql } from '../harness/bench-graphql.js';
import { measure } from '../harness/measure.js';
import { measureServed } from '../harness/measure-served.js';
import { measurePgbench, toPgbenchStatement } from '../harness/pgbench.js';
import { type Comparison, compare, formatMeasurement, ratioOf } from '../harness/report.js';

/**
 * Random points are drawn from a box in 浦东新区 that the synthetic grids cover completely, so
 * (nearly) every lookup finds a grid, as real reports do; the hit rate is printed to show it.
 */
const coveredBox: LngLatBox = [121.55, 31.12, 121.7, 31.24];

/**
 * Point → grid with everything above it: `gridAt` over HTTP GraphQL against the very statement it
 * runs (gridAtSql), driven by pgbench with random points from the same box, at `gridCount`
 * synthetic grids. The ratio is what Node, Koa and GraphQL cost on the hottest read.
 */
export function benchGridAt(gridCount: number) {
  return async (api: InProcessApi, seconds: number, databaseUrl: string): Promise<Comparison> => {
    const grids = await ensureSyntheticGrids(api.prisma, gridCount);
    const [west, south, east, north] = coveredBox;
    const script = [
      `\\set lng ${west} + random(0, 1000000) * ${(east - west) / 1e6}`,
      `\\set lat ${south} + random(0, 1000000) * ${(north - south) / 1e6}`,
      toPgbenchStatement(gridAtSql([0, 0]), { 1: 'lng', 2: 'lat' }),
    ].join('\n');
    // prepared, as selectGridAt sends it (directQuery)
    const baseline = await measurePgbench('pgbench: gridAtSql (-c 4, socket, -M prepared)', {
      databaseUrl,
      script,
      seconds,
      protocol: 'prepared',
    });
    let found = 0;
    let lookups = 0;
    const lookUp = async (baseUrl: string) => {
      const lng = west + Math.random() * (east - west);
      const lat = south + Math.random() * (north - south);
      const body = await benchGraphql(baseUrl, GRID_AT, { lng, lat });
      const code = body.errors?.[0]?.extensions?.code;
      if (code !== undefined && code !== 'OUTSIDE_JURISDICTION') throw new Error(body.errors?.[0]?.message);
      lookups += 1;
      if (code === undefined) found += 1;
    };
    const inProcess = await measure('GraphQL gridAt over HTTP (in-process API)', () => lookUp(api.baseUrl), {
      seconds,
    });
    console.log(`  ${formatMeasurement(inProcess)} (${ratioOf(inProcess, baseline)}× pgbench)`);
    // the API as deployed, in its own process: the load client does not share its event loop
    const candidate = await measureServed(databaseUrl, 'GraphQL gridAt over HTTP', lookUp, { seconds, warmup: 500 });
    const hitRate = ((100 * found) / Math.max(lookups, 1)).toFixed(0);
    return compare(
      `gridAt: point → grid at ${grids.count} unit grids (${hitRate}% of points in a grid)`,
      baseline,
      candidate,
    );
  };
}
