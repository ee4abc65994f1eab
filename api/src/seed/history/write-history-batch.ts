import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { CaseLife } from './case-life.js';
import {
  caseColumns,
  caseLine,
  eventColumns,
  eventLines,
  requestColumns,
  requestLines,
  statusStepColumns,
  statusStepLines,
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

/** Lines grouped into chunks so COPY streams in pieces rather than one huge string. */
function chunked(lives: readonly CaseLife[], toText: (life: CaseLife) => string): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const life of lives) {
    chunk += toText(life);
    if (chunk.length > 256 * 1024) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

async function copyInto(client: PgClient, table: string, columns: readonly string[], chunks: string[]): Promise<void> {
  if (!chunks.length) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks), stream);
}

/** Writes one batch of whole days in one transaction: cases, events, requests and code counters. */
export async function writeHistoryBatch(
  client: PgClient,
  lives: readonly CaseLife[],
  mode: HistoryLoadMode,
): Promise<BatchCounts> {
  const isChecked = mode === 'checked';
  await client.query('BEGIN');
  try {
    await copyInto(
      client,
      'case_record',
      caseColumns,
      chunked(lives, (life) => caseLine(life, isChecked)),
    );
    await copyInto(client, 'case_event', eventColumns, chunked(lives, eventLines));
    await copyInto(client, 'case_request', requestColumns, chunked(lives, requestLines));
    if (isChecked) await walkStatuses(client, lives);
    await advanceCodeCounters(client, lives);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  let events = 0;
  let requests = 0;
  for (const life of lives) {
    events += life.events.length;
    requests += life.requests.length;
  }
  return { cases: lives.length, events, requests };
}

/** Applies the status changes in order of their number: change k of every case in one UPDATE. */
async function walkStatuses(client: PgClient, lives: readonly CaseLife[]): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE IF NOT EXISTS history_status_step (case_id int, seq int, status "CaseStatus",
       department_id int, merged_into_id int) ON COMMIT DELETE ROWS`,
  );
  let changes = 0;
  const chunks = chunked(lives, (life) => {
    const steps = statusStepLines(life);
    changes = Math.max(changes, steps.count);
    return steps.text;
  });
  await copyInto(client, 'history_status_step', statusStepColumns, chunks);
  for (let seq = 1; seq <= changes; seq++) {
    await client.query(
      `UPDATE case_record c SET status = s.status, department_id = s.department_id, merged_into_id = s.merged_into_id
       FROM history_status_step s WHERE s.seq = $1 AND s.case_id = c.id`,
      [seq],
    );
  }
}

/** Later intake continues each district's daily sequence after the generated codes. */
async function advanceCodeCounters(client: PgClient, lives: readonly CaseLife[]): Promise<void> {
  const last = new Map<string, number>();
  for (const { draft } of lives) {
    const key = draft.code.slice(0, 14);
    last.set(key, Math.max(last.get(key) ?? 0, Number(draft.code.slice(14))));
  }
  if (!last.size) return;
  await client.query(
    `INSERT INTO case_code_counter (district_code, day, last)
     SELECT left(k, 6), to_date(right(k, 8), 'YYYYMMDD'), n FROM unnest($1::text[], $2::int[]) AS u(k, n)
     ON CONFLICT (district_code, day) DO UPDATE SET last = GREATEST(case_code_counter.last, EXCLUDED.last)`,
    [[...last.keys()], [...last.values()]],
  );
}
