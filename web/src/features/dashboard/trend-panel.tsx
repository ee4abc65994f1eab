import { useMemo } from 'react';
import { useT } from '../../i18n';
import type { MetricTrendPoint, TrendBucket } from './dashboard-types';
import type { MetricCatalog } from './metric-catalog';
import { TREND_RATE, trendOption } from './trend-option';
import { useEChart } from './use-echart';

const BUCKETS: readonly TrendBucket[] = ['DAY', 'WEEK', 'MONTH'];

interface TrendPanelProps {
  points: readonly MetricTrendPoint[] | undefined;
  bucket: TrendBucket;
  onBucketChange: (bucket: TrendBucket) => void;
  catalog: MetricCatalog;
}

/** 趋势: volumes and 结案率 per day, week or month of the period. */
export function TrendPanel({ points, bucket, onBucketChange, catalog }: TrendPanelProps) {
  const t = useT();
  const title = t('dashboard.trend.title');
  const option = useMemo(
    () =>
      points === undefined
        ? null
        : trendOption(points, { volume: (name) => catalog.label(name), rate: catalog.label(TREND_RATE), title }),
    [points, catalog, title],
  );
  const chart = useEChart(option);
  return (
    <section className="dashboard-panel trend" aria-labelledby="dashboard-trend-heading">
      <div className="dashboard-panel__head">
        <h2 id="dashboard-trend-heading" className="dashboard-panel__title">
          {title}
        </h2>
        <label className="dashboard-field">
          <span>{t('dashboard.trend.bucket')}</span>
          <select value={bucket} onChange={(event) => onBucketChange(event.target.value as TrendBucket)}>
            {BUCKETS.map((entry) => (
              <option key={entry} value={entry}>
                {t(`dashboard.trend.bucket.${entry}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div
        ref={chart}
        className="trend__chart"
        data-testid="trend-chart"
        data-points={points?.length ?? ''}
        role="img"
        aria-label={title}
      />
    </section>
  );
}
