import type {
  CaseAction,
  CaseRequestKind,
  CaseSource,
  CaseStatus,
  CaseStep,
  DeadlineLight,
  TimeLimitUnit,
} from './case-enums';

/** A catalog or organisation name, with the English one where the admin gave it. */
export interface Named {
  name: string;
  nameEn: string | null;
}

/** One row of a work queue (the fields `fetchCaseList` asks for). */
export interface CaseRow {
  id: string;
  code: string;
  status: CaseStatus;
  version: number;
  address: string | null;
  gridCode: string;
  category: Named;
  step: CaseStep | null;
  light: DeadlineLight | null;
  stepDeadlineAt: string | null;
}

export interface DepartmentRef extends Named {
  id: number;
}

export interface Photo {
  id: string;
  thumbnailUrl: string;
  /** The metadata-free public copy. */
  url: string;
  width: number;
  height: number;
}

export interface CaseEvent {
  id: string;
  action: CaseAction;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  actorName: string | null;
  actorRole: string | null;
  note: string | null;
  occurredAt: string;
  department: DepartmentRef | null;
  metDeadline: boolean | null;
  photos: Photo[];
}

export interface CaseRequest {
  id: string;
  kind: CaseRequestKind;
  reason: string;
  requestedAt: string;
  extraAmount: number | null;
  decideBy: string | null;
}

/** The case panel's case: details, photos, timeline, the pending request and what the viewer may do. */
export interface CaseDetail extends CaseRow {
  source: CaseSource;
  description: string;
  lng: number;
  lat: number;
  beatCode: string | null;
  category: Named & { parent: Named | null };
  filingCondition: {
    id: number;
    description: string;
    timeLimitAmount: number;
    timeLimitUnit: TimeLimitUnit;
    requiresPhoto: boolean;
  };
  community: { name: string };
  street: { name: string };
  reporterName: string | null;
  reporterContact: string | null;
  reportedAt: string;
  department: DepartmentRef | null;
  suggestedDepartment: DepartmentRef | null;
  stepWarnAt: string | null;
  reworkCount: number;
  mergedInto: { id: string; code: string } | null;
  duplicates: { id: string; code: string; status: CaseStatus }[];
  photos: Photo[];
  events: CaseEvent[];
  pendingRequests: CaseRequest[];
  availableActions: CaseAction[];
}

/** An open case of the same class near a point (`duplicateCandidates`). */
export interface DuplicateCandidate {
  id: string;
  code: string;
  status: CaseStatus;
  distanceM: number;
  reportedAt: string;
}

/** What `caseChanged` says about a change: enough to refresh a row or the open case. */
export interface CaseChange {
  caseId: string;
  code: string;
  status: string;
  version: number;
  action: string;
  at: string;
}
