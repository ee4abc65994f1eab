import { useState } from 'react';
import { useI18n } from '../../i18n';
import { downloadExport, ExportError } from '../cases/download-export';
import type { Period } from './dashboard-period';
import type { MetricGroupBy } from './dashboard-types';
import { metricExportUrl } from './metric-export-url';

interface MetricExportMenuProps {
  groupBy: MetricGroupBy;
  period: Period;
  areaCode: string;
}

/**
 * Excel and CSV of one ranking table as shown. CSV is a plain link (streams to disk); Excel is
 * fetched first so a refusal becomes a message beside the buttons rather than a saved error page.
 */
export function MetricExportMenu({ groupBy, period, areaCode }: MetricExportMenuProps) {
  const { t, locale } = useI18n();
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const request = { groupBy, period, areaCode, locale };

  const downloadWorkbook = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await downloadExport(metricExportUrl({ ...request, format: 'xlsx' }));
    } catch (error) {
      setProblem(error instanceof ExportError ? error.code : 'UNKNOWN');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="metric-export" data-testid="metric-export">
      <button type="button" className="button metric-export__button" disabled={isBusy} onClick={downloadWorkbook}>
        {isBusy ? t('dashboard.export.preparing') : t('dashboard.export.xlsx')}
      </button>
      <a className="button metric-export__button" href={metricExportUrl({ ...request, format: 'csv' })} download>
        {t('dashboard.export.csv')}
      </a>
      {problem !== null && (
        <p className="metric-export__problem" role="alert">
          {t('dashboard.export.failed', { code: problem })}
        </p>
      )}
    </div>
  );
}
