import { builder } from '../../graphql/builder.js';
import { adminActorOf } from '../admin/admin-actor.js';
import { CaseSourceEnum } from '../cases/case-enums.schema.js';
import { type ScoreSubject, scoreSubjects } from './composite-score.js';
import { metricDefinitions } from './metric-definitions.js';
import { metricHotspots } from './metric-hotspots.js';
import { requireMetricsReader, resolveMetricScope } from './metric-scope.js';
import { metricSummary } from './metric-summary.js';
import { type MetricTableRow, metricGroupBys, metricTableRows } from './metric-table.js';
import { metricTrend } from './metric-trend.js';
import type { MetricValues } from './metric-values.js';
import { currentMetricWeights, setMetricWeights } from './metric-weights-service.js';
import { overdueCases } from './overdue-cases.js';

const errors =
  'Errors: FORBIDDEN for roles other than LEADER and ADMIN or an area outside yours; BAD_REQUEST for a malformed ' +
  'date or code, from after to, a period over 731 days, or two subjects in one scope; NOT_FOUND for an unknown code or id.';

const MetricValuesRef = builder.objectRef<MetricValues>('MetricValues').implement({
  description: 'Every metric of docs/metrics.md. Rates are ratios 0..1 (null without a basis); times in work hours.',
  fields: (t) =>
    Object.fromEntries(
      metricDefinitions.map((definition) => [
        definition.name,
        definition.kind === 'COUNT'
          ? t.int({
              description: `${definition.zh}: ${definition.description}`,
              resolve: (v) => v[definition.name] ?? 0,
            })
          : t.float({
              nullable: true,
              description: `${definition.zh}: ${definition.description}`,
              resolve: (v) => v[definition.name] ?? null,
            }),
      ]),
    ),
});

const MetricPeriodRef = builder.objectRef<{ from: string; to: string }>('MetricPeriod').implement({
  fields: (t) => ({ from: t.exposeString('from'), to: t.exposeString('to') }),
});

const MetricPeriodInput = builder.inputType('MetricPeriodInput', {
  description: 'Local dates (the deployment’s TIME_ZONE), both included: cases reported on them.',
  fields: (t) => ({ from: t.string({ required: true }), to: t.string({ required: true }) }),
});

const MetricScopeInput = builder.inputType('MetricScopeInput', {
  description: 'An area (default: yours) and at most one subject within it.',
  fields: (t) => ({
    areaCode: t.string({ description: 'District (6), street (9), community (12) or unit grid (15) code.' }),
    beatCode: t.string({ description: 'A responsibility grid (责任网格).' }),
    departmentId: t.int(),
    categoryId: t.int({ description: 'A minor class (小类).' }),
    source: t.field({ type: CaseSourceEnum }),
    personId: t.int({ description: 'An officer: their own reports.' }),
  }),
});

const ScoreSubjectEnum = builder.enumType('ScoreSubject', { values: scoreSubjects });
const MetricGroupByEnum = builder.enumType('MetricGroupBy', { values: metricGroupBys });
const TrendBucketEnum = builder.enumType('TrendBucket', { values: ['DAY', 'WEEK', 'MONTH'] as const });
const MetricKindEnum = builder.enumType('MetricKind', { values: ['COUNT', 'RATE', 'HOURS'] as const });

const MetricSummaryRef = builder.objectRef<Awaited<ReturnType<typeof metricSummary>>>('MetricSummary').implement({
  fields: (t) => ({
    period: t.field({ type: MetricPeriodRef, resolve: (s) => s.period }),
    values: t.field({ type: MetricValuesRef, resolve: (s) => s.values }),
    previousPeriod: t.field({ type: MetricPeriodRef, description: '环比 period.', resolve: (s) => s.previousPeriod }),
    previous: t.field({ type: MetricValuesRef, resolve: (s) => s.previous }),
    lastYearPeriod: t.field({ type: MetricPeriodRef, description: '同比 period.', resolve: (s) => s.lastYearPeriod }),
    lastYear: t.field({ type: MetricValuesRef, resolve: (s) => s.lastYear }),
    overdueNow: t.exposeInt('overdueNow', { description: 'Open cases past their step deadline now (live).' }),
    scoreSubject: t.field({ type: ScoreSubjectEnum, resolve: (s) => s.scoreSubject }),
    score: t.exposeFloat('score', { nullable: true, description: 'Composite score 0-100.' }),
    grade: t.exposeString('grade', { nullable: true, description: 'A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E.' }),
  }),
});

