import { useEffect } from 'react';
import { useT } from '../../i18n';
import { AdminActiveField } from './admin-active-field';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import { saveComponent } from './component-api';
import {
  type ComponentForm,
  classOfCode,
  componentCodeProblem,
  componentFormProblem,
  toComponentInput,
} from './component-form';
import type { Component, ComponentClass } from './component-types';
import type { Department } from './department-types';
import type { useAdminSave } from './use-admin-save';

const FIELDS = ['code', 'categoryId', 'name', 'ownerDepartmentId', 'lng', 'lat', 'isActive'];

/** The form as typed and its save, held by the page so a map click can set the point. */
export type ComponentEditState = ReturnType<typeof useAdminSave> & {
  form: ComponentForm;
  set: (patch: Partial<ComponentForm>) => void;
};

interface ComponentEditorProps {
  component: Component | null;
  classes: readonly ComponentClass[];
  departments: readonly Department[];
  editing: ComponentEditState;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * Adds a component or edits one. The code is checked as it is typed (and picks the class its
 * class part names); the point is typed or clicked on the map. Unticking 启用 retires it.
 */
export function ComponentEditor({ component, classes, departments, editing, onSaved, onCancel }: ComponentEditorProps) {
  const t = useT();
  const { form, set, save, isBusy, error, setError } = editing;
  const chosenClass = classes.find((candidate) => String(candidate.id) === form.categoryId) ?? null;
  const codeProblem = component === null ? componentCodeProblem(form.code, chosenClass) : null;

  // The code's class part picks the class, also when the classes arrive after the code was typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new code (or class list) picks again
  useEffect(() => {
    const named = component === null ? classOfCode(form.code, classes) : undefined;
    if (named !== undefined) set({ categoryId: String(named.id) });
  }, [form.code, classes]);
  const onSave = async (reason: string) => {
    const problem = componentFormProblem(form, chosenClass, component === null);
    if (problem !== null) return setError(problem);
    if (await save(() => saveComponent(toComponentInput(form, component?.id ?? null), reason))) onSaved();
  };

  const title = component ? t('admin.component.editTitle', { code: component.code }) : t('admin.component.add');
  return (
    <AdminForm {...{ title, error, isBusy, onSave, onCancel }} fields={FIELDS} testId="component-editor">
      <AdminField label={t('admin.component.code')} field="code" error={error} hint={t('admin.component.codeHint')}>
        <input
          name="code"
          inputMode="numeric"
          maxLength={16}
          value={form.code}
          disabled={component !== null}
          aria-invalid={codeProblem !== null}
          aria-describedby={codeProblem !== null ? 'component-code-problem' : undefined}
          onChange={(e) => set({ code: e.target.value })}
        />
        {codeProblem !== null && (
          <span className="admin-error" id="component-code-problem" data-testid="component-code-problem">
            {t(codeProblem)}
          </span>
        )}
      </AdminField>
      <AdminField label={t('admin.component.class')} field="categoryId" error={error}>
        <select
          name="categoryId"
          value={form.categoryId}
          disabled={component !== null}
          onChange={(e) => set({ categoryId: e.target.value })}
        >
          <option value="">{t('admin.choose')}</option>
          {classes.map((option) => (
            <option key={option.id} value={option.id}>
              {option.code} {option.majorName} / {option.name}
            </option>
          ))}
        </select>
      </AdminField>
      <AdminField label={t('admin.component.name')} field="name" error={error}>
        <input name="name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
      </AdminField>
      <AdminField label={t('admin.component.owner')} field="ownerDepartmentId" error={error}>
        <select
          name="ownerDepartmentId"
          value={form.ownerDepartmentId}
          onChange={(e) => set({ ownerDepartmentId: e.target.value })}
        >
          <option value="">{t('admin.none')}</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </select>
      </AdminField>
      <AdminField label={t('admin.component.lng')} field="lng" error={error} hint={t('admin.component.pointHint')}>
        <input name="lng" inputMode="decimal" value={form.lng} onChange={(e) => set({ lng: e.target.value })} />
      </AdminField>
      <AdminField label={t('admin.component.lat')} field="lat" error={error}>
        <input name="lat" inputMode="decimal" value={form.lat} onChange={(e) => set({ lat: e.target.value })} />
      </AdminField>
      <AdminActiveField checked={form.isActive} onChange={(isActive) => set({ isActive })} error={error} />
    </AdminForm>
  );
}
