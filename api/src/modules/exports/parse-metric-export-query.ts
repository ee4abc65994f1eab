import type { DateRange } from '@gridloop/prisma';
import { type MetricGroupBy, metricGroupBys } from '../metrics/metric-table.js';
import { badRequest, localDate, oneOf, type QueryValue, single } from './query-parameters.js';

/** The parameters of `GET /export/metrics.(csv|xlsx)`; `lang` is read by the route. */
export interface MetricExportQuery {
  groupBy: MetricGroupBy;
  period: DateRange;
  /** The area the table lists within; the viewer's own area when absent. */
  areaCode: string | null;
}

const knownParameters = new Set(['lang', 'groupBy', 'from', 'to', 'areaCode']);

/**
 * A ranking table's request, as the dashboard links it: `groupBy` (STREET, DEPARTMENT…), `from`
 * and `to` (local dates, inclusive) and an optional `areaCode`. The period's own limits (order,
 * length) are the metrics module's, checked when the table is read.
 *
 * @example parseMetricExportQuery({ groupBy: 'STREET', from: '2030-03-01', to: '2030-03-31' })
 */
export function parseMetricExportQuery(query: Record<string, QueryValue>): MetricExportQuery {
  const unknown = Object.keys(query).find((name) => !knownParameters.has(name));
  if (unknown !== undefined) badRequest(unknown, `Unknown parameter ${unknown}.`);
  const groupBy = single('groupBy', query.groupBy);
  if (groupBy === undefined) badRequest('groupBy', `groupBy is required: one of ${metricGroupBys.join(', ')}.`);
  const from = localDate('from', single('from', query.from));
  const to = localDate('to', single('to', query.to));
  if (from === null) badRequest('from', 'from is required (YYYY-MM-DD).');
  if (to === null) badRequest('to', 'to is required (YYYY-MM-DD).');
  const areaCode = single('areaCode', query.areaCode) ?? null;
  if (areaCode !== null && !/^\d{6,15}$/.test(areaCode)) {
    badRequest('areaCode', 'areaCode must be a district, street, community or grid code.');
  }
  return { groupBy: oneOf('groupBy', groupBy, metricGroupBys), period: { from, to }, areaCode };
}
