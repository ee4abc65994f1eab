import { startServingApis } from '../fixtures/serving-apis.js';
import { type Measurement, measure } from './measure.js';
import { formatMeasurement } from './report.js';

export interface ServedOptions {
  seconds: number;
  /** Operations sent before timing, so the fresh process's JIT has settled. */
  warmup: number;
  /** Operations in flight at once, in the warm-up and the measurement (default 4). */
  clients?: number;
  /** Runs between the warm-up and the measurement (e.g. undoing what the warm-up wrote). */
  beforeMeasuring?: () => Promise<unknown>;
  /** Environment variables the API processes start with besides the bench's (startServingApis). */
  settings?: Record<string, string>;
}

/**
 * Measures `operation` against the API as deployed: in processes of its own (see
 * startServingApis), first one, then `BENCH_API_PROCESSES` when set (e.g. 2; the stateless API
 * scales out behind a load balancer, here the client's round-robin). Prints each run and returns
 * the best: what a city would run on this machine.
 */
export async function measureServed(
  databaseUrl: string,
  name: string,
  operation: (baseUrl: string) => Promise<unknown>,
  { seconds, warmup, clients = 4, beforeMeasuring, settings }: ServedOptions,
): Promise<Measurement> {
  const counts = [...new Set([1, Number(process.env.BENCH_API_PROCESSES ?? 1)])];
  let best: Measurement | undefined;
  for (const count of counts) {
    const apis = await startServingApis(databaseUrl, count, settings);
    try {
      const run = () => operation(apis.nextBaseUrl());
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let i = 0; i < warmup / clients; i += 1) await run();
        }),
      );
      await beforeMeasuring?.();
      const processes = `${count} API process${count > 1 ? 'es' : ''}`;
      const cpuBefore = apis.cpuMs();
      const measured = await measure(`${name} (${processes})`, run, { seconds, warmup: 0, concurrency: clients });
      // what the API itself spends per operation: the part of the ratio its code decides
      const cpuPerOperation = (apis.cpuMs() - cpuBefore) / measured.operations;
      console.log(`  ${formatMeasurement(measured)}, API CPU ${cpuPerOperation.toFixed(3)} ms/op`);
      if (!best || measured.opsPerSecond > best.opsPerSecond) best = measured;
    } finally {
      await apis.stop();
    }
  }
  if (!best) throw new Error('no API process was measured');
  return best;
}
