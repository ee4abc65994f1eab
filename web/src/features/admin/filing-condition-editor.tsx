import { useT } from '../../i18n';
import { AdminActiveField } from './admin-active-field';
import { AdminCheckField } from './admin-check-field';
import { DEPARTMENT_TYPES } from './admin-enums';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import { saveFilingCondition } from './category-api';
import type { FilingCondition, MinorCategory } from './category-types';
import {
  conditionFormProblem,
  type FilingConditionForm,
  initialConditionForm,
  toFilingConditionInput,
} from './filing-condition-form';
import { TimeLimitFields } from './time-limit-fields';
import { useAdminEditForm } from './use-admin-edit-form';

const FIELDS = [
  'code',
  'description',
  'timeLimitAmount',
  'timeLimitUnit',
  'closingCondition',
  'departmentType',
  'requiresPhoto',
  'duplicateRadiusM',
  'duplicateWindowHours',
  'isActive',
] as const;

interface FilingConditionEditorProps {
  minor: MinorCategory;
  /** null: a new condition of the class. */
  condition: FilingCondition | null;
  onSaved: () => void;
  onCancel: () => void;
}

/** Creates or edits one 立案条件: its 处置时限, 结案条件, department type and duplicate window. */
export function FilingConditionEditor({ minor, condition, onSaved, onCancel }: FilingConditionEditorProps) {
  const t = useT();
  const { form, set, save, isBusy, error, setError } = useAdminEditForm<FilingConditionForm>(() =>
    initialConditionForm(condition, minor.conditions),
  );

  const onSave = async (reason: string) => {
    const problem = conditionFormProblem(form);
    if (problem !== null) return setError(problem);
    const target = condition === null ? { categoryId: minor.id } : { id: condition.id };
    if (await save(() => saveFilingCondition(toFilingConditionInput(form, target), reason))) onSaved();
  };

  const title =
    condition === null
      ? t('admin.conditions.createTitle', { name: minor.name })
      : t('admin.conditions.editTitle', { name: minor.name, code: condition.code });
  return (
    <AdminForm {...{ title, error, isBusy, onSave, onCancel }} fields={FIELDS} testId="condition-editor">
      <AdminField label={t('admin.conditions.code')} field="code" error={error}>
        <input
          name="code"
          value={form.code}
          disabled={condition !== null}
          onChange={(e) => set({ code: e.target.value })}
        />
      </AdminField>
      <AdminField label={t('admin.conditions.description')} field="description" error={error} wide>
        <textarea
          name="description"
          rows={2}
          value={form.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </AdminField>
      <TimeLimitFields
        amount={form.timeLimitAmount}
        unit={form.timeLimitUnit}
        onAmount={(timeLimitAmount) => set({ timeLimitAmount })}
        onUnit={(timeLimitUnit) => set({ timeLimitUnit })}
        error={error}
        fields={{ amount: 'timeLimitAmount', unit: 'timeLimitUnit' }}
      />
      <AdminField label={t('admin.conditions.closingCondition')} field="closingCondition" error={error} wide>
        <textarea
          name="closingCondition"
          rows={2}
          value={form.closingCondition}
          onChange={(e) => set({ closingCondition: e.target.value })}
        />
      </AdminField>
      <AdminField label={t('admin.conditions.departmentType')} field="departmentType" error={error}>
        <select
          name="departmentType"
          value={form.departmentType}
          onChange={(e) => set({ departmentType: e.target.value as FilingConditionForm['departmentType'] })}
        >
          <option value="">{t('admin.none')}</option>
          {DEPARTMENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`departmentType.${type}`)}
            </option>
          ))}
        </select>
      </AdminField>
      <AdminField label={t('admin.conditions.radius')} field="duplicateRadiusM" error={error}>
        <input
          name="duplicateRadiusM"
          inputMode="numeric"
          value={form.duplicateRadiusM}
          onChange={(e) => set({ duplicateRadiusM: e.target.value })}
        />
      </AdminField>
      <AdminField label={t('admin.conditions.window')} field="duplicateWindowHours" error={error}>
        <input
          name="duplicateWindowHours"
          inputMode="numeric"
          value={form.duplicateWindowHours}
          onChange={(e) => set({ duplicateWindowHours: e.target.value })}
        />
      </AdminField>
      <AdminCheckField
        label={t('admin.conditions.photo')}
        field="requiresPhoto"
        checked={form.requiresPhoto}
        onChange={(v) => set({ requiresPhoto: v })}
        error={error}
      />
      <AdminActiveField checked={form.isActive} onChange={(isActive) => set({ isActive })} error={error} />
    </AdminForm>
  );
}
