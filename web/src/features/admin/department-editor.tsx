import { useT } from '../../i18n';
import { AdminActiveField } from './admin-active-field';
import { DEPARTMENT_TYPES, type DepartmentType } from './admin-enums';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import { saveDepartment } from './department-api';
import {
  type DepartmentForm,
  departmentFormProblem,
  initialDepartmentForm,
  toDepartmentInput,
} from './department-form';
import type { Department } from './department-types';
import { useAdminEditForm } from './use-admin-edit-form';

const FIELDS = ['code', 'name', 'nameEn', 'type', 'areaCode', 'parentId', 'contactName', 'contactPhone', 'isActive'];

/** Creates a department or edits one (the code is its identity and stays). */
export function DepartmentEditor({
  department,
  departments,
  onSaved,
  onCancel,
}: {
  department: Department | null;
  departments: readonly Department[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { form, set, save, isBusy, error, setError } = useAdminEditForm<DepartmentForm>(() =>
    initialDepartmentForm(department),
  );
  const text = (field: 'code' | 'name' | 'nameEn' | 'areaCode' | 'contactName' | 'contactPhone') => (
    <input
      name={field}
      value={form[field]}
      onChange={(e) => set({ [field]: e.target.value } as Partial<DepartmentForm>)}
    />
  );

  const onSave = async (reason: string) => {
    const problem = departmentFormProblem(form);
    if (problem !== null) return setError(problem);
    if (await save(() => saveDepartment(toDepartmentInput(form, department?.id ?? null), reason))) onSaved();
  };

  const title = department ? t('admin.departments.editTitle', { name: department.name }) : t('admin.departments.add');
  return (
    <AdminForm {...{ title, error, isBusy, onSave, onCancel }} fields={FIELDS} testId="department-editor">
      <AdminField label={t('admin.departments.code')} field="code" error={error}>
        {department ? <input name="code" value={form.code} disabled /> : text('code')}
      </AdminField>
      <AdminField label={t('admin.departments.name')} field="name" error={error}>
        {text('name')}
      </AdminField>
      <AdminField label={t('admin.categories.nameEn')} field="nameEn" error={error}>
        {text('nameEn')}
      </AdminField>
      <AdminField label={t('admin.departments.type')} field="type" error={error}>
        <select name="type" value={form.type} onChange={(e) => set({ type: e.target.value as DepartmentType })}>
          {DEPARTMENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`departmentType.${type}`)}
            </option>
          ))}
        </select>
      </AdminField>
      <AdminField label={t('admin.areaCode')} field="areaCode" error={error} hint={t('admin.areaCodeHint')}>
        {text('areaCode')}
      </AdminField>
      <AdminField label={t('admin.departments.parent')} field="parentId" error={error}>
        <select name="parentId" value={form.parentId} onChange={(e) => set({ parentId: e.target.value })}>
          <option value="">{t('admin.none')}</option>
          {departments
            .filter((other) => other.id !== department?.id)
            .map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
        </select>
      </AdminField>
      <AdminField label={t('admin.departments.contactName')} field="contactName" error={error}>
        {text('contactName')}
      </AdminField>
      <AdminField label={t('admin.departments.contactPhone')} field="contactPhone" error={error}>
        {text('contactPhone')}
      </AdminField>
      <AdminActiveField checked={form.isActive} onChange={(isActive) => set({ isActive })} error={error} />
    </AdminForm>
  );
}
