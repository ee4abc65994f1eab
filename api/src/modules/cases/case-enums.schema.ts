import { CaseAction, CaseRequestKind, CaseRequestStatus, CaseSource, CaseStatus } from '@gridloop/prisma';
import { builder } from '../../graphql/builder.js';

export const CaseStatusEnum = builder.enumType(CaseStatus, {
  name: 'CaseStatus',
  description:
    'PENDING_VERIFY 待核实, REPORTED 已上报, ACCEPTED 已受理, FILED 已立案, DISPATCHED 已派遣, HANDLED 已处置, ' +
    'REWORK 返工, PARKED 挂账, CLOSED 已结案, REJECTED 不受理, MERGED 已合并, VOID 已作废, INVALID 核实不属实.',
});

export const CaseSourceEnum = builder.enumType(CaseSource, {
  name: 'CaseSource',
  description: 'Where a case came from: OFFICER 监督员, PUBLIC 公众, HOTLINE 12345, OPEN311, IMPORT, SENSOR.',
});

export const CaseActionEnum = builder.enumType(CaseAction, {
  name: 'CaseAction',
  description: 'What happened to a case (one per event-log row); the transitions are listed in case-status.ts.',
});

export const CaseRequestKindEnum = builder.enumType(CaseRequestKind, {
  name: 'CaseRequestKind',
  description: 'VOID 作废, RETURN 回退, EXTENSION 延期, PARK 挂账.',
});

export const CaseRequestStatusEnum = builder.enumType(CaseRequestStatus, { name: 'CaseRequestStatus' });

export const DeadlineLightEnum = builder.enumType('DeadlineLight', {
  values: ['GREEN', 'YELLOW', 'RED'] as const,
  description: 'GREEN under 80 % of the step’s limit used, YELLOW 80-100 %, RED overdue.',
});
