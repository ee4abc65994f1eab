import { useT } from '../../i18n';
import { AdminCheckField } from './admin-check-field';
import type { AdminError } from './admin-error';

/**
 * The 启用 checkbox of an admin form: every editable record (department, user, class, condition)
 * is switched off rather than deleted, so history keeps pointing at it, and all say so the same way.
 */
export function AdminActiveField({
  checked,
  onChange,
  error,
}: {
  checked: boolean;
  onChange: (isActive: boolean) => void;
  error: AdminError | null;
}) {
  const t = useT();
  return <AdminCheckField label={t('admin.active')} field="isActive" {...{ checked, onChange, error }} />;
}
