export interface Measurement {
  name: string;
  operations: number;
  seconds: number;
  opsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

export interface MeasureOptions {
  /** How long to run after warm-up. */
  seconds?: number;
  /** Operations in flight at once (simulated clients). */
  concurrency?: number;
  /** Operations run and discarded first (JIT, caches, connection pools). */
  warmup?: number;
}

/** The value at quantile q of sorted samples (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/**
 * Runs `operation` with `concurrency` loops for a fixed time and reports throughput and latency.
 * Bounded in time by construction: every loop stops at the deadline.
 */
export async function measure(
  name: string,
  operation: () => Promise<unknown>,
  { seconds = 5, concurrency = 4, warmup = 20 }: MeasureOptions = {},
): Promise<Measurement> {
  for (let i = 0; i < warmup; i += 1) await operation();
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await operation();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    operations: latencies.length,
    seconds: elapsed,
    opsPerSecond: latencies.length / elapsed,
    p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
  };
}
