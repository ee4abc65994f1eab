import { describe, expect, it } from 'vitest';
import {
  departmentFormProblem,
  departmentsInTreeOrder,
  initialDepartmentForm,
  toDepartmentInput,
} from './department-form';
import type { Department } from './department-types';

function department(id: number, code: string, parentId: number | null): Department {
  return {
    id,
    code,
    name: code,
    nameEn: null,
    type: 'CITY_MANAGEMENT',
    area: { code: '310101', name: '黄浦区' },
    parent: parentId === null ? null : { id: parentId },
    contactName: null,
    contactPhone: null,
    isActive: true,
  };
}

describe('departmentsInTreeOrder', () => {
  it('puts each sub-team right under its bureau, by code, with its depth', () => {
    const list = [
      department(3, 'HP-LHSR-2', 1),
      department(1, 'HP-LHSR', null),
      department(4, 'SO-310101002', null),
      department(2, 'HP-LHSR-1', 1),
    ];
    expect(departmentsInTreeOrder(list).map(({ department: d, depth }) => `${depth}:${d.code}`)).toEqual([
      '0:HP-LHSR',
      '1:HP-LHSR-1',
      '1:HP-LHSR-2',
      '0:SO-310101002',
    ]);
  });

  it('shows a department whose parent is filtered out as a root, and survives a cycle', () => {
    expect(departmentsInTreeOrder([department(2, 'B', 9)])).toHaveLength(1);
    const cycle = [department(1, 'A', 2), department(2, 'B', 1)];
    expect(departmentsInTreeOrder(cycle)).toHaveLength(0); // neither is a root: nothing to hang them on
  });
});

describe('the department form', () => {
  it('clears blank contacts and the parent on an update, and sends the code only on create', () => {
    const form = { ...initialDepartmentForm(department(7, 'HP-LHSR', 1)), parentId: '', contactPhone: ' ' };
    expect(toDepartmentInput(form, 7)).toEqual({
      mode: 'update',
      fields: {
        id: 7,
        name: 'HP-LHSR',
        nameEn: null,
        type: 'CITY_MANAGEMENT',
        areaCode: '310101',
        parentId: null,
        contactName: null,
        contactPhone: null,
        isActive: true,
      },
    });
    const created = toDepartmentInput({ ...form, code: 'HP-NEW', parentId: '1' }, null);
    expect(created.fields).toMatchObject({ code: 'HP-NEW', parentId: 1 });
  });

  it('checks the code and the area code before sending', () => {
    const form = initialDepartmentForm(null);
    expect(departmentFormProblem({ ...form, code: 'HP LHSR', name: 'x', areaCode: '310101' })?.field).toBe('code');
    expect(departmentFormProblem({ ...form, code: 'HP', name: 'x', areaCode: '3101' })?.field).toBe('areaCode');
  });
});
