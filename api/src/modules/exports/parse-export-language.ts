import { DomainError } from '../../errors/domain-error.js';
import type { ExportLanguage } from './table-column.js';

/**
 * The `lang` query parameter of a download: zh-CN (the default, what leaders read) or en.
 *
 * @example parseExportLanguage(undefined) // 'zh-CN'
 */
export function parseExportLanguage(value: string | string[] | undefined): ExportLanguage {
  if (value === undefined || value === 'zh-CN' || value === 'zh') return 'zh-CN';
  if (value === 'en') return 'en';
  throw new DomainError('BAD_REQUEST', `lang must be zh-CN or en, got ${JSON.stringify(value)}.`, { field: 'lang' });
}