const MetricTableRowRef = builder.objectRef<MetricTableRow>('MetricTableRow').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Code, id or source of the row.' }),
    name: t.exposeString('name'),
    values: t.field({ type: MetricValuesRef, resolve: (row) => row.values }),
    score: t.exposeFloat('score', { nullable: true }),
    grade: t.exposeString('grade', { nullable: true }),
    rank: t.exposeInt('rank', { nullable: true, description: 'By score; ties share a rank.' }),
    previousScore: t.exposeFloat('previousScore', { nullable: true, description: 'Score over the previous period.' }),
  }),
});

const TrendPointRef = builder.objectRef<{ start: string; values: MetricValues }>('MetricTrendPoint').implement({
  fields: (t) => ({
    start: t.exposeString('start', { description: 'First day of the bucket.' }),
    values: t.field({ type: MetricValuesRef, resolve: (p) => p.values }),
  }),
});

const HotspotBinRef = builder.objectRef<{ lng: number; lat: number; cases: number }>('HotspotBin').implement({
  fields: (t) => ({ lng: t.exposeFloat('lng'), lat: t.exposeFloat('lat'), cases: t.exposeInt('cases') }),
});
const HotspotCountRef = builder.objectRef<{ key: string; name: string; cases: number }>('HotspotCount').implement({
  fields: (t) => ({ key: t.exposeString('key'), name: t.exposeString('name'), cases: t.exposeInt('cases') }),
});
const HotspotsRef = builder.objectRef<Awaited<ReturnType<typeof metricHotspots>>>('Hotspots').implement({
  fields: (t) => ({
    bins: t.field({ type: [HotspotBinRef], description: 'Square bins, centres in WGS84.', resolve: (h) => h.bins }),
    topGrids: t.field({ type: [HotspotCountRef], resolve: (h) => h.topGrids }),
    topCategories: t.field({ type: [HotspotCountRef], resolve: (h) => h.topCategories }),
  }),
});

type OverdueList = Awaited<ReturnType<typeof overdueCases>>;
const OverdueCaseRef = builder.objectRef<OverdueList['cases'][number]>('OverdueCase').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    status: t.exposeString('status'),
    step: t.exposeString('step', { nullable: true }),
    stepDeadlineAt: t.field({ type: 'String', resolve: (c) => c.stepDeadlineAt.toISOString() }),
    gridCode: t.exposeString('gridCode'),
    departmentName: t.exposeString('departmentName', { nullable: true }),
    categoryName: t.exposeString('categoryName'),
  }),
});
const OverdueCasesRef = builder.objectRef<OverdueList>('OverdueCases').implement({
  fields: (t) => ({
    count: t.exposeInt('count'),
    cases: t.field({ type: [OverdueCaseRef], description: 'Oldest deadline first.', resolve: (o) => o.cases }),
  }),
});

const MetricDefinitionRef = builder.objectRef<(typeof metricDefinitions)[number]>('MetricDefinition').implement({
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The field of MetricValues.' }),
    zh: t.exposeString('zh'),
    en: t.exposeString('en'),
    kind: t.field({ type: MetricKindEnum, resolve: (d) => d.kind }),
    isLowerBetter: t.boolean({ resolve: (d) => d.isLowerBetter === true }),
    description: t.exposeString('description'),
  }),
});

const MetricWeightRef = builder.objectRef<{ metric: string; weight: number }>('MetricWeight').implement({
  fields: (t) => ({ metric: t.exposeString('metric'), weight: t.exposeFloat('weight') }),
});
const MetricWeightSetRef = builder
  .objectRef<{ subject: ScoreSubject; weights: Record<string, number> }>('MetricWeightSet')
  .implement({
    fields: (t) => ({
      subject: t.field({ type: ScoreSubjectEnum, resolve: (s) => s.subject }),
      weights: t.field({
        type: [MetricWeightRef],
        resolve: (s) => Object.entries(s.weights).map(([metric, weight]) => ({ metric, weight })),
      }),
    }),
  });
const MetricWeightInput = builder.inputType('MetricWeightInput', {
  fields: (t) => ({ metric: t.string({ required: true }), weight: t.float({ required: true }) }),
});

