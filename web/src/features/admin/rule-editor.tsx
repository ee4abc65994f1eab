import { useState } from 'react';
import { useT } from '../../i18n';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import type { CategoryOption } from './category-options';
import type { Department } from './department-types';
import { firstFormProblem } from './form-problem';
import { type ResponsibilityRule, setRule } from './rule-api';
import { useAdminSave } from './use-admin-save';

interface RuleEditorProps {
  /** The rule to change, or null for a new (class, area) cell. */
  rule: ResponsibilityRule | null;
  categories: readonly CategoryOption[];
  departments: readonly Department[];
  onSaved: () => void;
  onCancel: () => void;
}

/** Sets one cell of the matrix: (class, area) → department. Same class and area replaces the rule. */
export function RuleEditor({ rule, categories, departments, onSaved, onCancel }: RuleEditorProps) {
  const t = useT();
  const [categoryId, setCategoryId] = useState(rule ? String(rule.category.id) : '');
  const [areaCode, setAreaCode] = useState(rule?.areaCode ?? '');
  const [departmentId, setDepartmentId] = useState(rule ? String(rule.department.id) : '');
  const [note, setNote] = useState(rule?.note ?? '');
  const { save, isBusy, error, setError } = useAdminSave();

  const onSave = async (reason: string) => {
    const problem = firstFormProblem([
      ['categoryId', categoryId !== '', 'admin.problem.choose'],
      ['areaCode', /^\d{6}(\d{3}){0,3}$/.test(areaCode.trim()), 'admin.problem.ruleAreaCode'],
      ['departmentId', departmentId !== '', 'admin.problem.choose'],
    ]);
    if (problem !== null) return setError(problem);
    const change = () =>
      setRule(
        {
          categoryId: Number(categoryId),
          areaCode: areaCode.trim(),
          departmentId: Number(departmentId),
          note: note.trim() || null,
        },
        reason,
      );
    if (await save(change)) onSaved();
  };

  return (
    <AdminForm
      title={t('admin.rules.setTitle')}
      fields={['categoryId', 'areaCode', 'departmentId', 'note']}
      {...{ error, isBusy, onSave, onCancel }}
      testId="rule-editor"
    >
      <AdminField label={t('admin.rules.category')} field="categoryId" error={error}>
        <select name="categoryId" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
          <option value="">{t('admin.choose')}</option>
          {categories.map((option) => (
            <option key={option.id} value={option.id}>
              {`${option.isMajor ? '' : '\u3000'}${t(`categoryKind.${option.kind}`)} ${option.code} ${option.name}`}
            </option>
          ))}
        </select>
      </AdminField>
      <AdminField label={t('admin.areaCode')} field="areaCode" error={error} hint={t('admin.rules.areaHint')}>
        <input name="areaCode" value={areaCode} onChange={(e) => setAreaCode(e.target.value)} />
      </AdminField>
      <AdminField label={t('admin.rules.department')} field="departmentId" error={error}>
        <select name="departmentId" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
          <option value="">{t('admin.choose')}</option>
          {departments
            .filter((department) => department.isActive)
            .map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
        </select>
      </AdminField>
      <AdminField label={t('admin.calendar.note')} field="note" error={error}>
        <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </AdminField>
    </AdminForm>
  );
}
