import { Prisma } from '../generated/prisma/client.js';
import { counterColumn, metricCounters } from './metric-counters.js';
import {
  areaCodeLength,
  areaDimensions,
  subjectAreaLengths,
  subjectDimensions,
  subjectKeySql,
} from './metric-dimensions.js';

/** Every (dimension, area, key) a fact row counts towards, as a VALUES list over alias `f`. */
function dimensionValuesSql(): string {
  const areaRows = areaDimensions.map(
    (dimension) => `('${dimension}', '', left(f.grid_code, ${areaCodeLength[dimension]}))`,
  );
  const subjectRows = subjectDimensions.flatMap((dimension) =>
    subjectAreaLengths.map(
      (length) =>
        `('${dimension}', ${length === 0 ? `''` : `left(f.grid_code, ${length})`}, ${subjectKeySql[dimension]})`,
    ),
  );
  return `(VALUES ${[...areaRows, ...subjectRows].join(', ')}) AS v(dimension, area, key)`;
}

const dimensionValues = dimensionValuesSql();

const fanOut = `
  CROSS JOIN LATERAL ${dimensionValues}
  CROSS JOIN LATERAL (VALUES ('D', f.cohort_day), ('M', date_trunc('month', f.cohort_day)::date)) AS g(grain, period)
  WHERE v.key IS NOT NULL`;

/** The rollup table's value columns, in the order the contribution queries select them. */
export const rollupValueColumns = [...metricCounters.map(counterColumn), 'handling_minutes', 'handling_cases'];

/**
 * Rollup rows summed from `signedFacts`, a relation of fact rows with a `sign` column (+1 to add a
 * case's contribution, -1 to take back an old one): the incremental diff and the full rebuild share it.
 */
export function rollupContributionsSql(signedFacts: string): Prisma.Sql {
  const sums = metricCounters.map((counter) => `sum(f.sign * f.${counterColumn(counter)})::int`);
  return Prisma.raw(`
    SELECT v.dimension, v.area, v.key, g.grain, g.period, ${sums.join(', ')},
      coalesce(sum(f.sign * f.handling_minutes), 0)::float8,
      sum(f.sign * (f.handling_minutes IS NOT NULL)::int)::int
    FROM ${signedFacts} f ${fanOut}
    GROUP BY 1, 2, 3, 4, 5`);
}

/** Closed cases per handling bucket for every rollup key, from the same signed facts. */
export function histogramContributionsSql(signedFacts: string): Prisma.Sql {
  return Prisma.raw(`
    SELECT v.dimension, v.area, v.key, g.grain, g.period, f.handling_bucket, sum(f.sign)::int
    FROM ${signedFacts} f ${fanOut} AND f.handling_bucket IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6`);
}

export const rollupKeyColumns = 'dimension, area, key, grain, period';

/**
 * The full rebuild's rows of metric_rollup, or with `histogram` of metric_handling_histogram, summed
 * from metric_case_fact one month at a time: each day's facts come by the (cohort_day, grid_code)
 * index and fan out into a hash table of that day only, and the month's rows are summed from its day
 * rows rather than from the facts again. One statement over every fact at once would hash or sort 38
 * contributions per case together (at 10^7 cases, gigabytes spilled to disk). The rows come month by
 * month, days first, each period's rows in key order, so the rows one read sums (a period's keys)
 * share heap pages. The sums are those of the contribution queries above with every sign +1.
 */
export function rebuildRowsSql({ histogram }: { histogram: boolean }): Prisma.Sql {
  const dayValues = histogram
    ? ['f.handling_bucket AS bucket', 'count(*)::int AS cases']
    : [
        ...metricCounters.map((counter) => `sum(f.${counterColumn(counter)})::int AS ${counterColumn(counter)}`),
        'coalesce(sum(f.handling_minutes), 0)::float8 AS handling_minutes',
        'count(f.handling_minutes)::int AS handling_cases',
      ];
  const monthValues = histogram
    ? ['d.bucket', 'sum(d.cases)::int']
    : rollupValueColumns.map((column) => `sum(d.${column})::${column === 'handling_minutes' ? 'float8' : 'int'}`);
  const dayBucket = histogram ? ', f.handling_bucket' : '';
  const monthBucket = histogram ? ', d.bucket' : '';
  return Prisma.raw(`
    SELECT r.* FROM (SELECT min(cohort_day)::timestamp AS first, max(cohort_day)::timestamp AS last
      FROM metric_case_fact) b
    CROSS JOIN LATERAL generate_series(date_trunc('month', b.first), b.last, interval '1 month') AS m(start)
    CROSS JOIN LATERAL (
      WITH days AS (
        SELECT d.* FROM generate_series(greatest(m.start, b.first),
          least(m.start + interval '1 month' - interval '1 day', b.last), interval '1 day') AS p(start)
        CROSS JOIN LATERAL (
          SELECT v.dimension, v.area, v.key, 'D' AS grain, p.start::date AS period, ${dayValues.join(', ')}
          FROM metric_case_fact f CROSS JOIN LATERAL ${dimensionValues}
          WHERE f.cohort_day = p.start::date AND v.key IS NOT NULL${histogram ? ' AND f.handling_bucket IS NOT NULL' : ''}
          GROUP BY v.dimension, v.area, v.key${dayBucket}
          ORDER BY v.dimension, v.area, v.key${dayBucket}) d)
      SELECT * FROM days
      UNION ALL
      (SELECT d.dimension, d.area, d.key, 'M', m.start::date, ${monthValues.join(', ')} FROM days d
        GROUP BY d.dimension, d.area, d.key${monthBucket}
        ORDER BY d.dimension, d.area, d.key${monthBucket})) r`);
}
