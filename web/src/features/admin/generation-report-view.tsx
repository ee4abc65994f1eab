import { useT } from '../../i18n';
import type { GenerationReport } from './grid-generation-api';

/** The counts of a (dry-run) generation: what would be, or was, written and retired. */
export function GenerationReportView({ report }: { report: GenerationReport }) {
  const t = useT();
  const m2 = (value: number) => Math.round(value).toLocaleString();
  const verdict = report.dryRun
    ? t('admin.gridGeneration.previewed', { name: report.scopeName, grids: report.unitGrids })
    : t('admin.gridGeneration.generated', { name: report.scopeName, grids: report.unitGrids });
  const rows: [string, string | number, string?][] = [
    [t('admin.gridGeneration.communities'), report.communities],
    [t('admin.gridGeneration.unitGrids'), report.unitGrids, 'generation-unit-grids'],
    [t('admin.gridGeneration.responsibilityGrids'), report.responsibilityGrids, 'generation-beats'],
    [t('admin.gridGeneration.retiredUnitGrids'), report.retiredUnitGrids],
    [t('admin.gridGeneration.retiredResponsibilityGrids'), report.retiredResponsibilityGrids],
    [t('admin.gridGeneration.sliversMerged'), report.sliversMerged],
    [
      t('admin.gridGeneration.cellArea'),
      `${m2(report.smallestAreaM2)} / ${m2(report.meanAreaM2)} / ${m2(report.largestAreaM2)} m²`,
    ],
  ];
  return (
    <div className="admin-stack" data-testid="generation-report" data-dry-run={report.dryRun}>
      <p className="admin-notice admin-notice--ok" role="status" data-testid="generation-verdict">
        {verdict}
      </p>
      <dl className="admin-report-summary">
        {rows.map(([label, value, testId]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      {report.dryRun && <p className="admin-muted">{t('admin.gridGeneration.previewNote')}</p>}
    </div>
  );
}
