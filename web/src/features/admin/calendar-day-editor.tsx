import { useState } from 'react';
import { useT } from '../../i18n';
import { CALENDAR_DAY_KINDS, type CalendarDayKind } from './admin-enums';
import { AdminField } from './admin-field';
import { AdminForm } from './admin-form';
import { setCalendarDay } from './calendar-api';
import type { CalendarDay } from './calendar-types';
import { useAdminSave } from './use-admin-save';

/** Sets or clears one date (clearing lets its weekday decide again). */
export function CalendarDayEditor({
  date,
  current,
  onSaved,
}: {
  date: string;
  current: CalendarDay | undefined;
  onSaved: () => void;
}) {
  const t = useT();
  const [day, setDay] = useState(date);
  const [kind, setKind] = useState<CalendarDayKind | ''>(current?.kind ?? 'HOLIDAY');
  const [name, setName] = useState(current?.name ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const { save, isBusy, error } = useAdminSave();

  const onSave = async (reason: string) => {
    const change = () =>
      setCalendarDay(
        {
          date: day,
          kind: kind === '' ? null : kind,
          name: kind === '' ? null : name.trim(),
          note: note.trim() || null,
        },
        reason,
      );
    if (await save(change)) onSaved();
  };

  return (
    <AdminForm
      title={t('admin.calendar.dayTitle')}
      fields={['date', 'kind', 'name', 'note']}
      {...{ error, isBusy, onSave }}
      testId="calendar-day-editor"
    >
      <AdminField label={t('admin.calendar.date')} field="date" error={error}>
        <input type="date" name="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </AdminField>
      <AdminField label={t('admin.calendar.kind')} field="kind" error={error}>
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as CalendarDayKind | '')}>
          {CALENDAR_DAY_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`calendarDayKind.${value}`)}
            </option>
          ))}
          <option value="">{t('admin.calendar.clear')}</option>
        </select>
      </AdminField>
      <AdminField label={t('admin.calendar.festival')} field="name" error={error}>
        <input name="name" value={name} disabled={kind === ''} onChange={(e) => setName(e.target.value)} />
      </AdminField>
      <AdminField label={t('admin.calendar.note')} field="note" error={error}>
        <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </AdminField>
    </AdminForm>
  );
}
