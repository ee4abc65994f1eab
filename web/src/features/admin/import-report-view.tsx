import { useT } from '../../i18n';
import { AdminTable } from './admin-table';
import { problemReasonOf } from './import-problem-location';
import type { ImportReport } from './layer-import-types';

interface ImportReportViewProps {
  report: ImportReport;
  selectedIndex: number | null;
  /** A row was picked: the map zooms to the feature (or the point the API located). */
  onSelect: (problemIndex: number) => void;
  onSelectGap: (gapIndex: number) => void;
}

/** The import report: the verdict and counts, then one row per problem and per gap. */
export function ImportReportView({ report, selectedIndex, onSelect, onSelectGap }: ImportReportViewProps) {
  const t = useT();
  const verdict = report.ok
    ? report.dryRun
      ? t('admin.gridImport.checkedOk', { features: report.featureCount })
      : t('admin.gridImport.imported', { written: report.written, retired: report.retired })
    : t('admin.gridImport.rejected', { errors: report.errorCount, gaps: report.gapCount });
  return (
    <div className="admin-stack" data-testid="import-report" data-ok={report.ok} data-dry-run={report.dryRun}>
      <p
        className={`admin-notice admin-notice--${report.ok ? 'ok' : 'bad'}`}
        role="status"
        data-testid="import-verdict"
      >
        {verdict}
      </p>
      <dl className="admin-report-summary">
        <Count label={t('admin.gridImport.format')} value={`${report.format} · ${report.crs}`} />
        <Count label={t('admin.gridImport.features')} value={report.featureCount} testId="import-feature-count" />
        <Count label={t('admin.gridImport.errors')} value={report.errorCount} testId="import-error-count" />
        <Count label={t('admin.gridImport.gaps')} value={report.gapCount} />
        <Count label={t('admin.gridImport.written')} value={report.written} testId="import-written" />
        <Count label={t('admin.gridImport.retired')} value={report.retired} />
      </dl>
      {report.errorCount > report.errors.length && (
        <p className="admin-muted">{t('admin.gridImport.listLimited', { shown: report.errors.length })}</p>
      )}
      {report.errors.length > 0 && (
        <AdminTable
          testId="import-problems"
          headers={[
            t('admin.gridImport.featureIndex'),
            t('admin.gridImport.code'),
            t('admin.gridImport.problem'),
            t('admin.gridImport.reason'),
            '',
          ]}
        >
          {report.errors.map((problem, index) => (
            <tr
              // biome-ignore lint/suspicious/noArrayIndexKey: the report's order is the identity
              key={index}
              data-testid="import-problem-row"
              data-problem={problem.problem}
              data-feature-index={problem.featureIndex}
              className={problem.featureIndex === selectedIndex ? 'admin-row--selected' : undefined}
            >
              <td>{problem.featureIndex}</td>
              <td>
                <code>{problem.code ?? '—'}</code>
              </td>
              <td>
                {t(`importProblem.${problem.problem}`)}
                <small className="admin-error__detail">{problem.message}</small>
              </td>
              <td>{problemReasonOf(problem) ?? '—'}</td>
              <td>
                <button type="button" className="button button--small" onClick={() => onSelect(index)}>
                  {t('admin.gridImport.showOnMap')}
                </button>
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      {report.gaps.length > 0 && (
        <AdminTable
          testId="import-gaps"
          headers={[t('admin.gridImport.gapParent'), t('admin.gridImport.uncovered'), '']}
        >
          {report.gaps.map((gap, index) => (
            <tr key={gap.parentCode} data-testid="import-gap-row">
              <td>
                {gap.parentName} <code>{gap.parentCode}</code>
              </td>
              <td>
                {t('admin.gridImport.uncoveredValue', {
                  m2: Math.round(gap.uncoveredM2),
                  percent: (gap.uncoveredRatio * 100).toFixed(1),
                })}
              </td>
              <td>
                {gap.location !== null && (
                  <button type="button" className="button button--small" onClick={() => onSelectGap(index)}>
                    {t('admin.gridImport.showOnMap')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      {report.warnings.map((warning) => (
        <p key={warning.message} className="admin-muted">
          {warning.message}
        </p>
      ))}
    </div>
  );
}

function Count({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
