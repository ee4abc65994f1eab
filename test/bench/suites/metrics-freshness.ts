import { randomBytes } from 'node:crypto';
import { type LngLatBox, metricsConsumerName, type PrismaClient, refreshMetrics } from '@gridloop/prisma';
import pg from 'pg';
import { graphqlAs } from '../../src/fixtures/auth-test-api.js';
import { startApiProcess } from '../../src/server/api-process.js';
import { quantile } from '../harness/measure.js';

/** The freshness goal under intake load. */
export const stalenessGoalSeconds = 60;

export interface RefreshThroughput {
  events: number;
  cases: number;
  seconds: number;
  batches: number;
}

/**
 * Moves the metrics consumer back over the newest `events` events of the log and times
 * refreshMetrics (5,000 events a transaction, as the job runs it) until it has caught up again:
 * the rollup job's own throughput. Recomputing a case is idempotent, so the rollups end as they
 * were. Nothing else may consume meanwhile (the suite's API processes run no job worker).
 */
export async function measureRefreshThroughput(
  prisma: PrismaClient,
  events: number,
  timeZone: string,
): Promise<RefreshThroughput> {
  // ordered by the columns themselves: ORDER BY xid would sort the text aliases
  const [position] = await prisma.$queryRaw<{ xid: string; id: string }[]>`
    SELECT e.xid::text AS xid, e.id::text AS id FROM case_event e ORDER BY e.xid DESC, e.id DESC
    OFFSET ${events} LIMIT 1`;
  if (!position) throw new Error(`the event log has fewer than ${events} events`);
  await prisma.$executeRaw`
    UPDATE event_consumer SET watermark = ${position.xid}::xid8, last_event_id = ${position.id}::bigint
    WHERE name = ${metricsConsumerName}`;
  const totals = { events: 0, cases: 0, seconds: 0, batches: 0 };
  const startedAt = performance.now();
  for (let more = true; more; ) {
    const summary = await refreshMetrics(prisma, { timeZone });
    if (summary.rebuilt)
      throw new Error('refreshMetrics rebuilt everything: the work calendar changed under the bench');
    totals.events += summary.events;
    totals.cases += summary.cases;
    totals.batches += 1;
    more = summary.more;
  }
  totals.seconds = (performance.now() - startedAt) / 1000;
  if (totals.events !== events)
    throw new Error(`refreshMetrics read ${totals.events} events, not the ${events} set back`);
  return totals;
}

export interface StalenessResult {
  reports: number;
  loadSeconds: number;
  /** One sample a second during the load: age of the oldest committed event the rollups lack. */
  samples: number[];
  maxSeconds: number;
  p95Seconds: number;
  /** Seconds from the end of the load until the rollups held every event (null: not within 60 s). */
  caughtUpAfterSeconds: number | null;
}

export interface IntakeLoad {
  officerToken: string;
  filingConditionId: number;
  boxes: readonly LngLatBox[];
}

/**
 * Staleness under intake load: an API process as `npm start` runs it, job worker on (refresh-metrics
 * every EVENT_CONSUMER_INTERVAL_SECONDS, default 5 s, in the same process as the requests), takes
 * officer reports through GraphQL from 4 clients for `loadSeconds`. Every second a separate
 * connection reads how old the oldest committed case event is that the metrics consumer has not
 * yet applied (0 when it has applied all): how far the dashboard lags behind the street.
 */
export async function measureStaleness(
  databaseUrl: string,
  load: IntakeLoad,
  loadSeconds: number,
): Promise<StalenessResult> {
  const api = await startApiProcess({
    DATABASE_URL: databaseUrl,
    STATIC_DIR: undefined,
    MIGRATE_ON_START: 'false',
    SEED_DEMO: 'false',
    JOB_WORKER: 'on',
    REDIS_URL: undefined,
  });
  const sampler = new pg.Client({ connectionString: databaseUrl });
  await sampler.connect();
  try {
    const report = reporter(api.baseUrl, load);
    for (let i = 0; i < 40; i += 1) await report();
    await waitUntilCaughtUp(sampler, 30);
    let reports = 0;
    const deadline = performance.now() + loadSeconds * 1000;
    const client = async () => {
      while (performance.now() < deadline) {
        await report();
        reports += 1;
      }
    };
    const samples: number[] = [];
    const sample = async () => {
      while (performance.now() < deadline) {
        const tick = performance.now();
        samples.push((await lagOf(sampler)).seconds);
        await sleep(1000 - (performance.now() - tick));
      }
    };
    const startedAt = performance.now();
    await Promise.all([...Array.from({ length: 4 }, client), sample()]);
    const elapsed = (performance.now() - startedAt) / 1000;
    const caughtUpAfterSeconds = await waitUntilCaughtUp(sampler, 60);
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      reports,
      loadSeconds: elapsed,
      samples,
      maxSeconds: sorted.at(-1) ?? Number.NaN,
      p95Seconds: quantile(sorted, 0.95),
      caughtUpAfterSeconds,
    };
  } finally {
    await sampler.end();
    await api.stop();
  }
}

/** Age of the oldest committed event past the metrics consumer's position, and how many wait. */
async function lagOf(client: pg.Client): Promise<{ seconds: number; waiting: number }> {
  const { rows } = await client.query<{ seconds: number; waiting: number }>(
    `SELECT coalesce(extract(epoch FROM clock_timestamp() - min(e.occurred_at)), 0)::float8 AS seconds,
      count(e.id)::int AS waiting
    FROM event_consumer c
    LEFT JOIN case_event e ON e.xid >= c.watermark AND (e.xid > c.watermark OR e.id > c.last_event_id)
    WHERE c.name = $1`,
    [metricsConsumerName],
  );
  return rows[0] ?? { seconds: Number.NaN, waiting: Number.NaN };
}

/** Seconds until no event waits for the metrics consumer, polled every 250 ms; null after `limit` s. */
async function waitUntilCaughtUp(client: pg.Client, limitSeconds: number): Promise<number | null> {
  const startedAt = performance.now();
  while (performance.now() - startedAt < limitSeconds * 1000) {
    if ((await lagOf(client)).waiting === 0) return (performance.now() - startedAt) / 1000;
    await sleep(250);
  }
  return null;
}

const REPORT_CASE = 'mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId created } }';

/** One officer report at a random point of a random district box, with a fresh idempotency key. */
function reporter(baseUrl: string, { officerToken, filingConditionId, boxes }: IntakeLoad) {
  return async () => {
    const [west, south, east, north] = boxes[Math.floor(Math.random() * boxes.length)] as LngLatBox;
    const input = {
      lng: west + Math.random() * (east - west),
      lat: south + Math.random() * (north - south),
      filingConditionId,
      description: '夜间施工噪声扰民，22时后仍在打桩',
      idempotencyKey: randomBytes(12).toString('hex'),
    };
    const { body } = await graphqlAs<{ reportCase: { created: boolean } }>(
      baseUrl,
      REPORT_CASE,
      { input },
      { bearer: officerToken },
    );
    if (!body.data?.reportCase.created) throw new Error(`reportCase failed: ${JSON.stringify(body.errors)}`);
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
