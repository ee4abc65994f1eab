import type { Locale } from '../../i18n/messages';
import type { CaseQueue } from './case-enums';

export type CaseExportFormat = 'csv' | 'xlsx';

export interface CaseExportRequest {
  format: CaseExportFormat;
  queue: CaseQueue;
  /** The search box's words; blank for none. */
  search: string;
  /** Headers and labels in the language the person reads the console in. */
  locale: Locale;
}

/**
 * The download address of a work queue as shown (queue and search), same-origin so the session
 * cookie goes along.
 *
 * @example caseExportUrl({ format: 'csv', queue: 'OVERDUE', search: ' 垃圾 ', locale: 'zh-CN' })
 * // '/export/cases.csv?queue=OVERDUE&text=%E5%9E%83%E5%9C%BE&lang=zh-CN'
 */
export function caseExportUrl(request: CaseExportRequest): string {
  const params = new URLSearchParams({ queue: request.queue });
  const search = request.search.trim();
  if (search !== '') params.set('text', search);
  params.set('lang', request.locale);
  return `/export/cases.${request.format}?${params.toString()}`;
}
