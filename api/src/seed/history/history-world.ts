import type { LngLat, WorkCalendar } from '@gridloop/geo';
import type { CaseStep, Role, TimeLimitUnit } from '@gridloop/prisma';
import type { RoutingRule } from '../../modules/dispatch/routing.js';
import type { WeightedTable } from './weighted-table.js';

/** A current unit grid with everything a case filed in it copies, and points inside it. */
export interface HistoryGrid {
  id: number;
  code: string;
  communityId: number;
  streetId: number;
  districtId: number;
  districtCode: string;
  responsibilityGridId: number | null;
  beatCode: string | null;
  /** 属地兜底: the street's office, when the matrix has no rule. */
  streetOfficeId: number | null;
  /** Points inside the grid (PostGIS ST_GeneratePoints with a fixed seed). */
  points: readonly LngLat[];
}

/** A filing condition of the catalog with its class. */
export interface HistoryCondition {
  id: number;
  categoryId: number;
  majorCategoryId: number;
  /** 'EVENT' or 'COMPONENT'. */
  kind: string;
  minorName: string;
  description: string;
  timeLimitAmount: number;
  timeLimitUnit: TimeLimitUnit;
}

/** A rule of the responsibility matrix, keyed by the class it names (a minor or a major). */
export interface HistoryRule extends RoutingRule {
  categoryId: number;
}

/** The demo accounts a history's events name as actors, by role. */
export interface HistoryActors {
  officers: readonly { id: number; beatCode: string | null }[];
  operators: readonly number[];
  shiftLeaders: readonly number[];
  dispatchers: readonly number[];
  handlersByDepartment: ReadonlyMap<number, readonly number[]>;
}

/**
 * Everything a synthetic history is drawn from, read once from the deployment: its grids (Zipf
 * weighted), catalog (weighted by how common each class is in real city data), routing matrix,
 * accounts, step limits and work calendar. Pure data: the sampling functions take it as input.
 */
export interface HistoryWorld {
  grids: WeightedTable<HistoryGrid>;
  conditions: WeightedTable<HistoryCondition>;
  rulesByCategory: ReadonlyMap<number, readonly HistoryRule[]>;
  /** Active non-street-office departments, for the occasional wrong dispatch. */
  departmentIds: readonly number[];
  actors: HistoryActors;
  stepLimits: Partial<Record<CaseStep, { amount: number; unit: TimeLimitUnit }>>;
  calendar: WorkCalendar;
}

/** Who made an event: a user (or null for the system, or a role without an account) in a role. */
export interface HistoryActor {
  id: number | null;
  role: Role | null;
}
