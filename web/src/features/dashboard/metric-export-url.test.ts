import { describe, expect, it } from 'vitest';
import { metricExportUrl } from './metric-export-url';

describe('metric export links', () => {
  it('carries the table’s grouping, period, area and language', () => {
    const period = { from: '2026-11-01', to: '2026-11-26' };
    expect(metricExportUrl({ format: 'xlsx', groupBy: 'STREET', period, areaCode: '310101', locale: 'zh-CN' })).toBe(
      '/export/metrics.xlsx?groupBy=STREET&from=2026-11-01&to=2026-11-26&areaCode=310101&lang=zh-CN',
    );
    expect(metricExportUrl({ format: 'csv', groupBy: 'DEPARTMENT', period, areaCode: undefined, locale: 'en' })).toBe(
      '/export/metrics.csv?groupBy=DEPARTMENT&from=2026-11-01&to=2026-11-26&lang=en',
    );
  });
});
