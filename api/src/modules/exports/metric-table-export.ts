import { type MetricTableRow, metricTableColumns } from '../metrics/metric-table.js';
import type { TableColumn, TableRow } from './table-column.js';

/**
 * A ranking table (metricTableRows) as export columns and rows: the metrics module's own columns
 * and headers, rates already in percent (so plain numbers here, not fractions).
 */
export const metricExportColumns: readonly TableColumn[] = metricTableColumns.map(({ key, zh, en }) => ({
  key,
  zh,
  en,
  type: key === 'key' || key === 'name' || key === 'grade' ? 'text' : key === 'rank' ? 'int' : 'number',
}));

export function metricExportRows(rows: readonly MetricTableRow[]): TableRow[] {
  return rows.map((row) => Object.fromEntries(metricTableColumns.map((column) => [column.key, column.value(row)])));
}

/** The file's base name: what it lists and over which days. */
export function metricExportName(groupBy: string, from: string, to: string): { zh: string; en: string } {
  return { zh: `综合评价-${groupBy}-${from}至${to}`, en: `metrics-${groupBy.toLowerCase()}-${from}-to-${to}` };
}
