import type { MessageKey } from '../../i18n';
import type { ConditionChoice } from './category-choices';
import type { PlaceCheck } from './use-place-check';

/**
 * The first thing stopping a submit, or null when the report may go to the outbox. The API
 * checks the same again when it arrives (OUTSIDE_JURISDICTION, PHOTO_REQUIRED): these checks only
 * save the officer a round trip, and an unknown place (offline) is let through for the API to judge.
 *
 * @example reportProblem({ hasPoint: true, place: { status: 'no-grid' }, condition, photoCount: 1 })
 * // 'report.problem.outOfScope'
 */
export function reportProblem(options: {
  hasPoint: boolean;
  place: PlaceCheck;
  condition: ConditionChoice | null;
  photoCount: number;
}): MessageKey | null {
  const { hasPoint, place, condition, photoCount } = options;
  if (!hasPoint) return 'report.problem.noPoint';
  if (place.status === 'out-of-scope' || place.status === 'no-grid') return 'report.problem.outOfScope';
  if (condition === null) return 'report.problem.noCondition';
  if (condition.requiresPhoto && photoCount === 0) return 'report.problem.photoRequired';
  return null;
}
