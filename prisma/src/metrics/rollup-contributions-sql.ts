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

const fanOut = `
  CROSS JOIN LATERAL ${dimensionValuesSql()}
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
 * The rollup key in primary-key order (period before key), over the contribution queries' aliases:
 * a rebuild inserts in this order so the rows one read sums (a period's keys) share heap pages.
 */
export const rollupKeyOrderSql = 'v.dimension, v.area, g.grain, g.period, v.key';
