import { useI18n } from '../../i18n';
import { caseHref } from '../cases/case-link';
import { useFormatDateTime } from '../cases/use-format-date-time';
import type { OverdueCase } from './dashboard-types';

interface OverdueListProps {
  count: number;
  cases: readonly OverdueCase[];
}

/** 超期未办: open cases past their step deadline now, oldest deadline first, each opening in 工作台. */
export function OverdueList({ count, cases }: OverdueListProps) {
  const { t } = useI18n();
  const formatDateTime = useFormatDateTime();
  return (
    <section className="dashboard-panel overdue" aria-labelledby="dashboard-overdue-heading" data-testid="overdue-list">
      <div className="dashboard-panel__head">
        <h2 id="dashboard-overdue-heading" className="dashboard-panel__title">
          {t('dashboard.overdue.title', { count: String(count) })}
        </h2>
      </div>
      {cases.length === 0 ? (
        <p className="dashboard-muted">{t('dashboard.overdue.none')}</p>
      ) : (
        <div className="ranking__scroll">
          <table className="ranking__table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.overdue.code')}</th>
                <th scope="col">{t('dashboard.overdue.category')}</th>
                <th scope="col">{t('dashboard.overdue.department')}</th>
                <th scope="col">{t('dashboard.overdue.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((entry) => (
                <tr key={entry.id} data-testid="overdue-row" data-code={entry.code}>
                  <th scope="row">
                    <a href={caseHref(entry.id)} className="overdue__code">
                      {entry.code}
                    </a>
                  </th>
                  <td>{entry.categoryName}</td>
                  <td>{entry.departmentName ?? '—'}</td>
                  <td className="ranking__number">{formatDateTime(entry.stepDeadlineAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {count > cases.length && (
            <p className="dashboard-muted">{t('dashboard.overdue.more', { shown: String(cases.length) })}</p>
          )}
        </div>
      )}
    </section>
  );
}
