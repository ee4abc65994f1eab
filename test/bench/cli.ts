// `npm run bench`: speed as ratios against a baseline measured in the same run, on a fresh
// database with the demo city. BENCH_SECONDS sets the time per measurement (default 5).
import { seedDemo } from '@gridloop/api';
import { createTestDatabase } from '../src/db/index.js';
import { startInProcessApi } from '../src/server/in-process-api.js';
import { formatComparison } from './harness/report.js';
import { benchAreaFeatures } from './suites/area-features.js';
import { benchGridAt } from './suites/grid-at.js';
import { benchLayerImport } from './suites/layer-import.js';
import { benchGridTile } from './suites/vector-tiles.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const database = await createTestDatabase();
const api = await startInProcessApi(database.url);
try {
  await seedDemo(api.prisma);
  console.log(`gridloop benchmarks (${seconds} s per measurement, database ${database.name})\n`);
  const suites = [
    benchAreaFeatures,
    benchGridAt(40_000),
    benchGridAt(100_000),
    benchGridTile(12, { gzip: true }),
    benchGridTile(15, { gzip: true }),
    benchGridTile(12, { gzip: false }),
    // last: it rewrites 1,000 communities and their grids
    benchLayerImport,
  ];
  for (const suite of suites) console.log(`${formatComparison(await suite(api, seconds, database.url))}\n`);
} finally {
  await api.close();
  await database.drop();
}
