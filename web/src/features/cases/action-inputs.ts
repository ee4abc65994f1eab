import type { CaseAction, TimeLimitUnit } from './case-enums';

/** What an action asks of the person before it can be sent. */
export interface ActionInputs {
  /**
   * `required`: the API refuses it without a reason (rejections, requests, denials, failed checks,
   * notes); `if-changed`: only when the suggested department is overridden; `optional`: a remark.
   */
  note: 'none' | 'optional' | 'required' | 'if-changed';
  /** DISPATCH / REDISPATCH: the department, the suggested one preselected. */
  department: boolean;
  /** REQUEST_EXTENSION: the extra time asked for. */
  extension: boolean;
  /** MERGE: the open case this one duplicates. */
  mergeTarget: boolean;
  /** Result or check photos go with it. */
  photos: boolean;
}

const NONE: ActionInputs = { note: 'none', department: false, extension: false, mergeTarget: false, photos: false };

const NEEDS_REASON: readonly CaseAction[] = [
  'VERIFY_INVALID',
  'REJECT',
  'REQUEST_VOID',
  'DENY_VOID',
  'REQUEST_RETURN',
  'DENY_RETURN',
  'REQUEST_EXTENSION',
  'DENY_EXTENSION',
  'REQUEST_PARK',
  'DENY_PARK',
  'COMMENT',
];

/**
 * The inputs of each action, mirroring the `needsNote` marks of the API's case-status.ts and the
 * fields of CaseActionInput. Actions with none (accept, file, approve, close…) are one click.
 *
 * @example actionInputs('REJECT').note // 'required'
 * @example actionInputs('ACCEPT') // every input off: one click
 */
export function actionInputs(action: CaseAction): ActionInputs {
  switch (action) {
    case 'DISPATCH':
    case 'REDISPATCH':
      return { ...NONE, note: 'if-changed', department: true };
    case 'REQUEST_EXTENSION':
      return { ...NONE, note: 'required', extension: true };
    case 'MERGE':
      return { ...NONE, note: 'optional', mergeTarget: true };
    case 'HANDLE':
    case 'SELF_HANDLE':
    case 'CHECK_PASS':
      return { ...NONE, note: 'optional', photos: true };
    case 'CHECK_FAIL':
    case 'COMMENT':
      return { ...NONE, note: 'required', photos: true };
    default:
      return NEEDS_REASON.includes(action) ? { ...NONE, note: 'required' } : NONE;
  }
}

/** True when the action opens a dialog; false when a click (or its key) sends it at once. */
export function opensDialog(action: CaseAction): boolean {
  const inputs = actionInputs(action);
  return inputs.note !== 'none' || inputs.department || inputs.extension || inputs.mergeTarget || inputs.photos;
}

/** What the action dialog collects. */
export interface ActionForm {
  note: string;
  departmentId: number | null;
  /** As typed; parsed when sent. */
  extensionAmount: string;
  extensionUnit: TimeLimitUnit;
  mergeIntoId: string | null;
}

/**
 * A fresh form for a case: the suggested department preselected (one Enter dispatches there), the
 * extension counted in the unit of the case's handling limit.
 */
export function initialActionForm(detail: {
  suggestedDepartment: { id: number } | null;
  filingCondition: { timeLimitUnit: TimeLimitUnit };
}): ActionForm {
  return {
    note: '',
    departmentId: detail.suggestedDepartment?.id ?? null,
    extensionAmount: '',
    extensionUnit: detail.filingCondition.timeLimitUnit,
    mergeIntoId: null,
  };
}

export type MissingInput = 'note' | 'department' | 'extension' | 'mergeTarget';

/**
 * The first input still missing, or null when the form can be sent. Checked before sending so
 * that the dialog, not the API, tells the person what to fill in.
 */
export function missingInput(
  action: CaseAction,
  form: ActionForm,
  suggestedDepartmentId: number | null,
): MissingInput | null {
  const inputs = actionInputs(action);
  if (inputs.department && form.departmentId === null) return 'department';
  if (inputs.mergeTarget && form.mergeIntoId === null) return 'mergeTarget';
  if (inputs.extension && !isValidExtension(form.extensionAmount)) return 'extension';
  const overrides = inputs.note === 'if-changed' && form.departmentId !== suggestedDepartmentId;
  if ((inputs.note === 'required' || overrides) && form.note.trim() === '') return 'note';
  return null;
}

/** A positive amount up to the API's limit of 1000 units. */
function isValidExtension(amount: string): boolean {
  const value = Number(amount);
  return amount.trim() !== '' && Number.isFinite(value) && value > 0 && value <= 1000;
}

/** The `CaseActionInput` for a form (photos go separately, as multipart files). */
export function toActionInput(
  target: { id: string; version: number },
  action: CaseAction,
  form: ActionForm,
): Record<string, unknown> {
  const inputs = actionInputs(action);
  const note = form.note.trim();
  return {
    caseId: target.id,
    version: target.version,
    action,
    ...(note !== '' && inputs.note !== 'none' && { note }),
    ...(inputs.department && form.departmentId !== null && { departmentId: form.departmentId }),
    ...(inputs.mergeTarget && form.mergeIntoId !== null && { mergeIntoId: form.mergeIntoId }),
    ...(inputs.extension && { extension: { amount: Number(form.extensionAmount), unit: form.extensionUnit } }),
  };
}
