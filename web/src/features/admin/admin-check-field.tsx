import type { AdminError } from './admin-error';
import { AdminField } from './admin-field';

interface AdminCheckFieldProps {
  label: string;
  /** The API's input field name; also the checkbox's `name`. */
  field: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: AdminError | null;
}

/** A yes/no input of an admin form (启用, 需要照片), labelled and with its refusal, like any field. */
export function AdminCheckField({ label, field, checked, onChange, error }: AdminCheckFieldProps) {
  return (
    <AdminField label={label} field={field} error={error}>
      <input type="checkbox" name={field} checked={checked} onChange={(e) => onChange(e.target.checked)} />
    </AdminField>
  );
}