builder.queryFields((t) => ({
  metrics: t.field({
    type: MetricSummaryRef,
    description: `LEADER, ADMIN: every metric of a scope over a period, with 环比, 同比, overdue now and the score. ${errors}`,
    args: {
      period: t.arg({ type: MetricPeriodInput, required: true }),
      scope: t.arg({ type: MetricScopeInput }),
    },
    resolve: (_root, { period, scope }, { prisma, viewer, clock }) =>
      metricSummary(prisma, requireMetricsReader(viewer), { period, scope, now: clock.now() }),
  }),
  metricTable: t.field({
    type: [MetricTableRowRef],
    description: `LEADER, ADMIN: a ranking table of areas, grids, beats, departments, categories, sources or officers. ${errors}`,
    args: {
      period: t.arg({ type: MetricPeriodInput, required: true }),
      groupBy: t.arg({ type: MetricGroupByEnum, required: true }),
      within: t.arg({ type: MetricScopeInput }),
    },
    resolve: (_root, { period, groupBy, within }, { prisma, viewer }) =>
      metricTableRows(prisma, requireMetricsReader(viewer), { period, groupBy, within }),
  }),
  metricTrend: t.field({
    type: [TrendPointRef],
    description: `LEADER, ADMIN: the metrics per day (≤ 366), week or month. ${errors}`,
    args: {
      period: t.arg({ type: MetricPeriodInput, required: true }),
      bucket: t.arg({ type: TrendBucketEnum, required: true }),
      scope: t.arg({ type: MetricScopeInput }),
    },
    resolve: (_root, { period, bucket, scope }, { prisma, viewer }) =>
      metricTrend(prisma, requireMetricsReader(viewer), { period, bucket, scope }),
  }),
  hotspots: t.field({
    type: HotspotsRef,
    description: `LEADER, ADMIN: heat-map bins (binMeters 20-5000, area scope only, period ≤ 92 days) and the top grids and categories. ${errors}`,
    args: {
      period: t.arg({ type: MetricPeriodInput, required: true }),
      scope: t.arg({ type: MetricScopeInput }),
      binMeters: t.arg.float({ defaultValue: 200 }),
    },
    resolve: (_root, { period, scope, binMeters }, { prisma, viewer }) =>
      metricHotspots(prisma, requireMetricsReader(viewer), { period, scope, binMeters: binMeters ?? 200 }),
  }),
  overdueCases: t.field({
    type: OverdueCasesRef,
    description: `LEADER, ADMIN: open cases of a scope past their step deadline now (limit 1-500). ${errors}`,
    args: { scope: t.arg({ type: MetricScopeInput }), limit: t.arg.int({ defaultValue: 50 }) },
    resolve: async (_root, { scope, limit }, { prisma, viewer, clock }) => {
      const resolved = await resolveMetricScope(prisma, requireMetricsReader(viewer), scope);
      return overdueCases(prisma, resolved, clock.now(), Math.min(Math.max(limit ?? 50, 1), 500));
    },
  }),
  metricDefinitions: t.field({
    type: [MetricDefinitionRef],
    description: 'The metrics with their headers and definitions (any signed-in LEADER or ADMIN).',
    resolve: (_root, _args, { viewer }) => {
      requireMetricsReader(viewer);
      return [...metricDefinitions];
    },
  }),
  metricWeights: t.field({
    type: [MetricWeightSetRef],
    description: 'LEADER, ADMIN: the composite-score weights in force for regions, departments and officers.',
    resolve: async (_root, _args, { prisma, viewer }) => {
      requireMetricsReader(viewer);
      const weights = await currentMetricWeights(prisma);
      return scoreSubjects.map((subject) => ({ subject, weights: weights[subject] }));
    },
  }),
}));

builder.mutationField('setMetricWeights', (t) =>
  t.field({
    type: MetricWeightSetRef,
    description:
      'ADMIN: replaces the composite-score weights of one subject (audited as SET_METRIC_WEIGHTS). BAD_REQUEST ' +
      '(weights) for an unknown rate, a weight outside 0-1000, a repeated rate or no positive weight.',
    args: {
      subject: t.arg({ type: ScoreSubjectEnum, required: true }),
      weights: t.arg({ type: [MetricWeightInput], required: true }),
      reason: t.arg.string(),
    },
    resolve: async (_root, { subject, weights, reason }, context) => {
      const actor = adminActorOf(context, reason);
      return { subject, weights: await setMetricWeights(context.prisma, actor, subject, weights) };
    },
  }),
);
