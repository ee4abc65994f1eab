import { Fragment, useMemo, useState } from 'react';
import { useI18n } from '../../i18n';
import type { Period } from './dashboard-period';
import type { MetricGroupBy, MetricTableRow } from './dashboard-types';
import { GradeBadge } from './grade-badge';
import type { MetricCatalog } from './metric-catalog';
import { MetricExportMenu } from './metric-export-menu';
import { formatMetric } from './metric-format';
import { type RankingSort, type RankingSortKey, sortRankingRows } from './sort-ranking-rows';

interface RankingTableProps {
  title: string;
  groupBy: MetricGroupBy;
  rows: readonly MetricTableRow[];
  /** The metric columns after rank, name, score and grade. */
  metrics: readonly string[];
  catalog: MetricCatalog;
  period: Period;
  areaCode: string;
  testId: string;
}

/**
 * A ranking (排名) of areas or departments: rank, name, composite score with its grade and the key
 * rates, sortable by any column (a header button; aria-sort tells the current order), exportable
 * as the API's Excel / CSV table of the same rows.
 */
export function RankingTable({ title, groupBy, rows, metrics, catalog, period, areaCode, testId }: RankingTableProps) {
  const { t, locale } = useI18n();
  const [sort, setSort] = useState<RankingSort>({ key: 'rank', descending: false });
  const sorted = useMemo(() => sortRankingRows(rows, sort), [rows, sort]);
  const headingId = `${testId}-heading`;

  const sortBy = (key: RankingSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, descending: !current.descending }
        : { key, descending: key !== 'rank' && key !== 'name' },
    );
  const header = (key: RankingSortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="ranking__sort" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );

  return (
    <section className="dashboard-panel ranking" aria-labelledby={headingId} data-testid={testId}>
      <div className="dashboard-panel__head">
        <h2 id={headingId} className="dashboard-panel__title">
          {title}
        </h2>
        <MetricExportMenu groupBy={groupBy} period={period} areaCode={areaCode} />
      </div>
      {rows.length === 0 ? (
        <p className="dashboard-muted">{t('dashboard.ranking.empty')}</p>
      ) : (
        <div className="ranking__scroll">
          <table className="ranking__table">
            <thead>
              <tr>
                {header('rank', t('dashboard.ranking.rank'))}
                {header('name', t('dashboard.ranking.name'))}
                {header('score', t('dashboard.ranking.score'))}
                <th scope="col">{t('dashboard.grade')}</th>
                {metrics.map((name) => (
                  <Fragment key={name}>{header(`metric:${name}`, catalog.label(name))}</Fragment>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.key} data-testid="ranking-row" data-key={row.key} data-grade={row.grade ?? ''}>
                  <td className="ranking__number">{row.rank ?? '—'}</td>
                  <th scope="row" className="ranking__name">
                    {row.name}
                  </th>
                  <td className="ranking__number">{row.score === null ? '—' : row.score.toFixed(1)}</td>
                  <td>{row.grade === null ? '—' : <GradeBadge grade={row.grade} />}</td>
                  {metrics.map((name) => (
                    <td key={name} className="ranking__number">
                      {formatMetric(row.values[name], catalog.kind(name), locale)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
