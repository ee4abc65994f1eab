import { useState } from 'react';
import { useT } from '../../i18n';
import type { CaseStep } from '../cases/case-enums';
import { AdminLoadState } from './admin-load-state';
import { AdminTable } from './admin-table';
import { fetchStepTimeLimits } from './step-limit-api';
import { StepLimitEditor } from './step-limit-editor';
import { useAdminQuery } from './use-admin-query';
import { useDateTimeFormat } from './use-date-time-format';

/** 步骤时限: the limit of every step but 处置 (whose limit is the filing condition's). */
export function StepLimitsPage() {
  const t = useT();
  const limits = useAdminQuery('step-limits', fetchStepTimeLimits);
  const [editing, setEditing] = useState<CaseStep | null>(null);
  const formatTime = useDateTimeFormat();
  const current = limits.data?.find((limit) => limit.step === editing);

  return (
    <div className="admin-stack">
      <p className="admin-muted">{t('admin.stepLimits.hint')}</p>
      <AdminLoadState query={limits} />
      {current && (
        <StepLimitEditor
          key={current.step}
          limit={current}
          onSaved={() => {
            setEditing(null);
            limits.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <AdminTable
        testId="step-limit-table"
        headers={[t('admin.stepLimits.step'), t('admin.conditions.timeLimit'), t('admin.updatedAt'), '']}
      >
        {(limits.data ?? []).map((limit) => (
          <tr key={limit.step} data-step={limit.step} aria-selected={limit.step === editing}>
            <td>{t(`caseStep.${limit.step}`)}</td>
            <td>{t('cases.amountUnit', { amount: limit.amount, unit: t(`timeUnit.${limit.unit}`) })}</td>
            <td>{formatTime(limit.updatedAt)}</td>
            <td>
              <button type="button" className="button button--small" onClick={() => setEditing(limit.step)}>
                {t('admin.edit')}
              </button>
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
