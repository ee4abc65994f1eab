import type { WorkCalendar } from '@gridloop/geo';
import type { PrismaClient } from '@gridloop/prisma';
import type { Clock } from '../../clock.js';
import type { PhotoLimits } from '../photos/photo-limits.js';
import type { PhotoStore } from '../photos/photo-store.js';
import type { CaseChangePublisher } from './case-change-feed.js';

/** What the case services need besides the viewer: passed in, never imported as globals. */
export interface CaseServiceDependencies {
  prisma: PrismaClient;
  clock: Clock;
  calendar: WorkCalendar;
  photoStore: PhotoStore;
  photoLimits: PhotoLimits;
  caseChanges: CaseChangePublisher;
}
