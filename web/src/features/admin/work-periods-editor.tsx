import { useState } from 'react';
import { useT } from '../../i18n';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import { setWorkCalendarSettings } from './calendar-api';
import type { WorkCalendar, WorkPeriod } from './calendar-types';
import { useAdminSave } from './use-admin-save';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** 作息时间: the daily work periods (08:00-12:00, 14:00-18:00 by default) and the weekend days. */
export function WorkPeriodsEditor({ calendar, onSaved }: { calendar: WorkCalendar; onSaved: () => void }) {
  const t = useT();
  const [periods, setPeriods] = useState<WorkPeriod[]>(calendar.workPeriods);
  const [weekend, setWeekend] = useState<number[]>(calendar.weekendDays);
  const { save, isBusy, error } = useAdminSave();
  const setPeriod = (index: number, patch: Partial<WorkPeriod>) =>
    setPeriods((list) => list.map((period, i) => (i === index ? { ...period, ...patch } : period)));
  const toggleWeekend = (day: number) =>
    setWeekend((days) => (days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort()));

  const onSave = async (reason: string) => {
    if (await save(() => setWorkCalendarSettings({ workPeriods: periods, weekendDays: weekend }, reason))) onSaved();
  };

  return (
    <AdminForm
      title={t('admin.calendar.periodsTitle', { zone: calendar.timeZone })}
      fields={['workPeriods', 'weekendDays']}
      {...{ error, isBusy, onSave }}
      testId="work-periods-editor"
    >
      <AdminField label={t('admin.calendar.periods')} field="workPeriods" error={error} wide group>
        {periods.map((period, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: periods are positions in the day
          <span key={index} className="admin-row">
            <input type="time" value={period.start} onChange={(e) => setPeriod(index, { start: e.target.value })} />
            –
            <input type="time" value={period.end} onChange={(e) => setPeriod(index, { end: e.target.value })} />
            <button
              type="button"
              className="button button--small"
              onClick={() => setPeriods((list) => list.filter((_, i) => i !== index))}
            >
              {t('admin.remove')}
            </button>
          </span>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => setPeriods((list) => [...list, { start: '', end: '' }])}
        >
          {t('admin.calendar.addPeriod')}
        </button>
      </AdminField>
      <AdminField label={t('admin.calendar.weekend')} field="weekendDays" error={error} wide group>
        <span className="admin-row">
          {WEEKDAYS.map((day) => (
            <label key={day} className="admin-check">
              <input type="checkbox" checked={weekend.includes(day)} onChange={() => toggleWeekend(day)} />
              {t(`weekday.${day}`)}
            </label>
          ))}
        </span>
      </AdminField>
    </AdminForm>
  );
}
