import { localDateOf } from '@gridloop/geo';
import type { PrismaClient } from '@gridloop/prisma';
import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type { Clock } from '../../clock.js';
import { DomainError } from '../../errors/domain-error.js';
import { requireViewer } from '../auth/require-role.js';
import { viewerOf } from '../auth/viewer-middleware.js';
import type { CalendarProvider } from '../calendar/calendar-provider.js';
import { requireMetricsReader } from '../metrics/metric-scope.js';
import { metricTableRows } from '../metrics/metric-table.js';
import { caseExportColumns } from './case-export-columns.js';
import { caseExportWhere } from './case-export-where.js';
import { defaultExportLimits, type ExportLimits } from './export-limits.js';
import { metricExportColumns, metricExportName, metricExportRows } from './metric-table-export.js';
import { parseCaseExportQuery } from './parse-case-export-query.js';
import { parseExportLanguage } from './parse-export-language.js';
import { parseMetricExportQuery } from './parse-metric-export-query.js';
import { readCaseRows } from './read-case-rows.js';
import type { ExportFormat, ExportLanguage } from './table-column.js';
import { writeTable } from './write-table.js';

export interface ExportRouteDependencies {
  prisma: PrismaClient;
  clock: Clock;
  /** Its time zone (the deployment's TIME_ZONE) is the one dates are read and written in. */
  calendar: CalendarProvider;
  withViewer: Middleware;
  limits?: Partial<ExportLimits> | undefined;
}

/**
 * Downloads for signed-in staff (session cookie or bearer token, as /graphql):
 * - `GET /export/cases.csv` and `/export/cases.xlsx`: the case queue's filters (queue, status,
 *   category, area, department, source, light, text) plus reportedFrom / reportedTo (local dates,
 *   inclusive) and lang (zh-CN | en). Only cases the viewer can see; read in keyset batches and
 *   streamed. An Excel file over `maxXlsxRows` is refused first (EXPORT_TOO_LARGE, 413), from one
 *   count query; CSV has no cap.
 * - `GET /export/metrics.csv` and `/export/metrics.xlsx`: a ranking table of the leader dashboard
 *   (groupBy, from, to, areaCode; LEADER and ADMIN within their area, as GraphQL metricTable), with
 *   the metrics module's headers; small (one row per street, department…), read whole.
 * Errors answer `{ error: { code, message } }` before any byte of a file is sent.
 */
export function registerExportRoutes(router: Router, dependencies: ExportRouteDependencies) {
  const { prisma, clock, calendar, withViewer } = dependencies;
  const limits = { ...defaultExportLimits, ...dependencies.limits };
  const exportCases =
    (format: ExportFormat): Middleware =>
    async (ctx) => {
      const viewer = requireViewer(viewerOf(ctx));
      const language = parseExportLanguage(ctx.query.lang);
      const query = parseCaseExportQuery(ctx.query);
      await calendar.ensureLoaded();
      const { timeZone } = calendar.current();
      const now = clock.now();
      const where = caseExportWhere(viewer, query, now, timeZone);
      if (format === 'xlsx') {
        const rowCount = await prisma.case.count({ where });
        if (rowCount > limits.maxXlsxRows) throw tooLargeError(rowCount, limits.maxXlsxRows, language);
      }
      const date = localDateOf(now, timeZone);
      writeTable(ctx, {
        format,
        columns: caseExportColumns,
        rows: readCaseRows(prisma, { where, batchSize: limits.batchSize, language, now }),
        language,
        timeZone,
        baseName: { zh: `案卷清单-${date}`, en: `cases-${date}` },
        sheetName: language === 'en' ? 'Cases' : '案卷',
      });
    };
  const exportMetrics =
    (format: ExportFormat): Middleware =>
    async (ctx) => {
      const viewer = requireMetricsReader(viewerOf(ctx));
      const language = parseExportLanguage(ctx.query.lang);
      const { groupBy, period, areaCode } = parseMetricExportQuery(ctx.query);
      const rows = await metricTableRows(prisma, viewer, { period, groupBy, within: { areaCode } });
      await calendar.ensureLoaded();
      writeTable(ctx, {
        format,
        columns: metricExportColumns,
        rows: metricExportRows(rows),
        language,
        timeZone: calendar.current().timeZone,
        baseName: metricExportName(groupBy, period.from, period.to),
        sheetName: language === 'en' ? 'Metrics' : '综合评价',
      });
    };
  router.get('/export/cases.csv', withViewer, exportCases('csv'));
  router.get('/export/cases.xlsx', withViewer, exportCases('xlsx'));
  router.get('/export/metrics.csv', withViewer, exportMetrics('csv'));
  router.get('/export/metrics.xlsx', withViewer, exportMetrics('xlsx'));
}

function tooLargeError(rowCount: number, maxRows: number, language: ExportLanguage): DomainError {
  const message =
    language === 'en'
      ? `${rowCount} cases match, more than the ${maxRows} an Excel file may hold; download CSV instead or narrow the filters (e.g. a shorter reported date range).`
      : `符合条件的案卷有 ${rowCount} 件，超过 Excel 导出上限 ${maxRows} 件；请改为导出 CSV，或缩小筛选范围（如缩短上报日期区间）。`;
  return new DomainError('EXPORT_TOO_LARGE', message, { rowCount, maxRows, suggestedFormat: 'csv' });
}
