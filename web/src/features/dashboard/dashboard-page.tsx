import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n';
import { useMe } from '../auth/session-context';
import { AreaPicker } from './area-picker';
import {
  fetchArea,
  fetchCityTimeZone,
  fetchMetricDefinitions,
  fetchMetricSummary,
  fetchMetricTable,
  fetchMetricTrend,
  fetchOverdueCases,
} from './dashboard-api';
import {
  defaultTrendBucket,
  type Period,
  type PeriodPreset,
  periodProblem,
  presetPeriod,
  todayIn,
} from './dashboard-period';
import { type AreaNode, childGroupOf, type TrendBucket } from './dashboard-types';
import { KpiCards } from './kpi-cards';
import { MapPanel } from './map-panel';
import { metricCatalog } from './metric-catalog';
import { OverdueList } from './overdue-list';
import { PeriodPicker } from './period-picker';
import { RankingTable } from './ranking-table';
import { useDashboardQuery } from './use-dashboard-query';
import { useRefreshTick } from './use-refresh-tick';
import './dashboard.css';

// ECharts is most of the dashboard's JavaScript: the cards, map and tables show while it loads.
const TrendPanel = lazy(async () => ({ default: (await import('./trend-panel')).TrendPanel }));

const AREA_RANKING_METRICS = ['filed', 'closeRate', 'onTimeCloseRate', 'onTimeHandleRate', 'reworkRate'];
const DEPARTMENT_RANKING_METRICS = [
  'dispatched',
  'onTimeHandleRate',
  'closeRate',
  'onTimeCloseRate',
  'reworkRate',
  'extensionRate',
];
const OVERDUE_LIMIT = 20;
const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Rollups follow new events within seconds; half a minute keeps a wall screen current without load. */
const REFRESH_MS = 30_000;

/**
 * 领导驾驶舱: the metrics of the leader's area (or an area below it) over a period: KPI cards with
 * 环比 and 同比, the map, the trend, rankings of the areas below and of departments, and the cases
 * overdue now. Numbers refresh every half minute, as the API's rollups do within seconds.
 */
