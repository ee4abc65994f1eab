import type { WorkCalendar } from '@gridloop/geo';
import {
  type PrismaClient,
  type RunningStepClock,
  type StepWindowUpdate,
  selectCalendarRevision,
  selectRunningStepCaseIds,
  selectRunningStepClocks,
  updateStepWindows,
} from '@gridloop/prisma';
import type { CalendarProvider } from './calendar-provider.js';
import { recomputeStepWindow } from './recompute-step-window.js';

export interface RecomputeStepDeadlinesOptions {
  prisma: PrismaClient;
  calendar: CalendarProvider;
  /** Cases read and written per statement. */
  batchSize?: number;
}

export interface RecomputeSummary {
  /** The calendar revision the deadlines now follow (null for a calendar not from the database). */
  revision: number | null;
  /** Running steps looked at (over every pass). */
  examined: number;
  /** Steps whose warning point or deadline moved. */
  changed: number;
  /** Cases whose stored limit the arithmetic refused (e.g. a corrupt unit); left as they were. */
  failedCaseIds: number[];
}

/** Enough for any real sequence of admin edits; a calendar edited faster than this is still settled by the next run. */
const maxPasses = 5;

/**
 * "The deadline of a step is recomputed when the calendar changes" (DESIGN.md §2.3): reloads the
 * calendar, then rewrites the warning point and deadline of every running step that the new calendar
 * moves, a batch of cases per statement. Each write applies only if the step is unchanged since it
 * was read, and does not bump `version`, so a person acting at the same moment neither loses their
 * action nor gets STALE_VERSION. If the calendar changed again meanwhile (another admin, another
 * instance), it runs again with the newer one, so concurrent runs settle on the latest calendar.
 */
export async function recomputeStepDeadlines(options: RecomputeStepDeadlinesOptions): Promise<RecomputeSummary> {
  const { prisma, calendar: provider, batchSize = 1000 } = options;
  const summary: RecomputeSummary = { revision: null, examined: 0, changed: 0, failedCaseIds: [] };
  for (let pass = 0; pass < maxPasses; pass += 1) {
    const calendar = await provider.reload();
    summary.revision = provider.revision();
    const ids = await selectRunningStepCaseIds(prisma);
    for (let from = 0; from < ids.length; from += batchSize) {
      const clocks = await selectRunningStepClocks(prisma, ids.slice(from, from + batchSize));
      const updates = planUpdates(calendar, clocks, summary.failedCaseIds);
      summary.examined += clocks.length;
      summary.changed += (await updateStepWindows(prisma, updates)).length;
    }
    if (summary.revision === null || (await selectCalendarRevision(prisma)) === summary.revision) break;
  }
  return summary;
}

/** The steps whose window differs under `calendar`; cases the arithmetic refuses go to `failed`. */
function planUpdates(
  calendar: WorkCalendar,
  clocks: readonly RunningStepClock[],
  failed: number[],
): StepWindowUpdate[] {
  const updates: StepWindowUpdate[] = [];
  for (const clock of clocks) {
    let window: ReturnType<typeof recomputeStepWindow>;
    try {
      window = recomputeStepWindow(calendar, clock);
    } catch {
      if (!failed.includes(clock.caseId)) failed.push(clock.caseId);
      continue;
    }
    const isSame =
      window.deadlineAt.getTime() === clock.stepDeadlineAt.getTime() &&
      window.warnAt.getTime() === clock.stepWarnAt?.getTime();
    if (isSame) continue;
    updates.push({
      caseId: clock.caseId,
      stepStartedAt: clock.stepStartedAt,
      oldWarnAt: clock.stepWarnAt,
      oldDeadlineAt: clock.stepDeadlineAt,
      ...window,
    });
  }
  return updates;
}
