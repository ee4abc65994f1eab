import type { ReactNode } from 'react';
import { type AdminError, isErrorOnField } from './admin-error';
import { AdminErrorText } from './admin-error-text';

interface AdminFieldProps {
  label: string;
  /** The API's input field name, as `details.field` names it when refusing the value. */
  field: string;
  error: AdminError | null;
  hint?: string;
  wide?: boolean;
  /** Several inputs (a list, checkboxes): a group, since a label may hold only one control. */
  group?: boolean;
  children: ReactNode;
}

/** One labelled input of an admin form, with the API's refusal shown right under it. */
export function AdminField({ label, field, error, hint, wide, group, children }: AdminFieldProps) {
  const isBlamed = isErrorOnField(error, field);
  const Frame = group ? 'div' : 'label';
  return (
    <Frame
      role={group ? 'group' : undefined}
      className={`admin-field${wide ? ' admin-field--wide' : ''}${isBlamed ? ' admin-field--invalid' : ''}`}
      data-field={field}
    >
      <span className="admin-field__label">{label}</span>
      {children}
      {hint !== undefined && <small className="admin-field__hint">{hint}</small>}
      {isBlamed && error !== null && <AdminErrorText error={error} testId={`field-error-${field}`} />}
    </Frame>
  );
}
