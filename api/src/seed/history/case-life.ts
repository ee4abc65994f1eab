import type { LngLat } from '@gridloop/geo';
import type {
  CaseAction,
  CaseRequestKind,
  CaseRequestStatus,
  CaseSource,
  CaseState,
  CaseStatus,
  Role,
  TimeLimitUnit,
} from '@gridloop/prisma';
import type { HistoryCondition, HistoryGrid } from './history-world.js';

/** One case to be drawn: where, what and when it was reported, and its reserved id and code. */
export interface CaseDraft {
  id: number;
  code: string;
  source: CaseSource;
  reportedAt: Date;
  grid: HistoryGrid;
  point: LngLat;
  condition: HistoryCondition;
  /** A repeat of an earlier case of the same day, class and grid: the case it may be merged into. */
  duplicateOfId: number | null;
}

/** One row of the case's event log, as the database stores it. */
export interface HistoryEvent {
  action: CaseAction;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  actorId: number | null;
  actorRole: Role | null;
  note: string | null;
  departmentId: number | null;
  deadlineAt: Date | null;
  metDeadline: boolean | null;
  details: Record<string, unknown>;
  occurredAt: Date;
}

/** An approval task (void, return, extension, parking) and its decision, as case_request stores it. */
export interface HistoryRequest {
  kind: CaseRequestKind;
  status: CaseRequestStatus;
  reason: string;
  requestedById: number;
  requestedAt: Date;
  extraAmount: number | null;
  extraUnit: TimeLimitUnit | null;
  decideBy: Date | null;
  decidedById: number | null;
  decidedAt: Date | null;
  decisionNote: string | null;
}

/** A case as it stands at the end of the history, with every event and request that led there. */
export interface CaseLife {
  draft: CaseDraft;
  /** The case's columns after its last event. */
  state: CaseState;
  events: HistoryEvent[];
  requests: HistoryRequest[];
}
