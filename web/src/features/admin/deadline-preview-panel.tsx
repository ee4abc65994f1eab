import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n';
import type { TimeLimitUnit } from '../cases/case-enums';
import { AdminErrorText } from './admin-error-text';
import { AdminField } from './admin-field';
import { previewDeadline } from './calendar-api';
import type { DeadlinePreview } from './calendar-types';
import { firstFormProblem, isNumberText, parseNumberText } from './form-problem';
import { TimeLimitFields } from './time-limit-fields';
import { useAdminSave } from './use-admin-save';
import { useDateTimeFormat } from './use-date-time-format';
import { zonedWallTimeToIso } from './zoned-wall-time';

/**
 * 时限试算: where a limit starting at a local time ends under the calendar as it is now, with
 * the working time it spans and the days off it crosses. The check a city runs before go-live
 * and after importing a year's notice. Read-only: no reason asked.
 */
export function DeadlinePreviewPanel({ timeZone }: { timeZone: string }) {
  const t = useT();
  const [from, setFrom] = useState('');
  const [amount, setAmount] = useState('2');
  const [unit, setUnit] = useState<TimeLimitUnit>('WORK_DAYS');
  const [result, setResult] = useState<DeadlinePreview | null>(null);
  const { save: run, isBusy, error, setError } = useAdminSave();
  const format = useDateTimeFormat(timeZone);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = zonedWallTimeToIso(from, timeZone);
    const problem = firstFormProblem([
      ['from', iso !== null, 'admin.problem.dateTime'],
      ['amount', isNumberText(amount), 'admin.problem.number'],
    ]);
    if (problem !== null || iso === null) return setError(problem);
    setResult(null);
    await run(async () => setResult(await previewDeadline(iso, parseNumberText(amount), unit)));
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate data-testid="deadline-preview">
      <h3 className="admin-form__title">{t('admin.calendar.previewTitle')}</h3>
      <div className="admin-form__fields">
        <AdminField label={t('admin.calendar.previewFrom', { zone: timeZone })} field="from" error={error}>
          <input type="datetime-local" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </AdminField>
        <TimeLimitFields {...{ amount, unit, error }} onAmount={setAmount} onUnit={setUnit} />
      </div>
      {error !== null && error.field === undefined && <AdminErrorText error={error} />}
      <div className="admin-form__buttons">
        <button type="submit" className="button button--primary" disabled={isBusy} data-testid="preview-run">
          {t('admin.calendar.previewRun')}
        </button>
      </div>
      {result && (
        <dl className="admin-facts" data-testid="deadline-result" data-deadline-at={result.deadlineAt}>
          <dt>{t('admin.calendar.deadlineAt')}</dt>
          <dd data-testid="deadline-at">{format(result.deadlineAt)}</dd>
          <dt>{t('admin.calendar.warnAt')}</dt>
          <dd>{format(result.warnAt)}</dd>
          <dt>{t('admin.calendar.workTime')}</dt>
          <dd data-testid="deadline-work-minutes" data-minutes={result.workMinutes}>
            {t('admin.calendar.minutes', { hours: result.workMinutes / 60, minutes: result.workMinutes })}
          </dd>
          <dt>{t('admin.calendar.calendarDays')}</dt>
          <dd>{result.calendarDays}</dd>
          <dt>{t('admin.calendar.daysOff')}</dt>
          <dd>
            {result.daysOff.length === 0
              ? t('admin.none')
              : result.daysOff.map((day) => `${day.date.slice(5)} ${day.name ?? t(`dayOff.${day.reason}`)}`).join('、')}
          </dd>
        </dl>
      )}
    </form>
  );
}
