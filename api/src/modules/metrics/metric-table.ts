import type { DateRange, MetricDimension, PrismaClient } from '@gridloop/prisma';
import type { Viewer } from '../auth/viewer.js';
import { compositeScore, type Grade, gradeOf, type ScoreSubject } from './composite-score.js';
import { metricDefinitions } from './metric-definitions.js';
import { namesOfKeys } from './metric-names.js';
import { previousPeriod, validPeriod } from './metric-period.js';
import { type MetricScopeInput, resolveMetricScope } from './metric-scope.js';
import { type MetricValues, metricValuesOf } from './metric-values.js';
import { currentMetricWeights } from './metric-weights-service.js';
import { selectGroupedRows } from './scope-rows.js';

/** What a ranking table can list. */
export const metricGroupBys = [
  'DISTRICT',
  'STREET',
  'COMMUNITY',
  'GRID',
  'BEAT',
  'DEPARTMENT',
  'CATEGORY',
  'SOURCE',
  'OFFICER',
] as const satisfies readonly MetricDimension[];

export type MetricGroupBy = (typeof metricGroupBys)[number];

export interface MetricTableRow {
  /** Area or grid code, beat code, department / category / officer id, or source. */
  key: string;
  name: string;
  values: MetricValues;
  score: number | null;
  grade: Grade | null;
  /** 1 for the best score; equal scores share a rank; rows without a score come last, unranked. */
  rank: number | null;
  /** The score over the period just before (环比), null when it had no basis. */
  previousScore: number | null;
}

/**
 * The columns of a table row for CSV / Excel export, in order, with Chinese and English headers:
 * `value(row)` gives the cell.
 */
export const metricTableColumns: readonly {
  key: string;
  zh: string;
  en: string;
  value: (row: MetricTableRow) => string | number | null;
}[] = [
  { key: 'rank', zh: '排名', en: 'Rank', value: (row) => row.rank },
  { key: 'key', zh: '编码', en: 'Code', value: (row) => row.key },
  { key: 'name', zh: '名称', en: 'Name', value: (row) => row.name },
  ...metricDefinitions.map((definition) => ({
    key: definition.name,
    zh: definition.kind === 'RATE' ? `${definition.zh}(%)` : definition.zh,
    en: definition.kind === 'RATE' ? `${definition.en} (%)` : definition.en,
    value: (row: MetricTableRow) => {
      const value = row.values[definition.name] ?? null;
      return value !== null && definition.kind === 'RATE' ? Math.round(value * 10_000) / 100 : value;
    },
  })),
  { key: 'score', zh: '综合得分', en: 'Composite score', value: (row) => row.score },
  { key: 'grade', zh: '等级', en: 'Grade', value: (row) => row.grade },
  { key: 'previousScore', zh: '上期得分', en: 'Previous score', value: (row) => row.previousScore },
];

/** Whose weights score a row of this table. */
export function scoreSubjectOfGroup(groupBy: MetricGroupBy): ScoreSubject {
  if (groupBy === 'DEPARTMENT') return 'DEPARTMENT';
  if (groupBy === 'OFFICER') return 'OFFICER';
  return 'REGION';
}

/**
 * A ranking table: every key of `groupBy` with cases in the period within the scope, its metrics,
 * composite score, grade, rank and previous-period score. Exported for the CSV / Excel export.
 */
export async function metricTableRows(
  prisma: PrismaClient,
  viewer: Viewer,
  request: { period: DateRange; groupBy: MetricGroupBy; within?: MetricScopeInput | null },
): Promise<MetricTableRow[]> {
  const period = validPeriod(request.period);
  const scope = await resolveMetricScope(prisma, viewer, request.within);
  const [current, previous, weights] = await Promise.all([
    selectGroupedRows(prisma, scope, request.groupBy, period),
    selectGroupedRows(prisma, scope, request.groupBy, previousPeriod(period)),
    currentMetricWeights(prisma),
  ]);
  const subjectWeights = weights[scoreSubjectOfGroup(request.groupBy)];
  const names = await namesOfKeys(
    prisma,
    request.groupBy,
    current.map((row) => row.group),
  );
  const previousScores = new Map(
    previous.map((row) => [row.group, compositeScore(metricValuesOf(row), subjectWeights)]),
  );
  const rows = current.map((row): MetricTableRow => {
    const values = metricValuesOf(row);
    const score = compositeScore(values, subjectWeights);
    return {
      key: row.group,
      name: names.get(row.group) ?? row.group,
      values,
      score,
      grade: score === null ? null : gradeOf(score),
      rank: null,
      previousScore: previousScores.get(row.group) ?? null,
    };
  });
  return ranked(rows);
}

/** Best score first (ties share a rank: 1, 2, 2, 4), then by reports; unscored rows last. */
function ranked(rows: MetricTableRow[]): MetricTableRow[] {
  const sorted = [...rows].sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      (b.values.reported ?? 0) - (a.values.reported ?? 0) ||
      a.key.localeCompare(b.key),
  );
  sorted.forEach((row, index) => {
    if (row.score === null) return;
    const before = sorted[index - 1];
    row.rank = before && before.score === row.score ? before.rank : index + 1;
  });
  return sorted;
}
