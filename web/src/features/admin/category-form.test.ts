import { describe, expect, it } from 'vitest';
import { categoryFormProblem, initialCategoryForm, nextClassCode, toCategoryInput } from './category-form';
import type { MajorCategory } from './category-types';

const cityAppearance: MajorCategory = {
  id: 58,
  kind: 'EVENT',
  code: '01',
  name: '市容环境',
  nameEn: 'City appearance',
  isActive: true,
  children: [
    { id: 59, code: '0102', name: '暴露垃圾', nameEn: null, isActive: true, conditions: [] },
    { id: 60, code: '0101', name: '私搭乱建', nameEn: null, isActive: true, conditions: [] },
  ],
};

describe('the class form', () => {
  it('numbers a new minor after its major and its siblings', () => {
    const target = {
      mode: 'create',
      kind: 'EVENT',
      parent: cityAppearance,
      siblings: cityAppearance.children,
    } as const;
    const form = initialCategoryForm(target);
    expect(form.code).toBe('0103');
    expect(nextClassCode('', [{ code: '01' }, { code: '02' }])).toBe('03');
    expect(categoryFormProblem({ ...form, name: '乱堆物料' }, target)).toBeNull();
    expect(categoryFormProblem({ ...form, code: '03', name: 'x' }, target)?.field).toBe('code');
    expect(toCategoryInput({ ...form, name: ' 乱堆物料 ' }, target)).toEqual({
      mode: 'create',
      fields: { kind: 'EVENT', code: '0103', name: '乱堆物料' },
    });
  });

  it('renames and deactivates an existing class by id, a blank English name clearing it', () => {
    const target = { mode: 'edit', category: cityAppearance, kind: 'EVENT' } as const;
    const form = { ...initialCategoryForm(target), nameEn: ' ', isActive: false };
    expect(toCategoryInput(form, target)).toEqual({
      mode: 'update',
      fields: { id: 58, name: '市容环境', nameEn: null, isActive: false },
    });
  });
});
