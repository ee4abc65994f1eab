import type { MetricTrendPoint } from './dashboard-types';
import type { EChartsCoreOption } from './echarts-setup';

/** The volumes drawn as bars; 结案率 is the line on the right-hand axis. */
export const TREND_VOLUMES = ['reported', 'filed', 'closed'] as const;
export const TREND_RATE = 'closeRate';

const COLOURS = ['#5b8ff9', '#1d4f8c', '#2f8f83', '#d9822b'];

/**
 * The ECharts option of the trend: one category per bucket (its first day), bars for volumes and
 * a line for the close rate in percent. Labels come in already translated; `aria` makes ECharts
 * describe the chart to screen readers from the same series.
 */
export function trendOption(
  points: readonly MetricTrendPoint[],
  labels: { volume: (name: string) => string; rate: string; title: string },
): EChartsCoreOption {
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined ? null : Math.round(value * 1000) / 10;
  return {
    color: COLOURS,
    aria: { enabled: true, label: { description: labels.title } },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((point) => point.start) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      ...TREND_VOLUMES.map((name) => ({
        name: labels.volume(name),
        type: 'bar',
        data: points.map((point) => point.values[name] ?? 0),
      })),
      {
        name: labels.rate,
        type: 'line',
        yAxisIndex: 1,
        connectNulls: true,
        data: points.map((point) => percent(point.values[TREND_RATE])),
      },
    ],
  };
}
