export { caseFactsSql, factColumns } from './case-facts-sql.js';
export { metricCalendarRange, syncMetricCalendar } from './metric-calendar.js';
export {
  counterColumn,
  handlingBucketEdges,
  handlingBucketOf,
  type MetricCounter,
  type MetricCounts,
  metricCounters,
} from './metric-counters.js';
export {
  type AreaDimension,
  areaCodeLength,
  areaDimensionOf,
  areaDimensions,
  type MetricDimension,
  type SubjectDimension,
  subjectAreaLengths,
  subjectDimensions,
} from './metric-dimensions.js';
export { defaultTimeZone, type MetricsOptions, metricsConsumerName } from './metrics-consumer.js';
export { type DateRange, type GrainCover, grainCover } from './period-grains.js';
export { markMetricsCaughtUp, type RebuildSummary, rebuildMetrics } from './rebuild-metrics.js';
export { type RefreshSummary, refreshMetrics } from './refresh-metrics.js';
export { type HotspotBin, type HotspotBinsQuery, selectHotspotBins } from './select-hotspot-bins.js';
export {
  type FactRowsQuery,
  type MetricGrouping,
  type MetricRow,
  type MetricRowsQuery,
  selectFactRows,
  selectMetricRows,
} from './select-metric-rows.js';
