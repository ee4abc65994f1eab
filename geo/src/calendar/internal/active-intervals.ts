import type { SuspendedInterval } from '../elapsed-time.js';
import { instantMs } from './instant-ms.js';

/**
 * The parts of [fromMs, toMs) not covered by any suspended interval, in order. Suspensions may
 * overlap each other or stick out of the range; each instant is removed at most once.
 * @throws {RangeError} for a suspension that ends before it starts
 */
export function activeIntervals(
  fromMs: number,
  toMs: number,
  suspended: readonly SuspendedInterval[],
): [number, number][] {
  if (toMs <= fromMs) return [];
  const cuts = suspended
    .map((interval, i): [number, number] => {
      const start = instantMs(interval?.from, `suspended interval ${i + 1} from`);
      const end = instantMs(interval?.to, `suspended interval ${i + 1} to`);
      if (end < start) {
        throw new RangeError(
          `suspended interval ${i + 1} must not end before it starts, got ${interval.from.toISOString()} → ${interval.to.toISOString()}`,
        );
      }
      return [start, end];
    })
    .sort((a, b) => a[0] - b[0]);
  const active: [number, number][] = [];
  let cursor = fromMs;
  for (const [start, end] of cuts) {
    if (start > cursor) active.push([cursor, Math.min(start, toMs)]);
    cursor = Math.max(cursor, end);
    if (cursor >= toMs) break;
  }
  if (cursor < toMs) active.push([cursor, toMs]);
  return active.filter(([start, end]) => end > start);
}
