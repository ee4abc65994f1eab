import type { RowError, RowErrorCode } from './row-error.js';

/** What a history import did, or would do (dry run), row by row in summary. */
export interface HistoryImportReport {
  sourceSystem: string;
  dryRun: boolean;
  skipBadRows: boolean;
  /** True when cases were committed: not a dry run, and no bad row unless skipBadRows. */
  written: boolean;
  /** Data rows read (the header not counted). */
  rowsRead: number;
  /** Rows that passed every check and are new: the cases this file makes. */
  valid: number;
  /** Cases written by this run (0 on a dry run or a refused import). */
  imported: number;
  /** Events written with them. */
  events: number;
  /** Rows left out (or that a dry run would leave out): rows imported before, and bad rows with skipBadRows. */
  skipped: number;
  /** Rows whose legacy id an earlier import already brought in (never imported twice). */
  alreadyImported: number;
  /** Rows with at least one error. */
  badRows: number;
  /**
   * Errors in all; `errors` lists the first `listLimit` found, by row (location checks run per batch,
   * so near the limit a later row's format error may be listed instead of an earlier row's location).
   */
  errorCount: number;
  errors: RowError[];
  listLimit: number;
  errorCounts: { code: RowErrorCode; count: number }[];
  /** The earliest and latest event instant of the valid rows: the span metrics must recompute. */
  firstEventAt: Date | null;
  lastEventAt: Date | null;
  elapsedMs: number;
}

/** Collects a report while rows stream by, keeping only the first `listLimit` errors in memory. */
export class ReportBuilder {
  rowsRead = 0;
  valid = 0;
  imported = 0;
  events = 0;
  alreadyImported = 0;
  badRows = 0;
  errorCount = 0;
  private readonly errors: RowError[] = [];
  private readonly counts = new Map<RowErrorCode, number>();
  private first: number | null = null;
  private last: number | null = null;

  constructor(private readonly listLimit: number) {}

  addBadRow(errors: readonly RowError[]): void {
    this.badRows += 1;
    this.errorCount += errors.length;
    for (const error of errors) {
      if (this.errors.length < this.listLimit) this.errors.push(error);
      this.counts.set(error.code, (this.counts.get(error.code) ?? 0) + 1);
    }
  }

  addValid(firstAt: number, lastAt: number): void {
    this.valid += 1;
    this.first = Math.min(this.first ?? firstAt, firstAt);
    this.last = Math.max(this.last ?? lastAt, lastAt);
  }

  build(options: { sourceSystem: string; dryRun: boolean; skipBadRows: boolean; written: boolean; elapsedMs: number }) {
    const report: HistoryImportReport = {
      ...options,
      rowsRead: this.rowsRead,
      valid: this.valid,
      imported: options.written ? this.imported : 0,
      events: options.written ? this.events : 0,
      skipped: this.alreadyImported + (options.skipBadRows ? this.badRows : 0),
      alreadyImported: this.alreadyImported,
      badRows: this.badRows,
      errorCount: this.errorCount,
      errors: [...this.errors].sort((a, b) => a.row - b.row),
      listLimit: this.listLimit,
      errorCounts: [...this.counts].map(([code, count]) => ({ code, count })),
      firstEventAt: this.first === null ? null : new Date(this.first),
      lastEventAt: this.last === null ? null : new Date(this.last),
    };
    return report;
  }
}
