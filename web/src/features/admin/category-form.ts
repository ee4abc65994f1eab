import type { CategoryKind } from './admin-enums';
import type { AdminError } from './admin-error';
import type { MajorCategory, MinorCategory } from './category-types';
import { firstFormProblem } from './form-problem';

/** The class form: a new major or minor class, or an existing one renamed or (de)activated. */
export interface CategoryForm {
  kind: CategoryKind;
  code: string;
  name: string;
  nameEn: string;
  isActive: boolean;
}

export type CategoryInput =
  | { mode: 'create'; fields: { kind: CategoryKind; code: string; name: string; nameEn?: string } }
  | { mode: 'update'; fields: { id: number; name: string; nameEn: string | null; isActive: boolean } };

/** What is being edited: a class, or a new one under a major (null: a new major of a kind). */
export type CategoryTarget =
  | { mode: 'edit'; category: MajorCategory | MinorCategory; kind: CategoryKind }
  | { mode: 'create'; kind: CategoryKind; parent: MajorCategory | null; siblings: readonly { code: string }[] };

/**
 * The form's first values. A new minor's code starts with its major's two digits and takes the
 * next free pair, so the admin usually only types the name.
 */
export function initialCategoryForm(target: CategoryTarget): CategoryForm {
  if (target.mode === 'edit') {
    const { category } = target;
    return {
      kind: target.kind,
      code: category.code,
      name: category.name,
      nameEn: category.nameEn ?? '',
      isActive: category.isActive,
    };
  }
  const prefix = target.parent?.code ?? '';
  return { kind: target.kind, code: nextClassCode(prefix, target.siblings), name: '', nameEn: '', isActive: true };
}

/**
 * The next free code after `prefix` among siblings: `01`… for majors, `<major>01`… for minors.
 *
 * @example nextClassCode('01', [{ code: '0101' }, { code: '0102' }]) // '0103'
 */
export function nextClassCode(prefix: string, siblings: readonly { code: string }[]): string {
  const used = new Set(siblings.map((sibling) => Number(sibling.code.slice(prefix.length))));
  let next = 1;
  while (used.has(next) && next < 99) next += 1;
  return `${prefix}${String(next).padStart(2, '0')}`;
}

/** Missing name or a code that is not 2 (major) or 4 (minor) digits. */
export function categoryFormProblem(form: CategoryForm, target: CategoryTarget): AdminError | null {
  const digits = target.mode === 'create' && target.parent !== null ? 4 : 2;
  return firstFormProblem([
    ['code', target.mode === 'edit' || new RegExp(`^\\d{${digits}}$`).test(form.code.trim()), 'admin.problem.code'],
    ['name', form.name.trim() !== '', 'admin.problem.required'],
  ]);
}

/** The mutation input: create sends kind and code; update sends what may change (nameEn blank clears). */
export function toCategoryInput(form: CategoryForm, target: CategoryTarget): CategoryInput {
  const nameEn = form.nameEn.trim();
  if (target.mode === 'edit') {
    return {
      mode: 'update',
      fields: { id: target.category.id, name: form.name.trim(), nameEn: nameEn || null, isActive: form.isActive },
    };
  }
  return {
    mode: 'create',
    fields: { kind: form.kind, code: form.code.trim(), name: form.name.trim(), ...(nameEn !== '' && { nameEn }) },
  };
}
