// `npm run bench`: speed as ratios against a baseline measured in the same run, on a fresh
// database with the demo city. BENCH_SECONDS sets the time per measurement (default 5);
// BENCH_ONLY=grid-at,vector-tiles runs only the named suites (all of them when unset).
// BENCH_KEEP_DATABASE=1 keeps the database afterwards and BENCH_DATABASE=<its name> runs on it
// again: the suites top their fixtures up instead of loading them (10^7 history cases take most
// of an hour to load and roll up). Test databases are dropped by `npm test` once a day old.
// BENCH_API_CPU_PROFILE=<folder> has every API process started in its own process write a V8 CPU
// profile there (open it in Chrome DevTools) when it stops.
import { seedDemo } from '@gridloop/api';
import { createTestDatabase, openTestDatabase } from '../src/db/index.js';
import { type InProcessApi, startInProcessApi } from '../src/server/in-process-api.js';
import { type Comparison, formatComparison } from './harness/report.js';
import { benchAreaFeatures } from './suites/area-features.js';
import { benchGridAt } from './suites/grid-at.js';
import { benchIntake } from './suites/intake.js';
import { benchLayerImport } from './suites/layer-import.js';
import { benchMetrics } from './suites/metrics.js';
import { benchGridTile } from './suites/vector-tiles.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);

type Suite = (api: InProcessApi, seconds: number, databaseUrl: string) => Promise<Comparison>;

/** Every suite by the name BENCH_ONLY selects it with, in the order they run. */
const suitesByName: [name: string, suites: Suite[]][] = [
  ['area-features', [benchAreaFeatures]],
  ['grid-at', [benchGridAt(40_000), benchGridAt(100_000)]],
  [
    'vector-tiles',
    [benchGridTile(12, { gzip: true }), benchGridTile(15, { gzip: true }), benchGridTile(12, { gzip: false })],
  ],
  // at 10^5 grids; first loads 10^6 cases (2–3 minutes) onto the grids current at the time
  ['intake', [benchIntake]],
  // loads BENCH_METRICS_CASES (default 10^6) history cases over the whole city, then rebuilds the rollups
  ['metrics', [benchMetrics]],
  // last: it rewrites 1,000 communities and their grids
  ['layer-import', [benchLayerImport]],
];

const only = process.env.BENCH_ONLY?.split(',')
  .map((name) => name.trim())
  .filter((name) => name !== '');
const unknown = only?.filter((name) => !suitesByName.some(([known]) => known === name)) ?? [];
if (unknown.length > 0) {
  console.error(
    `BENCH_ONLY names unknown suites: ${unknown.join(', ')} (known: ${suitesByName.map(([name]) => name).join(', ')})`,
  );
  process.exit(2);
}
const suites = suitesByName.filter(([name]) => !only || only.includes(name)).flatMap(([, named]) => named);

const reused = process.env.BENCH_DATABASE;
const keep = reused !== undefined || process.env.BENCH_KEEP_DATABASE === '1';
const database = reused ? await openTestDatabase(reused) : await createTestDatabase();
const api = await startInProcessApi(database.url);
try {
  await seedDemo(api.prisma);
  console.log(`gridloop benchmarks (${seconds} s per measurement, database ${database.name})\n`);
  for (const suite of suites) console.log(`${formatComparison(await suite(api, seconds, database.url))}\n`);
} finally {
  await api.close();
  if (keep) console.log(`kept the benchmark database: BENCH_DATABASE=${database.name}`);
  else await database.drop();
}
