import { useState } from 'react';
import { useT } from '../../i18n';
import { AdminLoadState } from './admin-load-state';
import { AdminTable } from './admin-table';
import { fetchAuditEvents } from './audit-api';
import { useAdminQuery } from './use-admin-query';
import { useDateTimeFormat } from './use-date-time-format';

const LIMITS = [50, 100, 200] as const;

/**
 * 审计日志: the newest changes and sign-ins, who made them and why; the before/after details
 * stay folded until asked for, so the table scans quickly.
 */
export function AuditPage() {
  const t = useT();
  const [limit, setLimit] = useState<number>(LIMITS[0]);
  const events = useAdminQuery(`audit-${limit}`, (signal) => fetchAuditEvents(limit, signal));
  const format = useDateTimeFormat();

  return (
    <div className="admin-stack">
      <div className="admin-toolbar">
        <label className="admin-inline">
          {t('admin.audit.limit')}
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {LIMITS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--small" onClick={events.reload} data-testid="audit-reload">
          {t('admin.reload')}
        </button>
      </div>
      <AdminLoadState query={events} />
      <AdminTable
        testId="audit-table"
        headers={[
          t('admin.audit.time'),
          t('admin.audit.actor'),
          t('admin.audit.action'),
          t('admin.audit.entity'),
          t('admin.reason'),
          t('admin.audit.details'),
        ]}
      >
        {(events.data ?? []).map((event) => (
          <tr key={event.id} data-testid="audit-row" data-action={event.action}>
            <td className="admin-table__nowrap">{format(event.createdAt)}</td>
            <td>{event.actorUsername ?? t('admin.audit.system')}</td>
            <td>
              <code>{event.action}</code>
            </td>
            <td className="admin-table__nowrap">
              {event.entityType}
              {event.entityId !== null && ` #${event.entityId}`}
            </td>
            <td className="admin-table__text" data-testid="audit-reason">
              {event.reason ?? '—'}
            </td>
            <td className="admin-table__text">
              <details>
                <summary>{t('admin.audit.show')}</summary>
                <pre className="admin-json">{JSON.stringify(event.details, null, 2)}</pre>
              </details>
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
