import { useState } from 'react';
import { useT } from '../../i18n';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import { firstFormProblem } from './form-problem';
import { useAdminSave } from './use-admin-save';
import { deactivateUser, resetPassword, type UserAccount } from './user-api';
import { MIN_PASSWORD_LENGTH } from './user-form';

/** Resets a user's password or deactivates them; both end the user's sessions, and both ask why. */
export function UserAccessForm({
  user,
  action,
  onDone,
  onCancel,
}: {
  user: UserAccount;
  action: 'password' | 'deactivate';
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [password, setPassword] = useState('');
  const { save, isBusy, error, setError } = useAdminSave();

  const onSave = async (reason: string) => {
    if (action === 'deactivate') {
      if (await save(() => deactivateUser(user.id, reason))) onDone();
      return;
    }
    const problem = firstFormProblem([['password', password.length >= MIN_PASSWORD_LENGTH, 'admin.problem.password']]);
    if (problem !== null) return setError(problem);
    if (await save(() => resetPassword(user.id, password, reason))) onDone();
  };

  const title =
    action === 'password'
      ? t('admin.users.passwordTitle', { name: user.username })
      : t('admin.users.deactivateTitle', { name: user.username });
  return (
    <AdminForm {...{ title, error, isBusy, onSave, onCancel }} fields={['password']} testId="user-access-form">
      {action === 'password' ? (
        <AdminField
          label={t('admin.users.newPassword')}
          field="password"
          error={error}
          hint={t('admin.users.passwordHint')}
        >
          <input
            type="password"
            name="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </AdminField>
      ) : (
        <p className="admin-muted">{t('admin.users.deactivateHint')}</p>
      )}
    </AdminForm>
  );
}
