import { csvCell } from './csv-cell.js';
import { type ExportLanguage, headerOf, type TableColumn, type TableRows } from './table-column.js';

/** Excel reads a CSV file as the local ANSI code page unless it starts with the UTF-8 byte order mark. */
const BOM = '\uFEFF';
/** Rows gathered into one chunk: fewer, larger writes without holding more than a few kB. */
const ROWS_PER_CHUNK = 200;

export interface CsvOptions {
  columns: readonly TableColumn[];
  language: ExportLanguage;
  timeZone: string;
}

/**
 * The table as CSV text chunks (RFC 4180, CRLF line ends, UTF-8 with BOM), produced as rows arrive,
 * so a consumer that reads slowly also slows the row source down: any size streams in bounded memory.
 */
export async function* csvChunks(rows: TableRows, options: CsvOptions): AsyncGenerator<string> {
  const { columns, language, timeZone } = options;
  yield `${BOM}${columns.map((column) => csvCell(headerOf(column, language), 'text', timeZone)).join(',')}\r\n`;
  let chunk = '';
  let count = 0;
  for await (const row of rows) {
    chunk += `${columns.map((column) => csvCell(row[column.key], column.type, timeZone)).join(',')}\r\n`;
    if (++count === ROWS_PER_CHUNK) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  if (chunk) yield chunk;
}
