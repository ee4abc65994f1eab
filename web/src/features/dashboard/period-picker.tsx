import { useT } from '../../i18n';
import { PERIOD_PRESETS, type Period, type PeriodPreset, periodProblem } from './dashboard-period';

interface PeriodPickerProps {
  preset: PeriodPreset;
  period: Period;
  onPresetChange: (preset: PeriodPreset) => void;
  /** Custom dates as typed; the page asks the API only for a period it would accept. */
  onCustomChange: (period: Period) => void;
}

/** 统计周期: a preset (this month by default) or custom dates from–to, both included. */
export function PeriodPicker({ preset, period, onPresetChange, onCustomChange }: PeriodPickerProps) {
  const t = useT();
  const problem = preset === 'custom' ? periodProblem(period) : null;
  return (
    <fieldset className="dashboard-period">
      <legend className="visually-hidden">{t('dashboard.period.label')}</legend>
      <label className="dashboard-field">
        <span>{t('dashboard.period.label')}</span>
        <select
          value={preset}
          data-testid="period-preset"
          onChange={(event) => onPresetChange(event.target.value as PeriodPreset)}
        >
          {PERIOD_PRESETS.map((entry) => (
            <option key={entry} value={entry}>
              {t(`dashboard.period.${entry}`)}
            </option>
          ))}
        </select>
      </label>
      {preset === 'custom' && (
        <>
          <label className="dashboard-field">
            <span>{t('dashboard.period.from')}</span>
            <input
              type="date"
              name="from"
              value={period.from}
              aria-invalid={problem !== null}
              onChange={(event) => onCustomChange({ ...period, from: event.target.value })}
            />
          </label>
          <label className="dashboard-field">
            <span>{t('dashboard.period.to')}</span>
            <input
              type="date"
              name="to"
              value={period.to}
              aria-invalid={problem !== null}
              onChange={(event) => onCustomChange({ ...period, to: event.target.value })}
            />
          </label>
        </>
      )}
      {problem !== null && (
        <p className="dashboard-period__problem" role="alert">
          {t(`dashboard.period.problem.${problem}`)}
        </p>
      )}
    </fieldset>
  );
}
