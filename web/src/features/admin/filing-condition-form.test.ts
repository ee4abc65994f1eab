import { describe, expect, it } from 'vitest';
import type { FilingCondition } from './category-types';
import {
  conditionFormProblem,
  initialConditionForm,
  nextConditionCode,
  toFilingConditionInput,
} from './filing-condition-form';

/** 暴露垃圾 01 as the demo catalog seeds it. */
const exposedGarbage: FilingCondition = {
  id: 101,
  code: '01',
  description: '道路、广场等公共场所有暴露垃圾',
  timeLimitAmount: 2,
  timeLimitUnit: 'WORK_HOURS',
  closingCondition: '垃圾清除干净',
  departmentType: 'GREENING_SANITATION',
  requiresPhoto: true,
  duplicateRadiusM: 50,
  duplicateWindowHours: 72,
  isActive: true,
};

describe('the filing condition form', () => {
  it('starts a new condition on the next free code with the seeded defaults', () => {
    const form = initialConditionForm(null, [exposedGarbage, { ...exposedGarbage, id: 102, code: '03' }]);
    expect(form.code).toBe('02');
    expect(form).toMatchObject({ duplicateRadiusM: '50', duplicateWindowHours: '72', requiresPhoto: true });
    expect(nextConditionCode([])).toBe('01');
  });

  it('maps a new condition to createFilingCondition with numbers parsed', () => {
    const form = {
      ...initialConditionForm(null, [exposedGarbage]),
      description: ' 大件垃圾 ',
      timeLimitAmount: '1,5',
      timeLimitUnit: 'WORK_DAYS' as const,
      closingCondition: '清运完毕',
    };
    expect(conditionFormProblem(form)).toBeNull();
    expect(toFilingConditionInput(form, { categoryId: 59 })).toEqual({
      mode: 'create',
      fields: {
        categoryId: 59,
        code: '02',
        description: '大件垃圾',
        closingCondition: '清运完毕',
        timeLimitAmount: 1.5,
        timeLimitUnit: 'WORK_DAYS',
        departmentType: null,
        requiresPhoto: true,
        duplicateRadiusM: 50,
        duplicateWindowHours: 72,
        isActive: true,
      },
    });
  });

  it('maps an edit to updateFilingCondition without the code, clearing the department type', () => {
    const form = { ...initialConditionForm(exposedGarbage, []), departmentType: '' as const, timeLimitAmount: '4' };
    const input = toFilingConditionInput(form, { id: 101 });
    expect(input.mode).toBe('update');
    expect(input.fields).not.toHaveProperty('code');
    expect(input.fields).toMatchObject({ id: 101, departmentType: null, timeLimitAmount: 4 });
  });

  it('names the field to fix before sending', () => {
    const form = initialConditionForm(exposedGarbage, []);
    expect(conditionFormProblem({ ...form, timeLimitAmount: 'two' })?.field).toBe('timeLimitAmount');
    expect(conditionFormProblem({ ...form, closingCondition: '  ' })?.field).toBe('closingCondition');
    expect(conditionFormProblem({ ...form, code: '1' })?.field).toBe('code');
  });
});
