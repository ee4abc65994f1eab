import { useT } from '../../i18n';
import { AdminTable } from './admin-table';
import type { CalendarDay } from './calendar-types';
import { groupCalendarDays } from './group-calendar-days';
import './calendar-year.css';

/**
 * A year as its notice reads: festival by festival, the days off as a range and the make-up
 * working days one by one. Clicking a date puts it in the single-day form.
 */
export function CalendarYear({
  days,
  onPickDate,
}: {
  days: readonly CalendarDay[];
  onPickDate: (date: string) => void;
}) {
  const t = useT();
  const runs = groupCalendarDays(days);
  if (runs.length === 0) return <p className="admin-muted">{t('admin.calendar.noDays')}</p>;
  return (
    <AdminTable
      testId="calendar-year"
      headers={[
        t('admin.calendar.festival'),
        t('admin.calendar.kind'),
        t('admin.calendar.dates'),
        t('admin.calendar.count'),
      ]}
    >
      {runs.map((run) => (
        <tr key={run.from} data-kind={run.kind} data-from={run.from} data-to={run.to}>
          <td>{run.name}</td>
          <td>
            <span className={`calendar-kind calendar-kind--${run.kind}`}>{t(`calendarDayKind.${run.kind}`)}</span>
          </td>
          <td>
            {run.dates.map((date) => (
              <button key={date} type="button" className="calendar-date" onClick={() => onPickDate(date)}>
                {date.slice(5)}
              </button>
            ))}
          </td>
          <td>{run.dates.length}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
