import { describe, expect, it } from 'vitest';
import { caseExportUrl } from './case-export-url';

describe('caseExportUrl', () => {
  it('carries the queue, the trimmed search and the language', () => {
    expect(caseExportUrl({ format: 'csv', queue: 'OVERDUE', search: ' 垃圾 ', locale: 'zh-CN' })).toBe(
      '/export/cases.csv?queue=OVERDUE&text=%E5%9E%83%E5%9C%BE&lang=zh-CN',
    );
  });

  it('leaves a blank search out', () => {
    expect(caseExportUrl({ format: 'xlsx', queue: 'ALL', search: '  ', locale: 'en' })).toBe(
      '/export/cases.xlsx?queue=ALL&lang=en',
    );
  });
});
