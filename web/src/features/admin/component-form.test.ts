import { describe, expect, it } from 'vitest';
import {
  classOfCode,
  componentCodeProblem,
  componentFormProblem,
  initialComponentForm,
  toComponentInput,
} from './component-form';
import type { ComponentClass } from './component-types';

const manholeCover: ComponentClass = { id: 7, code: '0101', name: '上水井盖', majorName: '公用设施' };
const streetLight: ComponentClass = { id: 9, code: '0109', name: '路灯', majorName: '公用设施' };

describe('componentCodeProblem', () => {
  it('accepts a 黄浦区 manhole cover under its class, and says nothing while the field is empty', () => {
    expect(componentCodeProblem('3101010101000001', manholeCover)).toBeNull();
    expect(componentCodeProblem('3101010101000001', null)).toBeNull();
    expect(componentCodeProblem('', manholeCover)).toBeNull();
  });

  it('names what is wrong as it is typed', () => {
    expect(componentCodeProblem('310101010100000', null)).toBe('admin.component.codeDigits');
    expect(componentCodeProblem('31010101010000a1', null)).toBe('admin.component.codeDigits');
    expect(componentCodeProblem('3101010001000001', null)).toBe('admin.component.codeParts'); // major 00
    expect(componentCodeProblem('3101010101000000', null)).toBe('admin.component.codeParts'); // serial 0
    expect(componentCodeProblem('3101010101000001', streetLight)).toBe('admin.component.codeClass');
  });
});

describe('the component form', () => {
  it('picks the class the code names', () => {
    expect(classOfCode('3101010109000003', [manholeCover, streetLight])).toBe(streetLight);
    expect(classOfCode('31010101090000', [manholeCover, streetLight])).toBeUndefined();
  });

  it('wants a class and a point before sending a new component', () => {
    const form = { ...initialComponentForm(null), code: '3101010101000001' };
    expect(componentFormProblem(form, null, true)?.field).toBe('categoryId');
    expect(componentFormProblem({ ...form, categoryId: '7' }, manholeCover, true)?.field).toBe('lng');
    const complete = { ...form, categoryId: '7', lng: '121.4791', lat: '31.2371' };
    expect(componentFormProblem(complete, manholeCover, true)).toBeNull();
    expect(toComponentInput(complete, null)).toEqual({
      mode: 'create',
      fields: {
        code: '3101010101000001',
        categoryId: 7,
        name: null,
        ownerDepartmentId: null,
        lng: 121.4791,
        lat: 31.2371,
        isActive: true,
      },
    });
  });

  it('sends an update without the code and class, clearing a blank name', () => {
    const input = toComponentInput(
      { ...initialComponentForm(null), code: 'ignored', categoryId: '7', lng: '121.48', lat: '31.23', isActive: false },
      42,
    );
    expect(input).toEqual({
      mode: 'update',
      fields: { id: 42, name: null, ownerDepartmentId: null, lng: 121.48, lat: 31.23, isActive: false },
    });
  });
});
