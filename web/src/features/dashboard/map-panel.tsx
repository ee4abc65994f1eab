import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../i18n';
import { type AreaFeature, AreaMap, useCityAreas } from '../map';
import { type ChoroplethLevel, choroplethLevelsWithin, fetchChoroplethAreas } from './choropleth-areas';
import { ChoroplethLayer } from './choropleth-layer';
import { choroplethClasses } from './choropleth-scale';
import { fetchHotspots, fetchMetricTable } from './dashboard-api';
import { MAX_HOTSPOT_DAYS, type Period, periodDays } from './dashboard-period';
import type { AreaWithChildren } from './dashboard-types';
import { HotspotLayer } from './hotspot-layer';
import { MapLegend } from './map-legend';
import type { MetricCatalog } from './metric-catalog';
import { formatMetric, NO_VALUE } from './metric-format';
import { TopLists } from './top-lists';
import { useDashboardQuery } from './use-dashboard-query';

/** The metrics a choropleth can show; `score` is the composite score of each row. */
const MAP_METRICS = [
  'score',
  'closeRate',
  'onTimeCloseRate',
  'onTimeHandleRate',
  'reworkRate',
  'reported',
  'filed',
  'closed',
];
const BIN_METERS = 200;

interface MapPanelProps {
  area: AreaWithChildren;
  period: Period;
  refresh: number;
  catalog: MetricCatalog;
}

/** 分布: a choropleth of one metric by street / community / grid and the heat map of cases. */
export function MapPanel({ area, period, refresh, catalog }: MapPanelProps) {
  const { t, locale } = useI18n();
  const levels = choroplethLevelsWithin(area.level);
  const [chosenLevel, setLevel] = useState<ChoroplethLevel>(levels[0] ?? 'GRID');
  const level = levels.includes(chosenLevel) ? chosenLevel : (levels[0] ?? 'GRID');
  const [metric, setMetric] = useState('closeRate');
  const [showChoropleth, setShowChoropleth] = useState(true);
  const [showHeat, setShowHeat] = useState(true);
  const periodKey = `${period.from}/${period.to}`;
  const scope = { code: area.code, level: area.level, parentCode: area.parent?.code ?? null };

  const city = useCityAreas().state;
  const geometry = useDashboardQuery(`${area.code}:${level}`, 0, (signal) =>
    fetchChoroplethAreas(scope, level, signal),
  );
  const table = useDashboardQuery(`${area.code}:${level}:${periodKey}`, refresh, (signal) =>
    fetchMetricTable(level, area.code, period, signal),
  );
  const canHeat = periodDays(period) <= MAX_HOTSPOT_DAYS;
  const hotspots = useDashboardQuery(canHeat ? `${area.code}:${periodKey}` : null, refresh, (signal) =>
    fetchHotspots(area.code, period, BIN_METERS, signal),
  );

  const rows = table.data;
  const valueByCode = useMemo(
    () => new Map((rows ?? []).map((row) => [row.key, metric === 'score' ? row.score : (row.values[metric] ?? null)])),
    [rows, metric],
  );
  const direction = metric === 'score' ? 'higher' : catalog.direction(metric);
  const classes = useMemo(() => choroplethClasses([...valueByCode.values()], direction), [valueByCode, direction]);
  const valueOfArea = useCallback((code: string) => valueByCode.get(code) ?? null, [valueByCode]);
  const format = useCallback(
    (value: number | null) =>
      metric === 'score'
        ? value === null
          ? NO_VALUE
          : value.toFixed(1)
        : formatMetric(value, catalog.kind(metric), locale),
    [metric, catalog, locale],
  );
  const describe = useCallback(
    (feature: AreaFeature) => `${feature.properties.name}: ${format(valueOfArea(feature.properties.code))}`,
    [format, valueOfArea],
  );
  const features = geometry.data?.features ?? [];
  const cityAreas = city.status === 'ready' ? city.areas : undefined;
  // One fit only, to the area once its boundary is known (the city's if that fails): two fits in a
  // row race in Leaflet, whose animated zoom of the first lands after the second.
  const areaBox = geometry.error === null ? geometry.data?.box : cityAreas?.box;
  const mapAreas = useMemo(() => cityAreas && { ...cityAreas, box: areaBox }, [cityAreas, areaBox]);
  const metricLabel = (name: string) => (name === 'score' ? t('dashboard.kpi.score') : catalog.label(name));

  return (
    <section className="dashboard-panel map-panel" aria-labelledby="dashboard-map-heading">
      <div className="dashboard-panel__head">
        <h2 id="dashboard-map-heading" className="dashboard-panel__title">
          {t('dashboard.map.title')}
        </h2>
        <div className="map-panel__controls">
          <label className="dashboard-field">
            <span>{t('dashboard.map.level')}</span>
            <select
              value={level}
              data-testid="map-level"
              onChange={(event) => setLevel(event.target.value as ChoroplethLevel)}
            >
              {levels.map((entry) => (
                <option key={entry} value={entry}>
                  {t(`dashboard.level.${entry}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="dashboard-field">
            <span>{t('dashboard.map.metric')}</span>
            <select value={metric} data-testid="map-metric" onChange={(event) => setMetric(event.target.value)}>
              {MAP_METRICS.filter((name) => name === 'score' || catalog.has(name)).map((name) => (
                <option key={name} value={name}>
                  {metricLabel(name)}
                </option>
              ))}
            </select>
          </label>
          <label className="dashboard-check">
            <input
              type="checkbox"
              checked={showChoropleth}
              onChange={(event) => setShowChoropleth(event.target.checked)}
            />
            {t('dashboard.map.choropleth')}
          </label>
          <label className="dashboard-check">
            <input type="checkbox" checked={showHeat} onChange={(event) => setShowHeat(event.target.checked)} />
            {t('dashboard.map.heat')}
          </label>
        </div>
      </div>
      <div
        className="map-panel__map"
        data-testid="dashboard-map"
        data-choropleth-features={showChoropleth ? features.length : 0}
        data-choropleth-values={showChoropleth ? valueByCode.size : 0}
        data-heat-bins={showHeat ? (hotspots.data?.bins.length ?? 0) : 0}
      >
        <AreaMap areas={mapAreas}>
          {showChoropleth && features.length > 0 && (
            <ChoroplethLayer
              key={`${area.code}:${level}`}
              features={features}
              valueOfArea={valueOfArea}
              classes={classes}
              describe={describe}
            />
          )}
          {showHeat && hotspots.data !== undefined && <HotspotLayer bins={hotspots.data.bins} binMeters={BIN_METERS} />}
        </AreaMap>
      </div>
      {geometry.error !== null && (
        <p className="dashboard-problem">{t('dashboard.map.geometryError', { code: geometry.error })}</p>
      )}
      {!canHeat && (
        <p className="dashboard-muted">{t('dashboard.map.heatTooLong', { days: String(MAX_HOTSPOT_DAYS) })}</p>
      )}
      <MapLegend
        title={metricLabel(metric)}
        classes={showChoropleth ? classes : []}
        format={format}
        showHeat={showHeat && canHeat}
        binMeters={BIN_METERS}
      />
      {hotspots.data !== undefined && <TopLists hotspots={hotspots.data} />}
    </section>
  );
}
