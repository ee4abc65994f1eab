import { useState } from 'react';
import { useT } from '../../i18n';
import { TIME_LIMIT_UNITS, type TimeLimitUnit } from '../cases/case-enums';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import { firstFormProblem, isNumberText, parseNumberText } from './form-problem';
import { type StepTimeLimit, setStepTimeLimit } from './step-limit-api';
import { useAdminSave } from './use-admin-save';

/** Edits one step's limit (amount and unit). */
export function StepLimitEditor({
  limit,
  onSaved,
  onCancel,
}: {
  limit: StepTimeLimit;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [amount, setAmount] = useState(String(limit.amount));
  const [unit, setUnit] = useState<TimeLimitUnit>(limit.unit);
  const { save, isBusy, error, setError } = useAdminSave();

  const onSave = async (reason: string) => {
    const problem = firstFormProblem([['amount', isNumberText(amount), 'admin.problem.number']]);
    if (problem !== null) return setError(problem);
    const change = () => setStepTimeLimit({ step: limit.step, amount: parseNumberText(amount), unit }, reason);
    if (await save(change)) onSaved();
  };

  return (
    <AdminForm
      title={t('admin.stepLimits.editTitle', { step: t(`caseStep.${limit.step}`) })}
      fields={['amount', 'unit']}
      {...{ error, isBusy, onSave, onCancel }}
      testId="step-limit-editor"
    >
      <AdminField label={t('admin.conditions.limitAmount')} field="amount" error={error}>
        <input name="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </AdminField>
      <AdminField label={t('admin.conditions.limitUnit')} field="unit" error={error}>
        <select name="unit" value={unit} onChange={(e) => setUnit(e.target.value as TimeLimitUnit)}>
          {TIME_LIMIT_UNITS.map((value) => (
            <option key={value} value={value}>
              {t(`timeUnit.${value}`)}
            </option>
          ))}
        </select>
      </AdminField>
    </AdminForm>
  );
}
