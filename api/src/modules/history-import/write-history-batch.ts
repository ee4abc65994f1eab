import type { WorkCalendar } from '@gridloop/geo';
import type { CaseStatus, DirectQuery } from '@gridloop/prisma';
import type { ReportBuilder } from './history-import-report.js';
import {
  advanceStatusSql,
  type EventRowJson,
  insertCasesSql,
  type LocatedRow,
  locateRowsSql,
} from './history-import-sql.js';
import { type ImportedCasePlan, planImportedCase } from './plan-imported-case.js';
import type { HistoryRow } from './read-history-row.js';
import type { MappingTargets } from './resolve-mapping-targets.js';
import type { RowError } from './row-error.js';

export interface BatchOptions {
  calendar: WorkCalendar;
  limitsFor: MappingTargets['limitsFor'];
  sourceSystem: string;
  /** Which CSV columns hold the legacy id and the longitude, to name them in row errors. */
  columns: { externalId: string; longitude: string };
  now: Date;
  /** The importer's area code: points outside it are OUTSIDE_JURISDICTION ('' for anywhere). */
  scopeCode: string;
  /** False once the import is refused: later batches are still checked (to report every bad row), not written. */
  shouldWrite: boolean;
}

/** The order a case passes through statuses after REPORTED: the updates run in this order. */
const statusOrder: readonly CaseStatus[] = ['ACCEPTED', 'FILED', 'DISPATCHED', 'HANDLED', 'CLOSED'];

/**
 * Locates a batch of valid rows (one statement), reports repeats and points outside every grid,
 * skips rows imported before, and writes the rest: cases and events in one statement, then one
 * status update per status reached (the database checks each against its event at commit).
 */
export async function writeHistoryBatch(
  query: DirectQuery,
  rows: readonly HistoryRow[],
  report: ReportBuilder,
  options: BatchOptions,
): Promise<void> {
  const located = await query<LocatedRow>(
    locateRowsSql(
      rows.map((row) => ({ n: row.row, ref: row.externalRef, lng: row.point[0], lat: row.point[1] })),
      options.scopeCode,
    ),
  );
  const gridOf = new Map(located.map((entry) => [entry.n, entry]));
  const plans: ImportedCasePlan[] = [];
  for (const row of rows) {
    const grid = gridOf.get(row.row) as LocatedRow;
    const error = locationError(row, grid, options.columns);
    if (error) {
      report.addBadRow([error]);
      continue;
    }
    if (grid.is_imported) {
      report.alreadyImported += 1;
      continue;
    }
    const events = row.chain.events;
    report.addValid(events[0]?.at as number, events[events.length - 1]?.at as number);
    if (options.shouldWrite) {
      plans.push(planImportedCase(row, grid, { ...options, limitOf: options.limitsFor(row.category) }));
    }
  }
  if (plans.length > 0) await writePlans(query, plans, report, options.now);
}

function locationError(row: HistoryRow, grid: LocatedRow, columns: BatchOptions['columns']): RowError | null {
  if (grid.is_repeat) {
    const message = `${row.externalRef} appeared on an earlier row.`;
    return { row: row.row, column: columns.externalId, code: 'DUPLICATE_IN_FILE', message };
  }
  if (grid.unit_grid_id === null) {
    const [lng, lat] = row.point;
    return {
      row: row.row,
      column: columns.longitude,
      code: 'OUTSIDE_JURISDICTION',
      message: `The point (${lng}, ${lat}) lies in no unit grid of the importer's area.`,
    };
  }
  return null;
}

async function writePlans(query: DirectQuery, plans: readonly ImportedCasePlan[], report: ReportBuilder, now: Date) {
  let seq = 0;
  const events: EventRowJson[] = plans.flatMap((plan) => plan.events.map((event) => ({ ...event, seq: seq++ })));
  const created = await query<{ id: number; ref: string; events: number }>(
    insertCasesSql(
      plans.map((plan) => plan.caseRow),
      events,
      now,
    ),
  );
  const idOf = new Map(created.map((row) => [row.ref, row.id]));
  for (const status of statusOrder) {
    const ids = plans
      .filter((plan) => plan.statuses.includes(status))
      .map((plan) => idOf.get(plan.caseRow.ref) as number);
    if (ids.length > 0) await query(advanceStatusSql(ids, status));
  }
  report.imported += created.length;
  report.events += created[0]?.events ?? 0;
}
