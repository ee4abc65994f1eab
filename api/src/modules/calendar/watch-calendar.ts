import type { PrismaClient } from '@gridloop/prisma';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { CalendarProvider } from './calendar-provider.js';
import { recomputeAfterCalendarChange } from './recompute-after-calendar-change.js';

export interface WatchCalendarOptions {
  prisma: PrismaClient;
  calendar: CalendarProvider;
  logger: Logger;
  clock: Clock;
  /** How often to read the stored revision; once a minute by default. */
  intervalMs?: number;
}

/**
 * Keeps an instance's calendar in step with edits made through other instances: reads the stored
 * revision every `intervalMs` (one tiny query) and, when it moved, reloads and recomputes running
 * deadlines — which also catches steps this instance started with its old calendar in the meantime.
 * The instance that made an edit reloads at once, so it never sees the revision move here.
 * Returns a function that stops the watch (call it on shutdown).
 */
export function watchCalendar(options: WatchCalendarOptions): () => void {
  const { calendar, logger, intervalMs = 60_000 } = options;
  let isChecking = false;
  const check = async () => {
    if (isChecking) return;
    isChecking = true;
    try {
      if (await calendar.refreshIfChanged()) {
        logger.info({ revision: calendar.revision() }, 'the work calendar changed on another instance');
        await recomputeAfterCalendarChange(options, {
          actorId: null,
          at: options.clock.now(),
          reason: 'calendar changed on another API instance',
        });
      }
    } catch (error) {
      logger.warn({ err: error }, 'could not check the work calendar for changes');
    } finally {
      isChecking = false;
    }
  };
  const timer = setInterval(check, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
