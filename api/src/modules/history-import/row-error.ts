/**
 * What can be wrong with one row of a history import (reported per row, with the column):
 *
 * - MALFORMED_ROW: the record cannot be read (an unclosed quote, text after a closing quote) or has
 *   another number of cells than the header.
 * - MISSING_VALUE: a required cell is empty (legacy id, reported time, category, coordinates, or the
 *   department of a dispatched case).
 * - BAD_DATE: a date does not match the mapping's dateFormat or names no real date.
 * - FUTURE_DATE: a date lies after the moment of the import.
 * - TIMES_OUT_OF_ORDER: a step happened before the one it follows (closed before reported…).
 * - TIMESTAMP_GAP: a later step has a time while an earlier mapped step is empty.
 * - BAD_COORDINATE: longitude or latitude is not a number in range.
 * - OUTSIDE_JURISDICTION: the point lies in no current unit grid.
 * - UNKNOWN_CATEGORY / UNKNOWN_DEPARTMENT: the value is not in the mapping's value map.
 * - DUPLICATE_IN_FILE: the legacy id appeared on an earlier row of the same file.
 */
export const rowErrorCodes = [
  'MALFORMED_ROW',
  'MISSING_VALUE',
  'BAD_DATE',
  'FUTURE_DATE',
  'TIMES_OUT_OF_ORDER',
  'TIMESTAMP_GAP',
  'BAD_COORDINATE',
  'OUTSIDE_JURISDICTION',
  'UNKNOWN_CATEGORY',
  'UNKNOWN_DEPARTMENT',
  'DUPLICATE_IN_FILE',
] as const;

export type RowErrorCode = (typeof rowErrorCodes)[number];

export interface RowError {
  /** The record number in the file; the header is row 1, so the first data row is row 2. */
  row: number;
  /** The CSV column at fault, when one is. */
  column: string | null;
  code: RowErrorCode;
  message: string;
}
