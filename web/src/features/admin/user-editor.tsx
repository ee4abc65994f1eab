import { useT } from '../../i18n';
import { ROLES, type Role } from '../auth/session-types';
import { AdminActiveField } from './admin-active-field';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import type { Department } from './department-types';
import { useAdminEditForm } from './use-admin-edit-form';
import { saveUser, type UserAccount } from './user-api';
import { initialUserForm, toUserInput, type UserForm, userFormProblem } from './user-form';

const FIELDS = ['username', 'displayName', 'password', 'roles', 'areaCode', 'departmentId', 'beatCode', 'isActive'];

/** Creates a user or edits their name, roles and scope (area; department for handlers; beat for officers). */
export function UserEditor({
  user,
  departments,
  onSaved,
  onCancel,
}: {
  user: UserAccount | null;
  departments: readonly Department[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { form, set, save, isBusy, error, setError } = useAdminEditForm<UserForm>(() => initialUserForm(user));
  const toggleRole = (role: Role) =>
    set({ roles: form.roles.includes(role) ? form.roles.filter((r) => r !== role) : [...form.roles, role] });

  const onSave = async (reason: string) => {
    const problem = userFormProblem(form, user === null);
    if (problem !== null) return setError(problem);
    if (await save(() => saveUser(toUserInput(form, user?.id ?? null), reason))) onSaved();
  };

  const title = user ? t('admin.users.editTitle', { name: user.username }) : t('admin.users.add');
  return (
    <AdminForm {...{ title, error, isBusy, onSave, onCancel }} fields={FIELDS} testId="user-editor">
      <AdminField label={t('auth.username')} field="username" error={error}>
        <input
          name="username"
          value={form.username}
          disabled={user !== null}
          onChange={(e) => set({ username: e.target.value })}
        />
      </AdminField>
      <AdminField label={t('admin.users.displayName')} field="displayName" error={error}>
        <input name="displayName" value={form.displayName} onChange={(e) => set({ displayName: e.target.value })} />
      </AdminField>
      {user === null && (
        <AdminField label={t('auth.password')} field="password" error={error} hint={t('admin.users.passwordHint')}>
          <input
            type="password"
            name="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => set({ password: e.target.value })}
          />
        </AdminField>
      )}
      <AdminField label={t('admin.users.roles')} field="roles" error={error} wide group>
        <span className="admin-row">
          {ROLES.map((role) => (
            <label key={role} className="admin-check">
              <input type="checkbox" checked={form.roles.includes(role)} onChange={() => toggleRole(role)} />
              {t(`role.${role}`)}
            </label>
          ))}
        </span>
      </AdminField>
      <AdminField label={t('admin.areaCode')} field="areaCode" error={error} hint={t('admin.users.areaHint')}>
        <input name="areaCode" value={form.areaCode} onChange={(e) => set({ areaCode: e.target.value })} />
      </AdminField>
      {form.roles.includes('HANDLER') && (
        <AdminField label={t('admin.users.department')} field="departmentId" error={error}>
          <select name="departmentId" value={form.departmentId} onChange={(e) => set({ departmentId: e.target.value })}>
            <option value="">{t('admin.choose')}</option>
            {departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </AdminField>
      )}
      {form.roles.includes('OFFICER') && (
        <AdminField label={t('admin.users.beat')} field="beatCode" error={error}>
          <input name="beatCode" value={form.beatCode} onChange={(e) => set({ beatCode: e.target.value })} />
        </AdminField>
      )}
      {user !== null && (
        <AdminActiveField checked={form.isActive} onChange={(isActive) => set({ isActive })} error={error} />
      )}
    </AdminForm>
  );
}
