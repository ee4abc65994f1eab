import { useT } from '../../i18n';
import { AdminTable } from './admin-table';
import type { FilingCondition } from './category-types';

interface FilingConditionTableProps {
  conditions: readonly FilingCondition[];
  editingId: number | null;
  onEdit: (condition: FilingCondition) => void;
}

/** A minor class's 立案条件 with everything that decides a case's clock and routing. */
export function FilingConditionTable({ conditions, editingId, onEdit }: FilingConditionTableProps) {
  const t = useT();
  if (conditions.length === 0) return <p className="admin-muted">{t('admin.conditions.none')}</p>;
  return (
    <AdminTable
      testId="condition-table"
      headers={[
        '',
        t('admin.conditions.code'),
        t('admin.conditions.description'),
        t('admin.conditions.timeLimit'),
        t('admin.conditions.closingCondition'),
        t('admin.conditions.departmentType'),
        t('admin.conditions.photo'),
        t('admin.conditions.duplicates'),
      ]}
    >
      {conditions.map((condition) => (
        <tr
          key={condition.id}
          className={condition.isActive ? undefined : 'admin-inactive'}
          aria-selected={condition.id === editingId}
          data-testid="condition-row"
          data-code={condition.code}
        >
          <td>
            <button type="button" className="button button--small" onClick={() => onEdit(condition)}>
              {t('admin.edit')}
            </button>
          </td>
          <td>
            <code>{condition.code}</code>
          </td>
          <td className="admin-table__text">{condition.description}</td>
          <td className="admin-table__nowrap" data-testid="condition-limit">
            {t('cases.amountUnit', {
              amount: condition.timeLimitAmount,
              unit: t(`timeUnit.${condition.timeLimitUnit}`),
            })}
          </td>
          <td className="admin-table__text">{condition.closingCondition}</td>
          <td>{condition.departmentType ? t(`departmentType.${condition.departmentType}`) : '—'}</td>
          <td>{condition.requiresPhoto ? t('admin.yes') : t('admin.no')}</td>
          <td>
            {t('admin.conditions.duplicateWithin', {
              metres: condition.duplicateRadiusM,
              hours: condition.duplicateWindowHours,
            })}
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
