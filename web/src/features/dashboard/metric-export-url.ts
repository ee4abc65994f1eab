import type { Locale } from '../../i18n/messages';
import type { Period } from './dashboard-period';
import type { MetricGroupBy } from './dashboard-types';

export type MetricExportFormat = 'csv' | 'xlsx';

export interface MetricExportRequest {
  format: MetricExportFormat;
  groupBy: MetricGroupBy;
  period: Period;
  /** The area the table is within; the viewer's own when absent. */
  areaCode: string | undefined;
  /** Headers in the language the dashboard is read in. */
  locale: Locale;
}

/**
 * The download address of a ranking table as shown (`GET /export/metrics.{csv,xlsx}`), same-origin
 * so the session cookie goes along.
 *
 * @example metricExportUrl({ format: 'xlsx', groupBy: 'STREET', period: { from: '2026-11-01', to: '2026-11-26' }, areaCode: '310101', locale: 'zh-CN' })
 * // '/export/metrics.xlsx?groupBy=STREET&from=2026-11-01&to=2026-11-26&areaCode=310101&lang=zh-CN'
 */
export function metricExportUrl(request: MetricExportRequest): string {
  const params = new URLSearchParams({ groupBy: request.groupBy, from: request.period.from, to: request.period.to });
  if (request.areaCode !== undefined) params.set('areaCode', request.areaCode);
  params.set('lang', request.locale);
  return `/export/metrics.${request.format}?${params.toString()}`;
}
