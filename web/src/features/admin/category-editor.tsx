import { useT } from '../../i18n';
import { AdminActiveField } from './admin-active-field';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import { saveCategory } from './category-api';
import {
  type CategoryForm,
  type CategoryTarget,
  categoryFormProblem,
  initialCategoryForm,
  toCategoryInput,
} from './category-form';
import { useAdminEditForm } from './use-admin-edit-form';

const FIELDS = ['code', 'name', 'nameEn', 'isActive', 'kind'] as const;

/** Creates a major or minor class, or renames / (de)activates one (the code is its identity). */
export function CategoryEditor({
  target,
  onSaved,
  onCancel,
}: {
  target: CategoryTarget;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { form, set, save, isBusy, error, setError } = useAdminEditForm<CategoryForm>(() =>
    initialCategoryForm(target),
  );

  const onSave = async (reason: string) => {
    const problem = categoryFormProblem(form, target);
    if (problem !== null) return setError(problem);
    if (await save(() => saveCategory(toCategoryInput(form, target), reason))) onSaved();
  };

  const title =
    target.mode === 'edit'
      ? t('admin.categories.editTitle', { name: target.category.name })
      : target.parent === null
        ? t('admin.categories.createMajorTitle', { kind: t(`categoryKind.${target.kind}`) })
        : t('admin.categories.createMinorTitle', { name: target.parent.name });
  return (
    <AdminForm {...{ title, error, isBusy, onSave, onCancel }} fields={FIELDS} testId="category-editor">
      <AdminField label={t('admin.categories.code')} field="code" error={error}>
        <input
          name="code"
          value={form.code}
          disabled={target.mode === 'edit'}
          onChange={(e) => set({ code: e.target.value })}
        />
      </AdminField>
      <AdminField label={t('admin.categories.name')} field="name" error={error}>
        <input name="name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
      </AdminField>
      <AdminField label={t('admin.categories.nameEn')} field="nameEn" error={error}>
        <input name="nameEn" value={form.nameEn} onChange={(e) => set({ nameEn: e.target.value })} />
      </AdminField>
      {target.mode === 'edit' && (
        <AdminActiveField checked={form.isActive} onChange={(isActive) => set({ isActive })} error={error} />
      )}
    </AdminForm>
  );
}
