import type { CaseRequestKind } from '@gridloop/prisma';

/** The notes a synthetic history's events carry where the loop asks for one (zh-CN, as users write). */
export const historyNotes = {
  verifyInvalid: '现场核实，未发现所报问题',
  selfHandle: '监督员现场自行处置完毕',
  reject: '不属于城市管理范围，不予受理',
  handle: '已按结案条件处置完毕',
  checkFail: '现场核查，问题仍然存在，需返工',
  deny: '理由不充分，不予批准',
  request: {
    VOID: '重复立案，申请作废',
    RETURN: '不属于本单位职责，申请回退',
    EXTENSION: '处置工作量大，申请延期',
    PARK: '涉及历史遗留问题，短期内无法处置，申请挂账',
  } satisfies Record<CaseRequestKind, string>,
} as const;
