import { useState } from 'react';
import { useT } from '../../i18n';
import type { TimeLimitUnit } from '../cases/case-enums';
import { AdminForm } from './admin-form';
import { firstFormProblem, isNumberText, parseNumberText } from './form-problem';
import { type StepTimeLimit, setStepTimeLimit } from './step-limit-api';
import { TimeLimitFields } from './time-limit-fields';
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
      <TimeLimitFields {...{ amount, unit, error }} onAmount={setAmount} onUnit={setUnit} />
    </AdminForm>
  );
}
