/**
 * How long to wait before reconnecting a dropped live stream: exponential from 1 s, capped at 30 s,
 * with up to 30 % jitter so that a restarted API is not hit by every console at the same instant.
 * `random` is injected for tests.
 *
 * @example reconnectDelay(0, () => 0) // 1000
 * @example reconnectDelay(10, () => 0) // 30000
 */
export function reconnectDelay(failedAttempts: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1_000 * 2 ** Math.max(0, failedAttempts));
  return Math.round(base * (1 + 0.3 * random()));
}
