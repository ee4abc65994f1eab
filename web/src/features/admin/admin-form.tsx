import { type FormEvent, type ReactNode, useState } from 'react';
import { useT } from '../../i18n';
import { type AdminError, isErrorOffForm } from './admin-error';
import { AdminErrorText } from './admin-error-text';
import { AdminField } from './admin-field';
import './admin-form.css';

interface AdminFormProps {
  title: string;
  /** The input fields the form shows; an error blaming any other lands at the foot. */
  fields: readonly string[];
  error: AdminError | null;
  isBusy: boolean;
  /** Called with the 变更原因 once it is filled in; every admin change is audited with it. */
  onSave: (reason: string) => void;
  onCancel?: () => void;
  testId?: string;
  children: ReactNode;
}

/**
 * The frame of every admin edit: the fields, then the reason for the change (required: the audit
 * log is only useful if it says why), the refusal the fields did not show, Save and Cancel.
 */
export function AdminForm({ title, fields, error, isBusy, onSave, onCancel, testId, children }: AdminFormProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [isReasonMissing, setReasonMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    setReasonMissing(trimmed === '');
    if (trimmed !== '' && !isBusy) onSave(trimmed);
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate data-testid={testId}>
      <h3 className="admin-form__title">{title}</h3>
      <div className="admin-form__fields">{children}</div>
      <AdminField label={t('admin.reason')} field="reason" error={error} wide>
        <textarea
          name="reason"
          rows={2}
          value={reason}
          placeholder={t('admin.reasonPlaceholder')}
          onChange={(event) => setReason(event.target.value)}
        />
        {isReasonMissing && (
          <span className="admin-error" role="alert">
            {t('admin.reasonMissing')}
          </span>
        )}
      </AdminField>
      {error !== null && isErrorOffForm(error, [...fields, 'reason']) && (
        <p className="admin-form__error">
          <AdminErrorText error={error} testId="admin-form-error" />
        </p>
      )}
      <div className="admin-form__buttons">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('admin.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={isBusy} data-testid="admin-save">
          {isBusy ? t('admin.saving') : t('admin.save')}
        </button>
      </div>
    </form>
  );
}
