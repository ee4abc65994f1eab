import { useState } from 'react';
import { useT } from '../../i18n';
import { AdminForm } from './admin-form';
import { type ArrangementColumn, ArrangementRows } from './arrangement-rows';
import { importHolidayArrangement } from './calendar-api';
import type { CalendarDay } from './calendar-types';
import {
  type ArrangementForm,
  arrangementFormFromDays,
  arrangementFormProblem,
  type HolidayRow,
  type MakeUpRow,
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
  const holidayColumns: ArrangementColumn<HolidayRow>[] = [
    { key: 'name', label: t('admin.calendar.festival') },
    { key: 'from', label: t('admin.calendar.from'), type: 'date' },
    { key: 'to', label: t('admin.calendar.to'), type: 'date' },
  ];
  const makeUpColumns: ArrangementColumn<MakeUpRow>[] = [
    { key: 'name', label: t('admin.calendar.festival') },
    { key: 'date', label: t('admin.calendar.date'), type: 'date' },
  ];

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
      <ArrangementRows
        heading={t('calendarDayKind.HOLIDAY')}
        list="holidays"
        rows={form.holidays}
        columns={holidayColumns}
        blank={{ name: '', from: '', to: '' }}
        addLabel={t('admin.calendar.addHoliday')}
        onChange={(update) => setForm((f) => ({ ...f, holidays: update(f.holidays) }))}
        error={error}
      />
      <ArrangementRows
        heading={t('calendarDayKind.MAKE_UP_WORKDAY')}
        list="makeUpWorkdays"
        rows={form.makeUpWorkdays}
        columns={makeUpColumns}
        blank={{ name: '', date: '' }}
        addLabel={t('admin.calendar.addMakeUp')}
        onChange={(update) => setForm((f) => ({ ...f, makeUpWorkdays: update(f.makeUpWorkdays) }))}
        error={error}
      />
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
