import type { MetricTableRow } from './dashboard-types';

/** A column of a ranking table: rank, name, score or a metric by its name. */
export type RankingSortKey = 'rank' | 'name' | 'score' | `metric:${string}`;

export interface RankingSort {
  key: RankingSortKey;
  descending: boolean;
}

/**
 * The rows ordered by one column. Rows without a value (no score, a rate without a basis) go last
 * whichever way the column is sorted: "no data" is not the best or the worst. Ties keep the API's
 * order (by rank), as Array.sort is stable.
 *
 * @example sortRankingRows(rows, { key: 'metric:closeRate', descending: true })
 */
export function sortRankingRows(rows: readonly MetricTableRow[], sort: RankingSort): MetricTableRow[] {
  const readValue = sortValue(sort.key);
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const left = readValue(a);
    const right = readValue(b);
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    if (typeof left === 'string' || typeof right === 'string') {
      return sign * String(left).localeCompare(String(right), 'zh-CN');
    }
    return sign * (left - right);
  });
}

function sortValue(key: RankingSortKey): (row: MetricTableRow) => number | string | null {
  if (key === 'rank') return (row) => row.rank;
  if (key === 'name') return (row) => row.name;
  if (key === 'score') return (row) => row.score;
  const metric = key.slice('metric:'.length);
  return (row) => row.values[metric] ?? null;
}
