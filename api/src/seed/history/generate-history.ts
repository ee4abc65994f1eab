import { startOfLocalDay } from '@gridloop/geo';
import { type CaseStatus, pg } from '@gridloop/prisma';
import type { CaseLife } from './case-life.js';
import { historyDayLives } from './draw-history-day.js';
import type { HistoryWorld } from './history-world.js';
import { loadHistoryWorld, type PgClient } from './load-history-world.js';
import { type HistoryDay, planHistoryDays, yearsBefore } from './plan-history-days.js';
import {
  addHistoryRows,
  emptyHistoryRows,
  type HistoryLoadMode,
  type HistoryRows,
  writeHistoryBatch,
} from './write-history-batch.js';

export interface GenerateHistoryOptions {
  /** The database to load (a connection of its own: COPY needs the driver, not Prisma). */
  databaseUrl: string;
  /** Same seed, same grids and reference data → the same rows, byte for byte. */
  seed: number;
  cases: number;
  /** Local date the history ends at (exclusive, its midnight): use today to keep codes before today. */
  to: string;
  /** First local date; three years before `to` by default. */
  from?: string;
  /** District codes whose grids get cases; every district with current grids when omitted. */
  districts?: readonly string[];
  /** `checked` (default: every trigger runs) or `fast` (bulk benchmark loads; see HistoryLoadMode). */
  mode?: HistoryLoadMode;
  /** Cases per transaction (whole days are never split). */
  batchSize?: number;
  /** The deployment's TIME_ZONE: it fixes code dates, report hours and the work calendar. */
  timeZone?: string;
  onProgress?: (progress: { cases: number; events: number; seconds: number }) => void;
  /**
   * Runs after the last batch is committed: the place to rebuild what is derived from the event log
   * (metrics rollups), e.g. `afterLoad: () => rebuildMetrics(prisma)`.
   */
  afterLoad?: (summary: HistorySummary) => Promise<void>;
}

export interface HistorySummary {
  from: string;
  to: string;
  cases: number;
  events: number;
  requests: number;
  byStatus: Partial<Record<CaseStatus, number>>;
  seconds: number;
}

/**
 * Generates and loads a synthetic case history (DESIGN.md §4 scale: 10^7 cases over three years):
 * cases spread over the demo city's grids (Zipf), categories, hours and seasons, each walked round
 * the loop by the API's own state machine with realistic rework, extension, parking and overdue
 * rates; the cases still running at the end stay open. Streams day by day in batches, so memory is
 * bounded by the batch size; generation of the next batch overlaps the load of the previous one.
 */
export async function generateHistory(options: GenerateHistoryOptions): Promise<HistorySummary> {
  const startedAt = performance.now();
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const from = options.from ?? yearsBefore(options.to, 3);
  const mode = options.mode ?? 'checked';
  // Ids come over a second connection, so drawing the next batch never waits behind a COPY.
  const client: PgClient = new pg.Client({ connectionString: options.databaseUrl });
  const idClient: PgClient = new pg.Client({ connectionString: options.databaseUrl });
  await Promise.all([client.connect(), idClient.connect()]);
  try {
    if (mode === 'fast') {
      await client.query("SET session_replication_role = 'replica'");
      // A bulk load dirties index pages all over: after each checkpoint the first change to a page
      // logs the whole page. LZ4 shrinks those images a few times at little CPU (where built in).
      await client.query("SET wal_compression = 'lz4'").catch(() => undefined);
    }
    const world = await loadHistoryWorld(client, {
      seed: options.seed,
      districts: options.districts ?? null,
      timeZone,
    });
    const days = planHistoryDays({ from, to: options.to, cases: options.cases, calendar: world.calendar });
    const endAt = startOfLocalDay(options.to, timeZone);
    const lastSequence = await readCodeCounters(client, from, options.to);
    const summary: HistorySummary = {
      from,
      to: options.to,
      cases: 0,
      events: 0,
      requests: 0,
      byStatus: {},
      seconds: 0,
    };
    const draw: DrawContext = { world, seed: options.seed, endAt, mode, ids: createIdReserve(idClient), lastSequence };
    let writing: Promise<void> = Promise.resolve();
    for (const batch of batchesOf(days, options.batchSize ?? 20_000)) {
      const rows = await drawBatch(draw, batch);
      await writing;
      for (const [status, count] of Object.entries(rows.byStatus) as [CaseStatus, number][]) {
        summary.byStatus[status] = (summary.byStatus[status] ?? 0) + count;
      }
      writing = writeHistoryBatch(client, rows, mode).then((counts) => {
        summary.cases += counts.cases;
        summary.events += counts.events;
        summary.requests += counts.requests;
        options.onProgress?.({ ...counts, cases: summary.cases, events: summary.events, seconds: elapsed(startedAt) });
      });
    }
    await writing;
    if (mode === 'fast') await client.query("SET session_replication_role = 'origin'");
    summary.seconds = elapsed(startedAt);
    await options.afterLoad?.(summary);
    return summary;
  } finally {
    await Promise.all([client.end(), idClient.end()]);
  }
}

