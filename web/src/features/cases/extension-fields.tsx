import { useT } from '../../i18n';
import { TIME_LIMIT_UNITS, type TimeLimitUnit } from './case-enums';

interface ExtensionFieldsProps {
  amount: string;
  unit: TimeLimitUnit;
  onChange: (patch: { extensionAmount?: string; extensionUnit?: TimeLimitUnit }) => void;
}

/** The extra time a department asks for (延期): an amount and its unit. */
export function ExtensionFields({ amount, unit, onChange }: ExtensionFieldsProps) {
  const t = useT();
  return (
    <fieldset className="action-dialog__field action-dialog__extension">
      <legend>{t('cases.dialog.extension')}</legend>
      <label>
        <span className="visually-hidden">{t('cases.dialog.amount')}</span>
        <input
          name="extensionAmount"
          type="number"
          inputMode="decimal"
          min="0.5"
          max="1000"
          step="0.5"
          value={amount}
          onChange={(event) => onChange({ extensionAmount: event.target.value })}
        />
      </label>
      <label>
        <span className="visually-hidden">{t('cases.dialog.unit')}</span>
        <select
          name="extensionUnit"
          value={unit}
          onChange={(event) => onChange({ extensionUnit: event.target.value as TimeLimitUnit })}
        >
          {TIME_LIMIT_UNITS.map((option) => (
            <option key={option} value={option}>
              {t(`timeUnit.${option}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
