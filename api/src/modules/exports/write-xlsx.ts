import { PassThrough, type Readable } from 'node:stream';
import { wallClockOf } from '@gridloop/geo';
import ExcelJS from 'exceljs';
import {
  type CellValue,
  type ColumnType,
  type ExportLanguage,
  headerOf,
  type TableColumn,
  type TableRows,
} from './table-column.js';

export interface XlsxOptions {
  columns: readonly TableColumn[];
  language: ExportLanguage;
  timeZone: string;
  /** The worksheet's tab name (at most 31 characters, none of []:*?/\). */
  sheetName: string;
}

const widthByType: Record<ColumnType, number> = {
  text: 16,
  int: 10,
  number: 12,
  percent: 10,
  datetime: 20,
  date: 12,
};

/** Real Excel number formats, so leaders can sort, sum and filter without converting text. */
const numberFormatByType: Record<ColumnType, string | undefined> = {
  text: '@',
  int: '0',
  number: '0.00',
  percent: '0.0%',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  date: 'yyyy-mm-dd',
};

/**
 * The table as an .xlsx byte stream, written row by row with exceljs's streaming writer: each row is
 * committed (leaves memory) as soon as it is added, strings are inline (no shared-string table kept
 * until the end), and the row source is read only as fast as the stream drains. A failure after the
 * first bytes destroys the stream (the client sees a truncated download, never a corrupt success).
 */
export function xlsxStream(rows: TableRows, options: XlsxOptions): Readable {
  const output = new PassThrough();
  writeWorkbook(output, rows, options).catch((error: unknown) => output.destroy(error as Error));
  return output;
}

async function writeWorkbook(output: PassThrough, rows: TableRows, options: XlsxOptions) {
  const { columns, language, timeZone } = options;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    key: column.key,
    width: column.width ?? widthByType[column.type],
    style: { numFmt: numberFormatByType[column.type] },
  }));
  const header = sheet.addRow(columns.map((column) => headerOf(column, language)));
  header.font = { bold: true };
  header.commit();
  for await (const row of rows) {
    // The client went away: stop reading rows (the `for await` closes the source).
    if (output.destroyed) return;
    sheet.addRow(columns.map((column) => xlsxValue(row[column.key], timeZone))).commit();
    if (output.writableNeedDrain) await waitForDrain(output);
  }
  sheet.commit();
  await workbook.commit();
}

function xlsxValue(value: CellValue, timeZone: string): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return wallClockOf(value, timeZone);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

function waitForDrain(output: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.once('drain', done);
    output.once('close', done);
  });
}