/** Cases drawn between two turns of the event loop (~5 ms of drawing). */
const yieldEvery = 100;

interface DrawContext {
  world: HistoryWorld;
  seed: number;
  endAt: Date;
  mode: HistoryLoadMode;
  ids: ReturnType<typeof createIdReserve>;
  lastSequence: Map<string, Map<string, number>>;
}

/**
 * A batch's days drawn into COPY rows. The event loop turns every few cases, so the previous batch's
 * COPY streams on meanwhile: a day can take a second to draw, and PostgreSQL would wait all that
 * time once the socket's buffer is full.
 */
async function drawBatch(context: DrawContext, batch: readonly HistoryDay[]): Promise<HistoryRows> {
  const { world, seed, endAt, mode } = context;
  const rows = emptyHistoryRows();
  for (const day of batch) {
    const ids = await context.ids.take(day.count);
    const lastSequence = context.lastSequence.get(day.date) ?? new Map<string, number>();
    let lives: CaseLife[] = [];
    for (const life of historyDayLives({ world, seed, day, ids, lastSequence, endAt })) {
      lives.push(life);
      if (lives.length < yieldEvery) continue;
      addHistoryRows(rows, lives, mode);
      lives = [];
      await new Promise(setImmediate);
    }
    addHistoryRows(rows, lives, mode);
  }
  return rows;
}

function elapsed(startedAt: number): number {
  return Math.round(performance.now() - startedAt) / 1000;
}

/** Whole days grouped until a group reaches `size` cases. */
function* batchesOf(days: readonly HistoryDay[], size: number): Generator<HistoryDay[]> {
  let batch: HistoryDay[] = [];
  let cases = 0;
  for (const day of days) {
    batch.push(day);
    cases += day.count;
    if (cases >= size) {
      yield batch;
      batch = [];
      cases = 0;
    }
  }
  if (batch.length) yield batch;
}

/**
 * Case ids from the table's own sequence, fetched in blocks: unique even beside a running API, and
 * on a fresh database the same ids on every run.
 */
function createIdReserve(client: PgClient) {
  let reserved: number[] = [];
  return {
    async take(count: number): Promise<number[]> {
      if (reserved.length < count) {
        const { rows } = await client.query<{ id: number }>(
          `SELECT nextval(pg_get_serial_sequence('case_record', 'id'))::int AS id FROM generate_series(1, $1)`,
          [Math.max(count - reserved.length, 20_000)],
        );
        reserved = reserved.concat(rows.map((row) => row.id).sort((a, b) => a - b));
      }
      return reserved.splice(0, count);
    },
  };
}

/** Daily sequences already used (by intake or an earlier history) per date and district. */
async function readCodeCounters(client: PgClient, from: string, to: string): Promise<Map<string, Map<string, number>>> {
  const { rows } = await client.query<{ day: string; district: string; last: number }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, district_code AS district, last FROM case_code_counter
     WHERE day >= $1::date AND day < $2::date`,
    [from, to],
  );
  const byDay = new Map<string, Map<string, number>>();
  for (const row of rows) byDay.set(row.day, (byDay.get(row.day) ?? new Map()).set(row.district, row.last));
  return byDay;
}
