import { useState } from 'react';
import { useT } from '../../i18n';
import { DEPARTMENT_TYPES, type DepartmentType } from './admin-enums';
import { AdminLoadState } from './admin-load-state';
import { AdminTable } from './admin-table';
import { fetchDepartments } from './department-api';
import { DepartmentEditor } from './department-editor';
import { departmentsInTreeOrder } from './department-form';
import type { Department } from './department-types';
import { useAdminQuery } from './use-admin-query';

/** 部门: every department in tree order (sub-teams under their bureau), filterable by type. */
export function DepartmentsPage() {
  const t = useT();
  const departments = useAdminQuery('departments', fetchDepartments);
  const [type, setType] = useState<DepartmentType | ''>('');
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const all = departments.data ?? [];
  const rows = departmentsInTreeOrder(all).filter(({ department }) => type === '' || department.type === type);

  return (
    <div className="admin-stack">
      <div className="admin-toolbar">
        <label className="admin-inline">
          {t('admin.departments.type')}
          <select value={type} onChange={(e) => setType(e.target.value as DepartmentType | '')}>
            <option value="">{t('admin.all')}</option>
            {DEPARTMENT_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`departmentType.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--small" onClick={() => setEditing('new')}>
          {t('admin.departments.add')}
        </button>
      </div>
      <AdminLoadState query={departments} />
      {editing !== null && (
        <DepartmentEditor
          key={editing === 'new' ? 'new' : editing.id}
          department={editing === 'new' ? null : editing}
          departments={all}
          onSaved={() => {
            setEditing(null);
            departments.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <AdminTable
        testId="department-table"
        headers={[
          t('admin.departments.name'),
          t('admin.departments.code'),
          t('admin.departments.type'),
          t('admin.area'),
          t('admin.departments.contact'),
          t('admin.active'),
          '',
        ]}
      >
        {rows.map(({ department, depth }) => (
          <tr key={department.id} className={department.isActive ? undefined : 'admin-inactive'}>
            <td style={{ paddingInlineStart: `${0.5 + depth * 1.25}rem` }}>{department.name}</td>
            <td>
              <code>{department.code}</code>
            </td>
            <td>{t(`departmentType.${department.type}`)}</td>
            <td className="admin-table__nowrap">{department.area.name}</td>
            <td className="admin-table__nowrap">
              {[department.contactName, department.contactPhone].filter(Boolean).join(' ') || '—'}
            </td>
            <td>{department.isActive ? t('admin.yes') : t('admin.no')}</td>
            <td>
              <button type="button" className="button button--small" onClick={() => setEditing(department)}>
                {t('admin.edit')}
              </button>
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
