import type { TimeLimitUnit } from '../cases/case-enums';
import type { DepartmentType } from './admin-enums';
import type { AdminError } from './admin-error';
import type { FilingCondition } from './category-types';
import { firstFormProblem, isNumberText, parseNumberText } from './form-problem';

/** What the filing condition form holds: text boxes keep text until saving. */
export interface FilingConditionForm {
  code: string;
  description: string;
  timeLimitAmount: string;
  timeLimitUnit: TimeLimitUnit;
  closingCondition: string;
  departmentType: DepartmentType | '';
  requiresPhoto: boolean;
  duplicateRadiusM: string;
  duplicateWindowHours: string;
  isActive: boolean;
}

/** The API input the form becomes: a create under a minor class, or an update of one condition. */
export type FilingConditionInput =
  | { mode: 'create'; fields: Record<string, unknown> & { categoryId: number; code: string } }
  | { mode: 'update'; fields: Record<string, unknown> & { id: number } };

/** The next free 2-digit code of a class, so a new condition needs no thinking about codes. */
export function nextConditionCode(existing: readonly { code: string }[]): string {
  const used = new Set(existing.map((condition) => Number(condition.code)));
  let next = 1;
  while (used.has(next)) next += 1;
  return String(next).padStart(2, '0');
}

/** A blank form (the seeded defaults: 72 h window, 50 m radius, photo required) or one to edit. */
export function initialConditionForm(
  condition: FilingCondition | null,
  siblings: readonly FilingCondition[],
): FilingConditionForm {
  if (condition === null) {
    return {
      code: nextConditionCode(siblings),
      description: '',
      timeLimitAmount: '',
      timeLimitUnit: 'WORK_HOURS',
      closingCondition: '',
      departmentType: '',
      requiresPhoto: true,
      duplicateRadiusM: '50',
      duplicateWindowHours: '72',
      isActive: true,
    };
  }
  return {
    code: condition.code,
    description: condition.description,
    timeLimitAmount: String(condition.timeLimitAmount),
    timeLimitUnit: condition.timeLimitUnit,
    closingCondition: condition.closingCondition,
    departmentType: condition.departmentType ?? '',
    requiresPhoto: condition.requiresPhoto,
    duplicateRadiusM: String(condition.duplicateRadiusM),
    duplicateWindowHours: String(condition.duplicateWindowHours),
    isActive: condition.isActive,
  } satisfies FilingConditionForm;
}

/**
 * What must be fixed before sending, named by the API's field: texts the API requires and numbers
 * that do not parse (JSON would turn them into null, which an update reads as "keep"). Ranges are
 * the API's to judge; its refusal lands beside the same field.
 */
export function conditionFormProblem(form: FilingConditionForm): AdminError | null {
  return firstFormProblem([
    ['code', /^\d{2}$/.test(form.code.trim()), 'admin.problem.twoDigits'],
    ['description', form.description.trim() !== '', 'admin.problem.required'],
    ['timeLimitAmount', isNumberText(form.timeLimitAmount), 'admin.problem.number'],
    ['closingCondition', form.closingCondition.trim() !== '', 'admin.problem.required'],
    ['duplicateRadiusM', isNumberText(form.duplicateRadiusM), 'admin.problem.number'],
    ['duplicateWindowHours', isNumberText(form.duplicateWindowHours), 'admin.problem.number'],
  ]);
}

/**
 * The mutation input of a checked form. The department type's "none" is null, which clears it on
 * an update; the code is sent only on create (it cannot change).
 *
 * @example toFilingConditionInput(form, { categoryId: 59 }) // { mode: 'create', fields: { categoryId: 59, … } }
 */
export function toFilingConditionInput(
  form: FilingConditionForm,
  target: { categoryId: number } | { id: number },
): FilingConditionInput {
  const shared = {
    description: form.description.trim(),
    closingCondition: form.closingCondition.trim(),
    timeLimitAmount: parseNumberText(form.timeLimitAmount),
    timeLimitUnit: form.timeLimitUnit,
    departmentType: form.departmentType === '' ? null : form.departmentType,
    requiresPhoto: form.requiresPhoto,
    duplicateRadiusM: parseNumberText(form.duplicateRadiusM),
    duplicateWindowHours: parseNumberText(form.duplicateWindowHours),
    isActive: form.isActive,
  };
  if ('id' in target) return { mode: 'update', fields: { id: target.id, ...shared } };
  return { mode: 'create', fields: { categoryId: target.categoryId, code: form.code.trim(), ...shared } };
}
