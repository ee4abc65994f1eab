import { useT } from '../../i18n';
import { TIME_LIMIT_UNITS, type TimeLimitUnit } from '../cases/case-enums';
import type { AdminError } from './admin-error';
import { AdminField } from './admin-field';

interface TimeLimitFieldsProps {
  /** The amount as typed, so a half-typed number stays as the user left it. */
  amount: string;
  unit: TimeLimitUnit;
  onAmount: (amount: string) => void;
  onUnit: (unit: TimeLimitUnit) => void;
  error: AdminError | null;
  /** The API's names of the two inputs; `amount` and `unit` unless the input calls them otherwise. */
  fields?: { amount: string; unit: string };
}

/** A 时限 as two inputs, amount and unit (工作日, 小时…), wherever a limit is set or tried out. */
export function TimeLimitFields({
  amount,
  unit,
  onAmount,
  onUnit,
  error,
  fields = { amount: 'amount', unit: 'unit' },
}: TimeLimitFieldsProps) {
  const t = useT();
  return (
    <>
      <AdminField label={t('admin.conditions.limitAmount')} field={fields.amount} error={error}>
        <input name={fields.amount} inputMode="decimal" value={amount} onChange={(e) => onAmount(e.target.value)} />
      </AdminField>
      <AdminField label={t('admin.conditions.limitUnit')} field={fields.unit} error={error}>
        <select name={fields.unit} value={unit} onChange={(e) => onUnit(e.target.value as TimeLimitUnit)}>
          {TIME_LIMIT_UNITS.map((value) => (
            <option key={value} value={value}>
              {t(`timeUnit.${value}`)}
            </option>
          ))}
        </select>
      </AdminField>
    </>
  );
}
