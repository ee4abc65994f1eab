import type { PrismaClient } from '@gridloop/prisma';
import type { Clock } from '../../clock.js';
import type { CalendarProvider } from '../calendar/calendar-provider.js';
import type { PhotoLimits } from '../photos/photo-limits.js';
import type { PhotoStore } from '../photos/photo-store.js';
import type { CaseChangePublisher } from './case-change-feed.js';

/** What the case services need besides the viewer: passed in, never imported as globals. */
export interface CaseServiceDependencies {
  prisma: PrismaClient;
  clock: Clock;
  /** The work calendar in force: read `calendar.current()` when a deadline is computed. */
  calendar: CalendarProvider;
  photoStore: PhotoStore;
  photoLimits: PhotoLimits;
  caseChanges: CaseChangePublisher;
}
