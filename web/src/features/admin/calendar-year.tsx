import { useT } from '../../i18n';
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
    <div className="admin-table-wrap">
      <table className="admin-table" data-testid="calendar-year">
        <thead>
          <tr>
            <th>{t('admin.calendar.festival')}</th>
            <th>{t('admin.calendar.kind')}</th>
            <th>{t('admin.calendar.dates')}</th>
            <th>{t('admin.calendar.count')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
