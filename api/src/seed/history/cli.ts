// `pnpm --filter @gridloop/api seed:history -- --cases 100000 [--seed 1] [--to 2026-11-26] [--from …]
//   [--districts 310101,310104] [--fast] [--batch 20000] [--skip-metrics]`: loads a synthetic case history into
// DATABASE_URL (the demo city must be seeded first: `pnpm --filter @gridloop/api seed`).
import { parseArgs } from 'node:util';
import { localDateOf } from '@gridloop/geo';
import { createPrismaClient, rebuildMetrics, skipConsumerToHead } from '@gridloop/prisma';
import { open311WebhookConsumer } from '../../modules/open311/queue-open311-webhooks.js';
import { generateHistory } from './generate-history.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('gridloop: error: DATABASE_URL is not set.');
  process.exit(1);
}
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    to: { type: 'string' },
    from: { type: 'string' },
    districts: { type: 'string' },
    fast: { type: 'boolean', default: false },
    batch: { type: 'string', default: '20000' },
    'skip-metrics': { type: 'boolean', default: false },
  },
});
const timeZone = process.env.TIME_ZONE ?? 'Asia/Shanghai';
const cases = Number(values.cases);
const seed = Number(values.seed);
if (!Number.isInteger(cases) || cases < 0 || !Number.isInteger(seed)) {
  console.error('gridloop: error: --cases and --seed must be whole numbers.');
  process.exit(1);
}
const summary = await generateHistory({
  databaseUrl,
  seed,
  cases,
  // Today (in the deployment's zone) by default: every generated code is dated before today.
  to: values.to ?? localDateOf(new Date(), timeZone),
  ...(values.from && { from: values.from }),
  ...(values.districts && { districts: values.districts.split(',') }),
  mode: values.fast ? 'fast' : 'checked',
  batchSize: Number(values.batch),
  timeZone,
  onProgress: ({ cases: done, events, seconds }) =>
    console.log(`gridloop: ${done} cases, ${events} events (${Math.round(done / Math.max(seconds, 0.001))} cases/s)`),
  // METRICS REBUILD: the one call site. The rollups are derived from the event log, which COPY
  // filled behind the metrics consumer's back, so they are rebuilt in full once the load is done.
  afterLoad: values['skip-metrics'] ? undefined : rebuildMetricsOf(databaseUrl, timeZone),
});
const rate = Math.round(summary.cases / Math.max(summary.seconds, 0.001));
console.log(
  `gridloop: history ${summary.from}..${summary.to} loaded: ${summary.cases} cases, ${summary.events} events, ` +
    `${summary.requests} requests in ${summary.seconds} s (${rate} cases/s); by status ${JSON.stringify(summary.byStatus)}`,
);

function rebuildMetricsOf(url: string, zone: string) {
  return async () => {
    const prisma = createPrismaClient({ databaseUrl: url });
    try {
      const startedAt = performance.now();
      const rebuilt = await rebuildMetrics(prisma, { timeZone: zone });
      // synthetic cases come from no Open311 client: nothing for the webhook queue to send
      await skipConsumerToHead(prisma, open311WebhookConsumer);
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      console.log(`gridloop: metrics rebuilt for ${rebuilt.cases} cases in ${seconds} s`);
    } finally {
      await prisma.$disconnect();
    }
  };
}
