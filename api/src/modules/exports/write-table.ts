import { Readable } from 'node:stream';
import type { Context } from 'koa';
import { attachmentDisposition } from './content-disposition.js';
import type { ExportFormat, ExportLanguage, TableColumn, TableRows } from './table-column.js';
import { csvChunks } from './write-csv.js';
import { xlsxStream } from './write-xlsx.js';

export interface TableExport {
  format: ExportFormat;
  columns: readonly TableColumn[];
  /** Read lazily, as the response drains; validate and count before calling (nothing is sent yet). */
  rows: TableRows;
  language: ExportLanguage;
  /** Instants are written as wall-clock time here (the deployment's TIME_ZONE). */
  timeZone: string;
  /** The file's name without extension, per language, e.g. { zh: '案卷清单-2030-03-04', en: 'cases-2030-03-04' }. */
  baseName: { zh: string; en: string };
  /** The Excel tab name, e.g. 案卷 / Cases. */
  sheetName?: string;
}

const contentTypeOf: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Answers the request with the table as a download (CSV or Excel), streamed: the status and headers
 * go first, rows follow as they are read. Any table of the API exports through here (case lists,
 * metrics), so every download looks the same: Chinese headers by default, local times, real numbers.
 *
 * @example
 * writeTable(ctx, { format: 'xlsx', columns, rows: metricRows(), language: 'zh-CN', timeZone,
 *   baseName: { zh: '考核指标-2030-03', en: 'metrics-2030-03' } });
 */
export function writeTable(ctx: Context, table: TableExport): void {
  const { format, columns, rows, language, timeZone } = table;
  const fileName = `${language === 'en' ? table.baseName.en : table.baseName.zh}.${format}`;
  ctx.status = 200;
  ctx.set('Content-Type', contentTypeOf[format]);
  ctx.set('Content-Disposition', attachmentDisposition(fileName, `${table.baseName.en}.${format}`));
  // Personal data (addresses, descriptions): never kept by shared caches.
  ctx.set('Cache-Control', 'private, no-store');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body =
    format === 'csv'
      ? Readable.from(csvChunks(rows, { columns, language, timeZone }))
      : xlsxStream(rows, {
          columns,
          language,
          timeZone,
          sheetName: table.sheetName ?? (language === 'en' ? 'Sheet1' : '数据'),
        });
}
