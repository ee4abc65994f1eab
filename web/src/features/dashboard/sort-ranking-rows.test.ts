import { describe, expect, it } from 'vitest';
import type { MetricTableRow } from './dashboard-types';
import { sortRankingRows } from './sort-ranking-rows';

const row = (key: string, name: string, rank: number | null, closeRate: number | null): MetricTableRow => ({
  key,
  name,
  rank,
  score: rank === null ? null : 100 - rank,
  previousScore: null,
  grade: null,
  values: { closeRate },
});

const rows = [row('a', '外滩街道', 1, 0.9), row('b', '南京东路街道', 2, null), row('c', '半淞园路街道', null, 0.5)];

describe('sorting a ranking table', () => {
  it('keeps rows without a value last in either direction', () => {
    const keys = (sorted: MetricTableRow[]) => sorted.map((entry) => entry.key);
    expect(keys(sortRankingRows(rows, { key: 'rank', descending: false }))).toEqual(['a', 'b', 'c']);
    expect(keys(sortRankingRows(rows, { key: 'rank', descending: true }))).toEqual(['b', 'a', 'c']);
    expect(keys(sortRankingRows(rows, { key: 'metric:closeRate', descending: true }))).toEqual(['a', 'c', 'b']);
    expect(keys(sortRankingRows(rows, { key: 'metric:closeRate', descending: false }))).toEqual(['c', 'a', 'b']);
  });

  it('sorts names in Chinese (pinyin) order', () => {
    const names = sortRankingRows(rows, { key: 'name', descending: false }).map((entry) => entry.name);
    expect(names).toEqual(['半淞园路街道', '南京东路街道', '外滩街道']);
  });
});
