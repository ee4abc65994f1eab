import { useT } from '../../i18n';
import type { DepartmentRef } from './case-types';
import { useDepartments } from './use-departments';
import { useLocalName } from './use-local-name';

interface DepartmentSelectProps {
  value: number | null;
  /** The responsibility matrix's choice, listed first and marked; preselected by the form. */
  suggested: DepartmentRef | null;
  onChange: (departmentId: number | null) => void;
}

/** The department to dispatch to; choosing another than the suggested one asks for a reason. */
export function DepartmentSelect({ value, suggested, onChange }: DepartmentSelectProps) {
  const t = useT();
  const departments = useDepartments();
  const localName = useLocalName();
  const others = departments.filter((department) => department.id !== suggested?.id);
  return (
    <label className="action-dialog__field">
      <span>{t('cases.dialog.department')}</span>
      <select
        name="department"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      >
        {suggested === null && <option value="">{t('cases.dialog.chooseDepartment')}</option>}
        {suggested && (
          <option value={suggested.id}>{t('cases.dialog.suggested', { name: localName(suggested) })}</option>
        )}
        {others.map((department) => (
          <option key={department.id} value={department.id}>
            {localName(department)}
          </option>
        ))}
      </select>
    </label>
  );
}
