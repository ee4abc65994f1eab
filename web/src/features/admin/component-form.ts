import { parseComponentId } from '@gridloop/geo';
import type { MessageKey } from '../../i18n';
import type { AdminError } from './admin-error';
import type { Component, ComponentClass } from './component-types';
import { firstFormProblem, formProblem, parseNumberText } from './form-problem';

export interface ComponentForm {
  code: string;
  /** '' until a class is chosen. */
  categoryId: string;
  name: string;
  /** '' for none. */
  ownerDepartmentId: string;
  lng: string;
  lat: string;
  isActive: boolean;
}

export type ComponentInput =
  | { mode: 'create'; fields: Record<string, unknown> & { code: string } }
  | { mode: 'update'; fields: Record<string, unknown> & { id: number } };

export function initialComponentForm(component: Component | null): ComponentForm {
  return {
    code: component?.code ?? '',
    categoryId: component ? String(component.category.id) : '',
    name: component?.name ?? '',
    ownerDepartmentId: component?.ownerDepartment ? String(component.ownerDepartment.id) : '',
    lng: component ? String(component.lng) : '',
    lat: component ? String(component.lat) : '',
    isActive: component?.isActive ?? true,
  };
}

/**
 * What is wrong with a component code as typed, checked with geo's parser so the admin hears it
 * before saving: not 16 digits, a part that cannot be (area not a district, class 00, serial
 * 000000), or a class part other than the chosen class's code. Null when it is fine (or empty).
 *
 * @example componentCodeProblem('310101010100001', null) // 'admin.component.codeDigits'
 * @example componentCodeProblem('3101010101000001', { code: '0109' } as ComponentClass) // 'admin.component.codeClass'
 */
export function componentCodeProblem(code: string, chosenClass: ComponentClass | null): MessageKey | null {
  const trimmed = code.trim();
  if (trimmed === '') return null;
  if (!/^\d{16}$/.test(trimmed)) return 'admin.component.codeDigits';
  try {
    parseComponentId(trimmed);
  } catch {
    return 'admin.component.codeParts';
  }
  if (chosenClass !== null && trimmed.slice(6, 10) !== chosenClass.code) return 'admin.component.codeClass';
  return null;
}

/** The class a code's class part names, to choose it for the admin as they type. */
export function classOfCode(code: string, classes: readonly ComponentClass[]): ComponentClass | undefined {
  const trimmed = code.trim();
  return /^\d{16}$/.test(trimmed) ? classes.find((candidate) => candidate.code === trimmed.slice(6, 10)) : undefined;
}

export function componentFormProblem(
  form: ComponentForm,
  chosenClass: ComponentClass | null,
  isNew: boolean,
): AdminError | null {
  if (isNew) {
    if (form.code.trim() === '') return formProblem('code', 'admin.problem.required');
    const codeProblem = componentCodeProblem(form.code, chosenClass);
    if (codeProblem !== null) return formProblem('code', codeProblem);
  }
  const lng = parseNumberText(form.lng);
  const lat = parseNumberText(form.lat);
  return firstFormProblem([
    ['categoryId', !isNew || chosenClass !== null, 'admin.problem.choose'],
    ['lng', lng >= -180 && lng <= 180, 'admin.component.pointMissing'],
    ['lat', lat >= -90 && lat <= 90, 'admin.component.pointMissing'],
  ]);
}

/**
 * The mutation input: the code and class go only with create (they are the identity); a blank
 * name and "no owner" are null, which clears them on an update.
 */
export function toComponentInput(form: ComponentForm, id: number | null): ComponentInput {
  const shared = {
    name: form.name.trim() === '' ? null : form.name.trim(),
    ownerDepartmentId: form.ownerDepartmentId === '' ? null : Number(form.ownerDepartmentId),
    lng: parseNumberText(form.lng),
    lat: parseNumberText(form.lat),
    isActive: form.isActive,
  };
  if (id !== null) return { mode: 'update', fields: { id, ...shared } };
  return { mode: 'create', fields: { code: form.code.trim(), categoryId: Number(form.categoryId), ...shared } };
}

/** A map click as the form's text, to 7 decimals (about 1 cm). */
export function pointText(value: number): string {
  return String(Math.round(value * 1e7) / 1e7);
}
