import { useT } from '../../i18n';
import { AdminTable } from './admin-table';
import type { Component } from './component-types';

interface ComponentTableProps {
  components: readonly Component[];
  selectedId: number | null;
  onEdit: (component: Component) => void;
}

/** The inventory rows: code, class, name, district, owner, point, and 启用. */
export function ComponentTable({ components, selectedId, onEdit }: ComponentTableProps) {
  const t = useT();
  return (
    <AdminTable
      testId="component-table"
      headers={[
        t('admin.component.code'),
        t('admin.component.class'),
        t('admin.component.name'),
        t('admin.area'),
        t('admin.component.owner'),
        t('admin.component.point'),
        t('admin.active'),
        '',
      ]}
    >
      {components.length === 0 && (
        <tr>
          <td colSpan={8} className="admin-muted">
            {t('admin.component.none')}
          </td>
        </tr>
      )}
      {components.map((component) => (
        <tr
          key={component.id}
          data-testid="component-row"
          data-code={component.code}
          className={
            [component.isActive ? '' : 'admin-inactive', component.id === selectedId ? 'admin-row--selected' : '']
              .join(' ')
              .trim() || undefined
          }
        >
          <td>
            <code>{component.code}</code>
          </td>
          <td className="admin-table__nowrap">{component.category.name}</td>
          <td>{component.name ?? '—'}</td>
          <td className="admin-table__nowrap">{component.area.name}</td>
          <td className="admin-table__nowrap">{component.ownerDepartment?.name ?? '—'}</td>
          <td className="admin-table__nowrap">
            {component.lng.toFixed(5)}, {component.lat.toFixed(5)}
          </td>
          <td>{component.isActive ? t('admin.yes') : t('admin.no')}</td>
          <td>
            <button type="button" className="button button--small" onClick={() => onEdit(component)}>
              {t('admin.edit')}
            </button>
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
