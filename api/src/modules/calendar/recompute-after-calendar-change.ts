import type { PrismaClient } from '@gridloop/prisma';
import type { Logger } from '../../logger.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { CalendarProvider } from './calendar-provider.js';
import { type RecomputeSummary, recomputeStepDeadlines } from './recompute-step-deadlines.js';

export interface RecomputeAfterChangeDependencies {
  prisma: PrismaClient;
  calendar: CalendarProvider;
  logger: Logger;
}

/** Who caused the recomputation: the admin whose edit just committed, or null for the system. */
export interface RecomputeCause {
  actorId: number | null;
  at: Date;
  /** Why, for the audit log: the admin's reason, or what the system noticed. */
  reason: string | null;
}

/**
 * Runs after a calendar change has committed: reloads this instance's calendar, recomputes the
 * running steps' deadlines and records RECOMPUTE_STEP_DEADLINES (revision, counts) in the audit log.
 * The change itself stays committed whatever happens here, so a failure is logged and answered with
 * null instead of an error the admin might "fix" by editing again; the next change, another
 * instance noticing the revision, or the recomputeStepDeadlines mutation settles it.
 */
export async function recomputeAfterCalendarChange(
  deps: RecomputeAfterChangeDependencies,
  cause: RecomputeCause,
): Promise<RecomputeSummary | null> {
  try {
    const summary = await recomputeStepDeadlines({ prisma: deps.prisma, calendar: deps.calendar });
    // The system's own runs (other instances catching up) are logged only when they moved something.
    const isWorthRecording = cause.actorId !== null || summary.changed > 0 || summary.failedCaseIds.length > 0;
    if (isWorthRecording)
      await recordAuditEvent(deps.prisma, {
        actorId: cause.actorId,
        action: 'RECOMPUTE_STEP_DEADLINES',
        entityType: 'work_calendar',
        entityId: summary.revision,
        reason: cause.reason,
        details: { examined: summary.examined, changed: summary.changed, failedCaseIds: summary.failedCaseIds },
        at: cause.at,
      });
    if (summary.failedCaseIds.length > 0) {
      deps.logger.warn({ caseIds: summary.failedCaseIds }, 'some running steps could not be recomputed');
    }
    return summary;
  } catch (error) {
    deps.logger.error({ err: error }, 'recomputing step deadlines after a calendar change failed');
    return null;
  }
}
