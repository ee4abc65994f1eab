import type { MetricCounts } from '@gridloop/prisma';

/** How a metric is shown: a count of cases or events, a ratio 0..1, or working hours. */
export type MetricKind = 'COUNT' | 'RATE' | 'HOURS';

/**
 * One metric of docs/metrics.md: its name, headers and how it is computed from the summed
 * counters. Rates have a numerator and a denominator (null when the denominator is 0: no basis,
 * not 0 %). Handling-time metrics are computed from the histogram (see metric-values.ts).
 */
export interface MetricDefinition {
  name: string;
  zh: string;
  en: string;
  kind: MetricKind;
  /** For COUNT the value, for RATE the numerator. */
  numerator?: (c: MetricCounts) => number;
  denominator?: (c: MetricCounts) => number;
  /** For rates where less is better (返工率, 漏报率, 延期率): the composite score uses 1 − rate. */
  isLowerBetter?: true;
  description: string;
}

const shouldClose = (c: MetricCounts) => c.filed - c.voided - c.parked;
const count = (name: string, zh: string, en: string, value: (c: MetricCounts) => number, description: string) =>
  ({ name, zh, en, kind: 'COUNT', numerator: value, description }) as const satisfies MetricDefinition;

/** Every metric, in the order tables and exports show them. */
export const metricDefinitions: readonly MetricDefinition[] = [
  count('reported', '上报数', 'Reports', (c) => c.reported, 'Cases reported in the period, from every source.'),
  count('officerReports', '监督员上报数', 'Officer reports', (c) => c.officerReports, 'Cases with source OFFICER.'),
  count(
    'publicReports',
    '公众举报数',
    'Public reports',
    (c) => c.publicReports,
    'Cases with source PUBLIC, HOTLINE or OPEN311.',
  ),
  count('accepted', '受理数', 'Accepted', (c) => c.accepted, 'Cases that were accepted (accepted_at set).'),
  count('rejected', '不受理数', 'Rejected', (c) => c.rejected, 'Cases now REJECTED.'),
  count('merged', '合并数', 'Merged', (c) => c.merged, 'Cases now MERGED into another.'),
  count(
    'invalid',
    '核实不属实数',
    'Verified invalid',
    (c) => c.invalid,
    'Public reports the officer found not as reported.',
  ),
  count('selfHandled', '自处理数', 'Self-handled', (c) => c.selfHandled, 'Cases an officer fixed on the spot.'),
  count('filed', '立案数', 'Filed', (c) => c.filed, 'Cases that were filed (filed_at set).'),
  count('voided', '作废数', 'Voided', (c) => c.voided, 'Filed cases now VOID.'),
  count('parked', '挂账数', 'Parked', (c) => c.parked, 'Cases now PARKED (挂账).'),
  count('shouldClose', '应结案数', 'Should be closed', shouldClose, '立案数 − 作废数 − 挂账数.'),
  count('dispatched', '派遣数', 'Dispatched', (c) => c.dispatched, 'Cases dispatched at least once.'),
  count(
    'handled',
    '处置数',
    'Handled',
    (c) => c.handled,
    'Dispatched cases a department reported handled at least once.',
  ),
  count('closed', '结案数', 'Closed', (c) => c.closed, 'Filed cases now CLOSED.'),
  count(
    'closedOnTime',
    '按期结案数',
    'Closed on time',
    (c) => c.closedOnTime,
    'Closed cases none of whose handling steps ended late.',
  ),
  count('reworks', '返工数', 'Reworks', (c) => c.reworks, 'Failed on-site checks (CHECK_FAIL events).'),
  count('extended', '延期数', 'Extended', (c) => c.extended, 'Cases with at least one approved extension.'),
  rate('closeRate', '结案率', 'Close rate', (c) => c.closed, shouldClose, '结案数 / 应结案数.'),
  rate(
    'onTimeCloseRate',
    '按期结案率',
    'On-time close rate',
    (c) => c.closedOnTime,
    shouldClose,
    '按期结案数 / 应结案数.',
  ),
  rate(
    'onTimeHandleRate',
    '按期处置率',
    'On-time handling rate',
    (c) => c.handlesOnTime,
    (c) => c.handles,
    'HANDLE events that met their deadline (after approved extensions) / HANDLE events.',
  ),
  rate(
    'reworkRate',
    '返工率',
    'Rework rate',
    (c) => c.reworks,
    (c) => c.handles,
    '返工数 / HANDLE events.',
    true,
  ),
  rate(
    'onTimeDispatchRate',
    '按时派遣率',
    'On-time dispatch rate',
    (c) => c.dispatchesOnTime,
    (c) => c.dispatches,
    'DISPATCH and REDISPATCH events that met the dispatch deadline / those events.',
  ),
  rate(
    'accurateDispatchRate',
    '准确派遣率',
    'Accurate dispatch rate',
    (c) => c.dispatches - c.wrongDispatches,
    (c) => c.dispatches,
    '(dispatches − approved returns) / dispatches.',
  ),
  rate(
    'validReportRate',
    '有效上报率',
    'Valid report rate',
    (c) => c.validOfficerReports,
    (c) => c.officerReports,
    'Officer reports that were filed (or self-handled and closed) / officer reports.',
  ),
  rate(
    'onTimeVerifyRate',
    '按时核实率',
    'On-time verification rate',
    (c) => c.verifiesOnTime,
    (c) => c.verifies,
    'VERIFY and VERIFY_INVALID events within the verify limit / those events.',
  ),
  rate(
    'onTimeCheckRate',
    '按时核查率',
    'On-time check rate',
    (c) => c.checksOnTime,
    (c) => c.checks,
    'CHECK_PASS and CHECK_FAIL events within the check limit / those events.',
  ),
  rate(
    'missedReportRate',
    '漏报率',
    'Missed report rate',
    (c) => c.publicFirst,
    (c) => c.validOfficerReports + c.publicFirst,
    'Public reports verified as real / (valid officer reports + public reports verified as real).',
    true,
  ),
  rate(
    'extensionRate',
    '延期率',
    'Extension rate',
    (c) => c.extended,
    (c) => c.dispatched,
    '延期数 / 派遣数.',
    true,
  ),
  hours(
    'handlingHoursMean',
    '平均处置用时(工作时)',
    'Mean handling time (work hours)',
    'Mean working hours closed cases spent in departments’ hands (DISPATCHED).',
  ),
  hours(
    'handlingHoursMedian',
    '处置用时中位数(工作时)',
    'Median handling time (work hours)',
    'Median of the same, from the histogram (within one bucket).',
  ),
  hours(
    'handlingHoursP90',
    '处置用时P90(工作时)',
    'p90 handling time (work hours)',
    '90th percentile of the same, from the histogram (within one bucket).',
  ),
];

function rate(
  name: string,
  zh: string,
  en: string,
  numerator: (c: MetricCounts) => number,
  denominator: (c: MetricCounts) => number,
  description: string,
  isLowerBetter?: true,
): MetricDefinition {
  return { name, zh, en, kind: 'RATE', numerator, denominator, description, ...(isLowerBetter && { isLowerBetter }) };
}

function hours(name: string, zh: string, en: string, description: string): MetricDefinition {
  return { name, zh, en, kind: 'HOURS', description };
}

export const metricDefinitionByName = new Map(metricDefinitions.map((definition) => [definition.name, definition]));
