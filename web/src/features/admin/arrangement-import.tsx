import { useState } from 'react';
import { useT } from '../../i18n';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import { importHolidayArrangement } from './calendar-api';
import type { CalendarDay } from './calendar-types';
import {
  type ArrangementForm,
  arrangementFormFromDays,
  arrangementFormProblem,
  toArrangementInput,
} from './holiday-arrangement-form';
import { useAdminSave } from './use-admin-save';

/**
 * 导入年度安排: a year's State Council notice as festival ranges and make-up working days,
 * prefilled with what the year holds. Saving replaces the whole year at once.
 */
export function ArrangementImport({
  year,
  days,
  onSaved,
  onCancel,
}: {
  year: number;
  days: readonly CalendarDay[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [form, setForm] = useState<ArrangementForm>(() => arrangementFormFromDays(year, days));
  const { save, isBusy, error, setError } = useAdminSave();
  const setHoliday = (index: number, patch: Partial<ArrangementForm['holidays'][number]>) =>
    setForm((f) => ({ ...f, holidays: f.holidays.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const setMakeUp = (index: number, patch: Partial<ArrangementForm['makeUpWorkdays'][number]>) =>
    setForm((f) => ({
      ...f,
      makeUpWorkdays: f.makeUpWorkdays.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));

  const onSave = async (reason: string) => {
    const problem = arrangementFormProblem(form);
    if (problem !== null) return setError(problem);
    if (await save(() => importHolidayArrangement(toArrangementInput(form), reason))) onSaved();
  };

  return (
    <AdminForm
      title={t('admin.calendar.importTitle', { year })}
      fields={rowFields(form)}
      {...{ error, isBusy, onSave, onCancel }}
      testId="arrangement-import"
    >
      <h4 className="admin-subheading">{t('calendarDayKind.HOLIDAY')}</h4>
      {form.holidays.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; the API names them by index too
        <div key={index} className="admin-row">
          <AdminField label={t('admin.calendar.festival')} field={`holidays[${index}].name`} error={error}>
            <input value={row.name} onChange={(e) => setHoliday(index, { name: e.target.value })} />
          </AdminField>
          <AdminField label={t('admin.calendar.from')} field={`holidays[${index}].from`} error={error}>
            <input type="date" value={row.from} onChange={(e) => setHoliday(index, { from: e.target.value })} />
          </AdminField>
          <AdminField label={t('admin.calendar.to')} field={`holidays[${index}].to`} error={error}>
            <input type="date" value={row.to} onChange={(e) => setHoliday(index, { to: e.target.value })} />
          </AdminField>
          <button
            type="button"
            className="button button--small"
            onClick={() => setForm((f) => ({ ...f, holidays: f.holidays.filter((_, i) => i !== index) }))}
          >
            {t('admin.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => setForm((f) => ({ ...f, holidays: [...f.holidays, { name: '', from: '', to: '' }] }))}
      >
        {t('admin.calendar.addHoliday')}
      </button>
      <h4 className="admin-subheading">{t('calendarDayKind.MAKE_UP_WORKDAY')}</h4>
      {form.makeUpWorkdays.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; the API names them by index too
        <div key={index} className="admin-row">
          <AdminField label={t('admin.calendar.festival')} field={`makeUpWorkdays[${index}].name`} error={error}>
            <input value={row.name} onChange={(e) => setMakeUp(index, { name: e.target.value })} />
          </AdminField>
          <AdminField label={t('admin.calendar.date')} field={`makeUpWorkdays[${index}].date`} error={error}>
            <input type="date" value={row.date} onChange={(e) => setMakeUp(index, { date: e.target.value })} />
          </AdminField>
          <button
            type="button"
            className="button button--small"
            onClick={() => setForm((f) => ({ ...f, makeUpWorkdays: f.makeUpWorkdays.filter((_, i) => i !== index) }))}
          >
            {t('admin.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => setForm((f) => ({ ...f, makeUpWorkdays: [...f.makeUpWorkdays, { name: '', date: '' }] }))}
      >
        {t('admin.calendar.addMakeUp')}
      </button>
    </AdminForm>
  );
}

/** The exact fields shown, so an error on a whole row (`holidays[2]`) falls to the foot of the form. */
function rowFields(form: ArrangementForm): string[] {
  return [
    ...form.holidays.flatMap((_, i) => [`holidays[${i}].name`, `holidays[${i}].from`, `holidays[${i}].to`]),
    ...form.makeUpWorkdays.flatMap((_, i) => [`makeUpWorkdays[${i}].name`, `makeUpWorkdays[${i}].date`]),
  ];
}
