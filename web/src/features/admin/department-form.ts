import type { DepartmentType } from './admin-enums';
import type { AdminError } from './admin-error';
import type { Department } from './department-types';
import { firstFormProblem } from './form-problem';

export interface DepartmentForm {
  code: string;
  name: string;
  nameEn: string;
  type: DepartmentType;
  areaCode: string;
  /** '' for none. */
  parentId: string;
  contactName: string;
  contactPhone: string;
  isActive: boolean;
}

export type DepartmentInput =
  | { mode: 'create'; fields: Record<string, unknown> & { code: string } }
  | { mode: 'update'; fields: Record<string, unknown> & { id: number } };

export function initialDepartmentForm(department: Department | null): DepartmentForm {
  return {
    code: department?.code ?? '',
    name: department?.name ?? '',
    nameEn: department?.nameEn ?? '',
    type: department?.type ?? 'CITY_MANAGEMENT',
    areaCode: department?.area.code ?? '',
    parentId: department?.parent ? String(department.parent.id) : '',
    contactName: department?.contactName ?? '',
    contactPhone: department?.contactPhone ?? '',
    isActive: department?.isActive ?? true,
  };
}

export function departmentFormProblem(form: DepartmentForm): AdminError | null {
  return firstFormProblem([
    ['code', /^[A-Za-z0-9_-]+$/.test(form.code.trim()), 'admin.problem.departmentCode'],
    ['name', form.name.trim() !== '', 'admin.problem.required'],
    ['areaCode', /^(\d{6}|\d{9}|\d{12})$/.test(form.areaCode.trim()), 'admin.problem.areaCode'],
  ]);
}

/**
 * The mutation input. Blank optional texts and "no parent" are null, which clears them on an
 * update (and is the same as omitting them on create); the code goes only with create.
 *
 * @example toDepartmentInput({ ...form, contactPhone: '' }, 7).fields.contactPhone // null
 */
export function toDepartmentInput(form: DepartmentForm, id: number | null): DepartmentInput {
  const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
  const shared = {
    name: form.name.trim(),
    nameEn: blankToNull(form.nameEn),
    type: form.type,
    areaCode: form.areaCode.trim(),
    parentId: form.parentId === '' ? null : Number(form.parentId),
    contactName: blankToNull(form.contactName),
    contactPhone: blankToNull(form.contactPhone),
    isActive: form.isActive,
  };
  if (id !== null) return { mode: 'update', fields: { id, ...shared } };
  return { mode: 'create', fields: { code: form.code.trim(), ...shared } };
}

/**
 * Departments in tree order: each parent followed by its children (by code), with their depth,
 * so a flat table reads as the hierarchy. A department whose parent is not in the list is a root.
 */
export function departmentsInTreeOrder(
  departments: readonly Department[],
): { department: Department; depth: number }[] {
  const ids = new Set(departments.map((department) => department.id));
  const childrenOf = new Map<number | null, Department[]>();
  for (const department of departments) {
    const parentId = department.parent && ids.has(department.parent.id) ? department.parent.id : null;
    childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), department]);
  }
  const ordered: { department: Department; depth: number }[] = [];
  const seen = new Set<number>();
  const visit = (parentId: number | null, depth: number) => {
    const children = [...(childrenOf.get(parentId) ?? [])].sort((a, b) => a.code.localeCompare(b.code));
    for (const department of children) {
      if (seen.has(department.id)) continue; // a cycle in bad data must not hang the page
      seen.add(department.id);
      ordered.push({ department, depth });
      visit(department.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
