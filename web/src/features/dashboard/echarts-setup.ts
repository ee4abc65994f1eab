import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the dashboard draws (line and bar charts on canvas, axes, legend,
 * tooltip, and the aria description screen readers get), so the chart chunk stays a fraction of
 * the full build. Everything that draws a chart imports ECharts from here.
 */
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export type { EChartsCoreOption } from 'echarts/core';
export { echarts };
