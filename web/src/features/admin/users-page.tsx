import { useState } from 'react';
import { useT } from '../../i18n';
import { ROLES, type Role } from '../auth/session-types';
import { AdminLoadState } from './admin-load-state';
import { AdminTable } from './admin-table';
import { fetchDepartments } from './department-api';
import { useAdminQuery } from './use-admin-query';
import { UserAccessForm } from './user-access-form';
import { fetchUsers, type UserAccount } from './user-api';
import { UserEditor } from './user-editor';

type Editing = { what: 'edit'; user: UserAccount | null } | { what: 'password' | 'deactivate'; user: UserAccount };

/** 用户与权限: every account with its roles and scope; create, edit, reset a password, deactivate. */
export function UsersPage() {
  const t = useT();
  const [role, setRole] = useState<Role | ''>('');
  const [activeOnly, setActiveOnly] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const filter = { role: role === '' ? null : role, activeOnly };
  const users = useAdminQuery(`users-${role}-${activeOnly}`, (signal) => fetchUsers(filter, signal));
  const departments = useAdminQuery('departments', fetchDepartments);
  const done = () => {
    setEditing(null);
    users.reload();
  };

  return (
    <div className="admin-stack">
      <div className="admin-toolbar">
        <label className="admin-inline">
          {t('admin.users.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
            <option value="">{t('admin.all')}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`role.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="admin-check">
          <input type="checkbox" checked={activeOnly} onChange={(e) => setActiveOnly(e.target.checked)} />
          {t('admin.users.activeOnly')}
        </label>
        <button type="button" className="button button--small" onClick={() => setEditing({ what: 'edit', user: null })}>
          {t('admin.users.add')}
        </button>
      </div>
      <AdminLoadState query={users} />
      {editing?.what === 'edit' && (
        <UserEditor
          key={editing.user?.id ?? 'new'}
          user={editing.user}
          departments={departments.data ?? []}
          onSaved={done}
          onCancel={() => setEditing(null)}
        />
      )}
      {(editing?.what === 'password' || editing?.what === 'deactivate') && (
        <UserAccessForm
          key={`${editing.what}-${editing.user.id}`}
          user={editing.user}
          action={editing.what}
          onDone={done}
          onCancel={() => setEditing(null)}
        />
      )}
      <AdminTable
        testId="user-table"
        headers={[
          t('auth.username'),
          t('admin.users.displayName'),
          t('admin.users.roles'),
          t('admin.area'),
          t('admin.users.department'),
          t('admin.users.beat'),
          t('admin.active'),
          '',
        ]}
      >
        {(users.data ?? []).map((user) => (
          <tr key={user.id} className={user.isActive ? undefined : 'admin-inactive'} data-username={user.username}>
            <td>
              <code>{user.username}</code>
            </td>
            <td>{user.displayName}</td>
            <td>{user.roles.map((value) => t(`role.${value}`)).join('、')}</td>
            <td className="admin-table__nowrap">
              {user.area.name} <code>{user.area.code}</code>
            </td>
            <td>{user.department?.name ?? '—'}</td>
            <td>{user.beatCode ?? '—'}</td>
            <td>{user.isActive ? t('admin.yes') : t('admin.no')}</td>
            <td className="admin-table__nowrap">
              <button type="button" className="button button--small" onClick={() => setEditing({ what: 'edit', user })}>
                {t('admin.edit')}
              </button>{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => setEditing({ what: 'password', user })}
              >
                {t('admin.users.resetPassword')}
              </button>{' '}
              {user.isActive && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setEditing({ what: 'deactivate', user })}
                >
                  {t('admin.users.deactivate')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
