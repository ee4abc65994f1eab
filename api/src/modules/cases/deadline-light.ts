export type DeadlineLight = 'GREEN' | 'YELLOW' | 'RED';

/**
 * The traffic light of a running step from its stored instants: green before 80 % of the limit is
 * used, yellow up to and including the deadline, red after. Null when no step runs (final, parked).
 */
export function deadlineLight(now: Date, warnAt: Date | null, deadlineAt: Date | null): DeadlineLight | null {
  if (!deadlineAt) return null;
  if (now > deadlineAt) return 'RED';
  return warnAt && now < warnAt ? 'GREEN' : 'YELLOW';
}
