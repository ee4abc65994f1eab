import type { CaseCluster, CaseLight } from './fetch-case-points';

/** The deadline lights' colours, as the queues' badges show them; grey when no clock runs. */
export const LIGHT_COLOURS: Record<CaseLight | 'NONE', string> = {
  RED: '#d64545',
  YELLOW: '#d99a00',
  GREEN: '#2e9d5b',
  NONE: '#6b7280',
};

/** A single case's dot radius, in CSS pixels. */
export const POINT_RADIUS = 6;

/**
 * A cluster takes the colour of its most urgent case: a dispatcher must see the overdue one
 * hidden among ninety green ones.
 *
 * @example worstLight({ green: 90, yellow: 0, red: 1 }) // 'RED'
 */
export function worstLight(cluster: Pick<CaseCluster, 'green' | 'yellow' | 'red'>): CaseLight | 'NONE' {
  if (cluster.red > 0) return 'RED';
  if (cluster.yellow > 0) return 'YELLOW';
  return cluster.green > 0 ? 'GREEN' : 'NONE';
}

/**
 * Bubbles grow with the logarithm of their count, so 100,000 cases stay a readable bubble.
 *
 * @example clusterRadius(2) // ≈ 12.2
 */
export function clusterRadius(count: number): number {
  return 11 + 4 * Math.log10(Math.max(1, count));
}

/**
 * The count written in a bubble, at most four characters.
 *
 * @example formatCount(12_345) // '12k'
 */
export function formatCount(count: number): string {
  if (count < 1_000) return String(count);
  if (count < 10_000) return `${(count / 1_000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.round(count / 1_000)}k`;
}
