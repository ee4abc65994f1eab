import { useI18n } from '../../i18n';
import type { MetricSummary } from './dashboard-types';
import { GradeBadge } from './grade-badge';
import type { MetricCatalog } from './metric-catalog';
import { changeOf, formatMetric, type MetricChange } from './metric-format';

/** The headline metrics, in the order a 数字城管 evaluation reads them. */
const KPI_METRICS = [
  'reported',
  'filed',
  'closed',
  'closeRate',
  'onTimeCloseRate',
  'onTimeHandleRate',
  'reworkRate',
  'onTimeDispatchRate',
  'validReportRate',
  'missedReportRate',
  'handlingHoursMean',
  'handlingHoursMedian',
  'handlingHoursP90',
] as const;

interface KpiCardsProps {
  summary: MetricSummary;
  catalog: MetricCatalog;
}

/** KPI cards: each metric with 环比 and 同比, overdue now (live) and the composite score. */
export function KpiCards({ summary, catalog }: KpiCardsProps) {
  const { t, locale } = useI18n();
  const score = summary.score === null ? null : summary.score.toFixed(1);
  return (
    <ul className="kpi-cards" data-testid="kpi-cards">
      <li className="kpi-card kpi-card--score" data-testid="kpi-card" data-metric="score" data-value={score ?? ''}>
        <h3 className="kpi-card__label">{t('dashboard.kpi.score')}</h3>
        <p className="kpi-card__value">
          {score ?? '—'} {summary.grade !== null && <GradeBadge grade={summary.grade} />}
        </p>
        <p className="kpi-card__note">{t('dashboard.kpi.scoreNote')}</p>
      </li>
      <li
        className="kpi-card kpi-card--alert"
        data-testid="kpi-card"
        data-metric="overdueNow"
        data-value={summary.overdueNow}
      >
        <h3 className="kpi-card__label">{t('dashboard.kpi.overdueNow')}</h3>
        <p className="kpi-card__value">{formatMetric(summary.overdueNow, 'COUNT', locale)}</p>
        <p className="kpi-card__note">{t('dashboard.kpi.overdueNowNote')}</p>
      </li>
      {KPI_METRICS.filter((name) => catalog.has(name)).map((name) => {
        const kind = catalog.kind(name);
        const value = summary.values[name] ?? null;
        const direction = catalog.direction(name);
        return (
          <li key={name} className="kpi-card" data-testid="kpi-card" data-metric={name} data-value={value ?? ''}>
            <h3 className="kpi-card__label" title={catalog.description(name)}>
              {catalog.label(name)}
            </h3>
            <p className="kpi-card__value">{formatMetric(value, kind, locale)}</p>
            <p className="kpi-card__changes">
              <ChangeBadge
                label={t('dashboard.kpi.previous')}
                period={`${summary.previousPeriod.from} – ${summary.previousPeriod.to}`}
                change={changeOf(value, summary.previous[name], kind, direction, locale)}
              />
              <ChangeBadge
                label={t('dashboard.kpi.lastYear')}
                period={`${summary.lastYearPeriod.from} – ${summary.lastYearPeriod.to}`}
                change={changeOf(value, summary.lastYear[name], kind, direction, locale)}
              />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

const ARROWS: Record<MetricChange['trend'], string> = { up: '▲', down: '▼', flat: '＝', none: '' };

/** 环比 / 同比 with an arrow, coloured good or bad; the words say it too, for screen readers and print. */
function ChangeBadge({ label, period, change }: { label: string; period: string; change: MetricChange }) {
  const t = useI18n().t;
  const amount = change.unit === 'points' ? t('dashboard.change.points', { amount: change.amount }) : change.amount;
  const words =
    change.trend === 'none'
      ? t('dashboard.change.none')
      : change.trend === 'flat'
        ? t('dashboard.change.flat')
        : t(change.trend === 'up' ? 'dashboard.change.up' : 'dashboard.change.down', { amount });
  return (
    <span
      className={`kpi-change kpi-change--${change.tone}`}
      title={t('dashboard.change.against', { period })}
      data-trend={change.trend}
    >
      {label}{' '}
      <span aria-hidden="true">
        {ARROWS[change.trend]}
        {change.trend === 'up' || change.trend === 'down' ? amount : change.trend === 'flat' ? '' : '—'}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
