import type { Random } from './random.js';

/** Items with cumulative weights: a draw is one binary search. */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  pick(random: Random): T;
}

/**
 * A table drawing each item with probability weight / total.
 *
 * @throws {RangeError} when there is no item or a weight is negative or not finite
 * @example weightedTable(['a', 'b'], [3, 1]).pick(random) // 'a' three times as often as 'b'
 */
export function weightedTable<T>(items: readonly T[], weights: readonly number[]): WeightedTable<T> {
  if (!items.length || items.length !== weights.length) {
    throw new RangeError(
      `a weighted table needs one weight per item (${items.length} items, ${weights.length} weights)`,
    );
  }
  const cumulative = new Float64Array(items.length);
  let total = 0;
  weights.forEach((weight, index) => {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`bad weight ${weight} at ${index}`);
    total += weight;
    cumulative[index] = total;
  });
  if (!(total > 0)) throw new RangeError('a weighted table needs a positive total weight');
  return {
    items,
    pick(random) {
      const target = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((cumulative[middle] as number) > target) high = middle;
        else low = middle + 1;
      }
      return items[low] as T;
    },
  };
}
