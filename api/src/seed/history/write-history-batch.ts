import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CaseStatus } from '@gridloop/prisma';
import { from as copyFrom } from 'pg-copy-streams';
import type { CaseLife } from './case-life.js';
import { CopyTextWriter } from './copy-text-writer.js';
import {
  caseColumns,
  eventColumns,
  requestColumns,
  statusStepColumns,
  writeCaseLine,
  writeEventLines,
  writeRequestLines,
  writeStatusStepLines,
} from './history-copy-rows.js';
import type { PgClient } from './load-history-world.js';

/**
 * How rows reach the database.
 * - `checked`: every trigger runs. Cases are written as intake created them, then walked through
 *   their status changes (one UPDATE per change number), so `case_event_is_transition` checks every
 *   event and the deferred `case_status_has_event` checks every status change, as for the API.
 * - `fast`: for huge benchmark loads. The session sets `session_replication_role = replica`, which
 *   skips row triggers (those two checks, and the foreign-key triggers) for this session only, and
 *   the final rows are copied directly. It is safe because the rows come from the same generator
 *   whose output the checked mode (and its acceptance test) proves valid, and every id they name is
 *   read from the database; CHECK constraints and unique indexes still apply. Needs a superuser.
 */
export type HistoryLoadMode = 'checked' | 'fast';

export interface BatchCounts {
  cases: number;
  events: number;
  requests: number;
}

/**
 * A batch's rows as COPY text. Cases are serialised as soon as they are drawn, so a batch holds byte
 * buffers rather than 10^5 live case objects, which the garbage collector would otherwise copy and
 * trace over and over while the next days are drawn (a third of the generator's time).
 */
export interface HistoryRows {
  cases: Buffer[];
  events: Buffer[];
  requests: Buffer[];
  /** Checked mode only: the status changes to walk (writeStatusStepLines) and the most of one case. */
  steps: Buffer[];
  stepCount: number;
  /** The last daily sequence used per district and day (the code's first 14 characters). */
  lastSequence: Map<string, number>;
  counts: BatchCounts;
  byStatus: Partial<Record<CaseStatus, number>>;
}

export function emptyHistoryRows(): HistoryRows {
  return {
    cases: [],
    events: [],
    requests: [],
    steps: [],
    stepCount: 0,
    lastSequence: new Map(),
    counts: { cases: 0, events: 0, requests: 0 },
    byStatus: {},
  };
}

/**
 * One writer per table, reused for every batch with its cache of repeated texts. Shared safely by
 * concurrent loads in one process: addHistoryRows writes and takes its lines without awaiting.
 */
const writers = {
  cases: new CopyTextWriter(),
  events: new CopyTextWriter(),
  requests: new CopyTextWriter(),
  steps: new CopyTextWriter(),
};

/** Appends lives to the batch, as the lines `mode` writes. */
export function addHistoryRows(rows: HistoryRows, lives: readonly CaseLife[], mode: HistoryLoadMode): void {
  const isChecked = mode === 'checked';
  for (const life of lives) {
    writeCaseLine(writers.cases, life, isChecked);
    writeEventLines(writers.events, life);
    writeRequestLines(writers.requests, life);
    if (isChecked) rows.stepCount = Math.max(rows.stepCount, writeStatusStepLines(writers.steps, life));
    const { code } = life.draft;
    const key = code.slice(0, 14);
    rows.lastSequence.set(key, Math.max(rows.lastSequence.get(key) ?? 0, Number(code.slice(14))));
    const status = life.state.status;
    rows.byStatus[status] = (rows.byStatus[status] ?? 0) + 1;
    rows.counts.events += life.events.length;
    rows.counts.requests += life.requests.length;
  }
  rows.counts.cases += lives.length;
  rows.cases.push(writers.cases.take());
  rows.events.push(writers.events.take());
  rows.requests.push(writers.requests.take());
  if (isChecked) rows.steps.push(writers.steps.take());
}

async function copyInto(client: PgClient, table: string, columns: readonly string[], chunks: Buffer[]): Promise<void> {
  if (!chunks.some((chunk) => chunk.length > 0)) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks.filter((chunk) => chunk.length > 0)), stream);
}

/** Writes one batch of whole days in one transaction: cases, events, requests and code counters. */
export async function writeHistoryBatch(
  client: PgClient,
  rows: HistoryRows,
  mode: HistoryLoadMode,
): Promise<BatchCounts> {
  await client.query('BEGIN');
  try {
    await copyInto(client, 'case_record', caseColumns, rows.cases);
    await copyInto(client, 'case_event', eventColumns, rows.events);
    await copyInto(client, 'case_request', requestColumns, rows.requests);
    if (mode === 'checked') await walkStatuses(client, rows);
    await advanceCodeCounters(client, rows.lastSequence);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return rows.counts;
}

/** Applies the status changes in order of their number: change k of every case in one UPDATE. */
async function walkStatuses(client: PgClient, rows: HistoryRows): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE IF NOT EXISTS history_status_step (case_id int, seq int, status "CaseStatus",
       department_id int, merged_into_id int) ON COMMIT DELETE ROWS`,
  );
  await copyInto(client, 'history_status_step', statusStepColumns, rows.steps);
  for (let seq = 1; seq <= rows.stepCount; seq++) {
    await client.query(
      `UPDATE case_record c SET status = s.status, department_id = s.department_id, merged_into_id = s.merged_into_id
       FROM history_status_step s WHERE s.seq = $1 AND s.case_id = c.id`,
      [seq],
    );
  }
}

/** Later intake continues each district's daily sequence after the generated codes. */
async function advanceCodeCounters(client: PgClient, last: ReadonlyMap<string, number>): Promise<void> {
  if (!last.size) return;
  await client.query(
    `INSERT INTO case_code_counter (district_code, day, last)
     SELECT left(k, 6), to_date(right(k, 8), 'YYYYMMDD'), n FROM unnest($1::text[], $2::int[]) AS u(k, n)
     ON CONFLICT (district_code, day) DO UPDATE SET last = GREATEST(case_code_counter.last, EXCLUDED.last)`,
    [[...last.keys()], [...last.values()]],
  );
}
