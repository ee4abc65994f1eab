import { wallClockOf } from '@gridloop/geo';
import type { CellValue, ColumnType } from './table-column.js';

/** Spreadsheets run a cell starting with these as a formula (CSV injection): such text gets a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break. Instants are written
 * as local wall-clock text (`2030-03-04 09:00:00`), which Excel reads as a date; percents as `85.0%`.
 *
 * @example csvCell('=1+1', 'text', 'Asia/Shanghai') // "'=1+1"
 */
export function csvCell(value: CellValue, type: ColumnType, timeZone: string): string {
  if (value === null || value === undefined) return '';
  const text = cellText(value, type, timeZone);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(value: Exclude<CellValue, null | undefined>, type: ColumnType, timeZone: string): string {
  if (value instanceof Date) {
    const iso = wallClockOf(value, timeZone).toISOString();
    return type === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return type === 'percent' ? `${(value * 100).toFixed(1)}%` : String(value);
  }
  return FORMULA_START.test(value) ? `'${value}` : value;
}
