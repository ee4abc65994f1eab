import { useState } from 'react';
import { useT } from '../../i18n';
import { useDebouncedValue } from '../cases/use-debounced-value';
import { AdminLoadState } from './admin-load-state';
import { AdminTable } from './admin-table';
import { fetchCategoryTree } from './category-api';
import { categoryOptions } from './category-options';
import { fetchDepartments } from './department-api';
import { fetchRules, type ResponsibilityRule } from './rule-api';
import { RuleDelete } from './rule-delete';
import { RuleEditor } from './rule-editor';
import { useAdminQuery } from './use-admin-query';
import { useDateTimeFormat } from './use-date-time-format';

type Editing = { what: 'set'; rule: ResponsibilityRule | null } | { what: 'delete'; rule: ResponsibilityRule };

/** 责任矩阵: which department each class goes to in each area, filtered by class, area or department. */
export function RulesPage() {
  const t = useT();
  const [categoryId, setCategoryId] = useState('');
  const [areaPrefix, setAreaPrefix] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const filter = {
    categoryId: categoryId === '' ? null : Number(categoryId),
    areaCodePrefix: useDebouncedValue(areaPrefix),
    departmentId: departmentId === '' ? null : Number(departmentId),
  };
  const rules = useAdminQuery(`rules-${JSON.stringify(filter)}`, (signal) => fetchRules(filter, signal));
  const tree = useAdminQuery('categories', fetchCategoryTree);
  const departments = useAdminQuery('departments', fetchDepartments);
  const options = categoryOptions(tree.data ?? []);
  const format = useDateTimeFormat();
  const done = () => {
    setEditing(null);
    rules.reload();
  };

  return (
    <div className="admin-stack">
      <div className="admin-toolbar">
        <label className="admin-inline">
          {t('admin.rules.category')}
          <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{t('admin.all')}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {`${option.isMajor ? '' : '\u3000'}${t(`categoryKind.${option.kind}`)} ${option.code} ${option.name}`}
              </option>
            ))}
          </select>
        </label>
        <label className="admin-inline">
          {t('admin.areaCode')}
          <input value={areaPrefix} size={15} onChange={(e) => setAreaPrefix(e.target.value)} />
        </label>
        <label className="admin-inline">
          {t('admin.rules.department')}
          <select value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
            <option value="">{t('admin.all')}</option>
            {(departments.data ?? []).map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--small" onClick={() => setEditing({ what: 'set', rule: null })}>
          {t('admin.rules.add')}
        </button>
      </div>
      <AdminLoadState query={rules} />
      {editing?.what === 'set' && (
        <RuleEditor
          key={editing.rule?.id ?? 'new'}
          rule={editing.rule}
          categories={options}
          departments={departments.data ?? []}
          onSaved={done}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing?.what === 'delete' && (
        <RuleDelete key={editing.rule.id} rule={editing.rule} onDeleted={done} onCancel={() => setEditing(null)} />
      )}
      <AdminTable
        testId="rule-table"
        headers={[
          t('admin.areaCode'),
          t('admin.rules.category'),
          t('admin.rules.department'),
          t('admin.calendar.note'),
          t('admin.updatedAt'),
          '',
        ]}
      >
        {(rules.data ?? []).map((rule) => (
          <tr key={rule.id}>
            <td>
              <code>{rule.areaCode}</code>
            </td>
            <td>
              {t(`categoryKind.${rule.category.kind}`)} <code>{rule.category.code}</code> {rule.category.name}
            </td>
            <td>{rule.department.name}</td>
            <td className="admin-table__text">{rule.note ?? ''}</td>
            <td className="admin-table__nowrap">{format(rule.updatedAt)}</td>
            <td className="admin-table__nowrap">
              <button type="button" className="button button--small" onClick={() => setEditing({ what: 'set', rule })}>
                {t('admin.edit')}
              </button>{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => setEditing({ what: 'delete', rule })}
              >
                {t('admin.remove')}
              </button>
            </td>
          </tr>
        ))}
      </AdminTable>
      {rules.data?.length === 500 && <p className="admin-muted">{t('admin.rules.truncated')}</p>}
    </div>
  );
}
