import { performance } from 'node:perf_hooks';
import { directTransaction, type PrismaClient } from '@gridloop/prisma';
import type { Clock } from '../../clock.js';
import { DomainError } from '../../errors/domain-error.js';
import type { CalendarProvider } from '../calendar/calendar-provider.js';
import { compileDateFormat } from './date-format.js';
import { type HistoryImportReport, ReportBuilder } from './history-import-report.js';
import { beginHistoryImport } from './history-import-sql.js';
import { parseHistoryMapping } from './history-mapping.js';
import { type CsvRecord, readCsvRecords } from './read-csv-records.js';
import { createRowReader, type HistoryRow, type RowReader } from './read-history-row.js';
import { resolveMappingTargets } from './resolve-mapping-targets.js';
import { writeHistoryBatch } from './write-history-batch.js';
import { ZonedClock } from './zoned-clock.js';

export interface HistoryImportDependencies {
  prisma: PrismaClient;
  clock: Clock;
  /** The deployment's work calendar: its zone dates case codes, its hours time the deadlines. */
  calendar: CalendarProvider;
}

export interface HistoryImportInput {
  /** The CSV, as chunks: an upload's stream or a file read from disk, never whole in memory. */
  csv: AsyncIterable<Uint8Array | string>;
  /** The column mapping (docs/history-import.md), as JSON text or a parsed value. */
  mapping: unknown;
  /** Check everything and report, then roll back: nothing is written. */
  dryRun?: boolean;
  /** Write the good rows and report the bad ones; otherwise any bad row refuses the whole file. */
  skipBadRows?: boolean;
  /** How many row errors the report lists (all are counted). */
  listLimit?: number;
  /** The importer's scope as a grid-code prefix (caseVisibilityOf): rows outside it are OUTSIDE_JURISDICTION. */
  gridCodePrefix?: string;
  /** Rows per batch: one lookup and one insert statement each. */
  batchSize?: number;
}

/** Thrown inside the transaction to roll it back while still answering with the report. */
class RollbackWithReport {
  constructor(readonly report: HistoryImportReport) {}
}

/**
 * Imports historical cases from a legacy system's CSV (docs/history-import.md): each row is read
 * with the mapping, validated, located in its unit grid and written as a case with its whole event
 * chain (source IMPORT, external ref `<system>:<legacy id>`), in batches, in ONE transaction, so
 * the import is all-or-nothing: any bad row refuses the file (every bad row still reported) unless
 * skipBadRows, and a dry run rolls back. Rows imported before are skipped, never doubled. The file
 * streams through in bounded memory: one batch, the first listLimit errors, and the legacy ids seen
 * kept in a temporary table. Mapping problems are one BAD_REQUEST before any row is read; a file
 * without a header is INVALID_FILE; another import running is IMPORT_IN_PROGRESS.
 */
export async function importCaseHistory(
  deps: HistoryImportDependencies,
  input: HistoryImportInput,
): Promise<HistoryImportReport> {
  const started = performance.now();
  const mapping = parseHistoryMapping(input.mapping);
  const calendar = deps.calendar.current();
  const zone = new ZonedClock(mapping.timeZone ?? calendar.timeZone);
  const readDate = compileDateFormat(mapping.dateFormat);
  const targets = await resolveMappingTargets(deps.prisma, mapping);
  const records = readCsvRecords(input.csv)[Symbol.asyncIterator]();
  const header = await readHeader(records);
  const now = deps.clock.now();
  const reader = createRowReader({ mapping, header, targets, readDate, clock: zone, nowMs: now.getTime() });
  const options = { dryRun: input.dryRun ?? false, skipBadRows: input.skipBadRows ?? false };
  const builder = new ReportBuilder(input.listLimit ?? 100);
  const finish = (written: boolean) =>
    builder.build({ sourceSystem: mapping.sourceSystem, ...options, written, elapsedMs: performance.now() - started });
  try {
    const report = await directTransaction(deps.prisma, async (query) => {
      if (!(await beginHistoryImport(query))) {
        throw new DomainError('IMPORT_IN_PROGRESS', 'Another history import is running; try again when it ends.');
      }
      const { sourceSystem, columns } = mapping;
      const scopeCode = input.gridCodePrefix ?? '';
      const batch = { calendar, limitsFor: targets.limitsFor, sourceSystem, columns, now, scopeCode };
      await readAllRows(records, reader, builder, input.batchSize ?? 500, (rows) =>
        writeHistoryBatch(query, rows, builder, {
          ...batch,
          shouldWrite: options.skipBadRows || builder.badRows === 0,
        }),
      );
      const isRefused = builder.badRows > 0 && !options.skipBadRows;
      if (options.dryRun || isRefused) throw new RollbackWithReport(finish(false));
      return finish(true);
    });
    // The imported events are in the log now: the metrics job (refresh-metrics) folds them into
    // the rollups like any others, within its interval, in batches.
    return report;
  } catch (error) {
    if (error instanceof RollbackWithReport) return error.report;
    throw error;
  }
}

async function readHeader(records: AsyncIterator<CsvRecord>): Promise<string[]> {
  const first = await records.next();
  if (first.done || first.value.isMalformed) {
    throw new DomainError('INVALID_FILE', 'The file has no CSV header row.', { field: 'file' });
  }
  return first.value.cells.map((cell) => cell.trim());
}

/** Reads every remaining record, collecting valid rows into batches handed to `flush`. */
async function readAllRows(
  records: AsyncIterator<CsvRecord>,
  reader: RowReader,
  builder: ReportBuilder,
  batchSize: number,
  flush: (rows: HistoryRow[]) => Promise<void>,
): Promise<void> {
  let rows: HistoryRow[] = [];
  for (let next = await records.next(); !next.done; next = await records.next()) {
    builder.rowsRead += 1;
    const result = reader.read(next.value);
    if (result.row) rows.push(result.row);
    else builder.addBadRow(result.errors);
    if (rows.length >= batchSize) {
      await flush(rows);
      rows = [];
    }
  }
  if (rows.length > 0) await flush(rows);
}