export function DashboardPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const canRead = me?.roles.some((role) => role === 'LEADER' || role === 'ADMIN') ?? false;
  // Periods are the city's dates; until its zone is known they show the browser's, and nothing is asked.
  const cityTimeZone = useDashboardQuery(canRead ? 'time-zone' : null, 0, fetchCityTimeZone);
  const today = todayIn(cityTimeZone.data ?? browserTimeZone);
  const [preset, setPreset] = useState<PeriodPreset>('thisMonth');
  const [customPeriod, setCustomPeriod] = useState<Period>(() => presetPeriod('thisMonth', today));
  const period = preset === 'custom' ? customPeriod : presetPeriod(preset, today);
  const [trail, setTrail] = useState<AreaNode[] | null>(null);
  const [chosenBucket, setBucket] = useState<TrendBucket | null>(null);
  const { tick, refreshNow } = useRefreshTick(REFRESH_MS);

  const areaCode = trail?.[trail.length - 1]?.code ?? me?.area.code ?? '';
  // Null keys ask nothing: for a viewer who may not read metrics, or a period the API would refuse.
  const areaKey = canRead && areaCode !== '' ? areaCode : null;
  const periodKey =
    areaKey !== null && cityTimeZone.data !== undefined && periodProblem(period) === null
      ? `${areaKey}:${period.from}/${period.to}`
      : null;
  const bucket = chosenBucket ?? defaultTrendBucket(period);

  const definitions = useDashboardQuery(canRead ? 'definitions' : null, 0, fetchMetricDefinitions);
  const area = useDashboardQuery(areaKey, 0, (signal) => fetchArea(areaCode, signal));
  const summary = useDashboardQuery(periodKey, tick, (signal) => fetchMetricSummary(areaCode, period, signal));
  const trend = useDashboardQuery(periodKey && `${periodKey}:${bucket}`, tick, (signal) =>
    fetchMetricTrend(bucket, areaCode, period, signal),
  );
  const areaData = area.data ?? undefined;
  const childGroup = areaData ? childGroupOf(areaData.level) : null;
  const areaRanking = useDashboardQuery(periodKey && childGroup && `${periodKey}:${childGroup}`, tick, (signal) =>
    fetchMetricTable(childGroup ?? 'STREET', areaCode, period, signal),
  );
  const departments = useDashboardQuery(periodKey && `${periodKey}:DEPARTMENT`, tick, (signal) =>
    fetchMetricTable('DEPARTMENT', areaCode, period, signal),
  );
  const overdue = useDashboardQuery(areaKey, tick, (signal) => fetchOverdueCases(areaCode, OVERDUE_LIMIT, signal));

  const catalog = useMemo(() => metricCatalog(definitions.data ?? [], locale), [definitions.data, locale]);
  const shownTrail = trail ?? (areaData ? [{ code: areaData.code, name: areaData.name, level: areaData.level }] : []);
  const [refreshedAt, setRefreshedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (summary.data !== undefined) setRefreshedAt(new Date());
  }, [summary.data]);
  const problem = [cityTimeZone, definitions, area, summary].find((query) => query.error !== null)?.error;

  if (!canRead) {
    return <p className="dashboard-muted dashboard-page__denied">{t('dashboard.denied')}</p>;
  }
  return (
    <div className="dashboard-page" data-testid="dashboard">
      <header className="dashboard-page__head">
        <h1 className="dashboard-page__title">{t('dashboard.title')}</h1>
        <div className="dashboard-page__filters">
          <AreaPicker trail={shownTrail} current={areaData} onTrailChange={setTrail} />
          <PeriodPicker
            preset={preset}
            period={period}
            onPresetChange={(next) => {
              if (next === 'custom') setCustomPeriod(period);
              setPreset(next);
              setBucket(null);
            }}
            onCustomChange={setCustomPeriod}
          />
          <div className="dashboard-page__refresh">
            <button type="button" className="button" data-testid="dashboard-refresh" onClick={refreshNow}>
              {t('dashboard.refresh')}
            </button>
            <span className="dashboard-muted" aria-live="polite">
              {refreshedAt && t('dashboard.refreshedAt', { time: refreshedAt.toLocaleTimeString(locale) })}
            </span>
          </div>
        </div>
      </header>
      {problem && (
        <p className="dashboard-problem" role="alert">
          {t('dashboard.error', { code: problem })}
        </p>
      )}
      <section aria-labelledby="dashboard-kpi-heading" className="dashboard-kpis">
        <h2 id="dashboard-kpi-heading" className="visually-hidden">
          {t('dashboard.kpi.title')}
        </h2>
        {summary.data && definitions.data ? (
          <KpiCards summary={summary.data} catalog={catalog} />
        ) : (
          <p className="dashboard-muted">{t('app.loading')}</p>
        )}
      </section>
      <div className="dashboard-grid">
        {areaData && periodKey && <MapPanel area={areaData} period={period} refresh={tick} catalog={catalog} />}
        <Suspense fallback={<p className="dashboard-muted">{t('app.loading')}</p>}>
          <TrendPanel points={trend.data} bucket={bucket} onBucketChange={setBucket} catalog={catalog} />
        </Suspense>
      </div>
      <div className="dashboard-grid">
        {childGroup && (
          <RankingTable
            title={t(`dashboard.ranking.${childGroup}`)}
            groupBy={childGroup}
            rows={areaRanking.data ?? []}
            metrics={AREA_RANKING_METRICS}
            catalog={catalog}
            period={period}
            areaCode={areaCode}
            testId="ranking-areas"
          />
        )}
        <RankingTable
          title={t('dashboard.ranking.DEPARTMENT')}
          groupBy="DEPARTMENT"
          rows={departments.data ?? []}
          metrics={DEPARTMENT_RANKING_METRICS}
          catalog={catalog}
          period={period}
          areaCode={areaCode}
          testId="ranking-departments"
        />
      </div>
      {overdue.data && <OverdueList count={overdue.data.count} cases={overdue.data.cases} />}
    </div>
  );
}
