import { useState } from 'react';
import type { MessageRef } from '../../i18n';
import { useI18n } from '../../i18n';
import type { CaseQueue } from './case-enums';
import { caseExportUrl } from './case-export-url';
import { downloadExport, ExportError } from './download-export';

interface ExportMenuProps {
  queue: CaseQueue;
  search: string;
}

/**
 * 导出: the queue as shown (queue and search) as CSV or Excel, with headers in the console's
 * language. CSV is a plain link, so any size streams straight to disk; Excel is fetched first, so
 * a refusal (too many rows for a workbook) is told here with the way out: CSV or a narrower search.
 */
export function ExportMenu({ queue, search }: ExportMenuProps) {
  const { t, locale } = useI18n();
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageRef | null>(null);

  const downloadWorkbook = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await downloadExport(caseExportUrl({ format: 'xlsx', queue, search, locale }));
    } catch (error) {
      setProblem(exportProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="export-menu">
      <summary className="export-menu__button">{t('work.export.button')}</summary>
      <div className="export-menu__panel" data-testid="export-menu">
        <a className="export-menu__item" href={caseExportUrl({ format: 'csv', queue, search, locale })} download>
          {t('work.export.csv')}
        </a>
        <button type="button" className="export-menu__item" disabled={isBusy} onClick={downloadWorkbook}>
          {isBusy ? t('work.export.preparing') : t('work.export.xlsx')}
        </button>
        {problem && (
          <p className="export-menu__problem" role="alert">
            {t(problem.key, problem.params)}
          </p>
        )}
      </div>
    </details>
  );
}

function exportProblem(error: unknown): MessageRef {
  if (!(error instanceof ExportError)) return { key: 'work.export.failed', params: { code: '—' } };
  if (error.code === 'EXPORT_TOO_LARGE') {
    return { key: 'work.export.tooLarge', params: { maxRows: String(error.details.maxRows ?? '') } };
  }
  if (error.code === 'UNAUTHENTICATED') return { key: 'cases.error.signedOut' };
  return { key: 'work.export.failed', params: { code: error.code } };
}
