import { useState } from 'react';
import { useT } from '../../i18n';
import { AdminLoadState } from './admin-load-state';
import { ArrangementImport } from './arrangement-import';
import { fetchCalendarDays, fetchWorkCalendar } from './calendar-api';
import { CalendarDayEditor } from './calendar-day-editor';
import { CalendarYear } from './calendar-year';
import { DeadlinePreviewPanel } from './deadline-preview-panel';
import { useAdminQuery } from './use-admin-query';
import { WorkPeriodsEditor } from './work-periods-editor';

/**
 * 工作日历: one year's holidays and make-up working days, the import of its notice, single-day
 * edits, the work periods, and the deadline preview to check the result.
 */
export function CalendarPage() {
  const t = useT();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [pickedDate, setPickedDate] = useState<string | null>(null);
  const [isImporting, setImporting] = useState(false);
  const days = useAdminQuery(`calendar-${year}`, (signal) => fetchCalendarDays(year, signal));
  const calendar = useAdminQuery('work-calendar', fetchWorkCalendar);
  const onDaysSaved = () => {
    setImporting(false);
    setPickedDate(null);
    days.reload();
  };

  return (
    <div className="admin-split admin-split--even">
      <section className="admin-split__side admin-stack">
        <div className="admin-toolbar">
          <button type="button" className="button button--small" onClick={() => setYear(year - 1)}>
            ‹
          </button>
          <h3 className="admin-heading" data-testid="calendar-year-label">
            {t('admin.calendar.year', { year })}
          </h3>
          <button type="button" className="button button--small" onClick={() => setYear(year + 1)}>
            ›
          </button>
          <button type="button" className="button button--small" onClick={() => setImporting(true)}>
            {t('admin.calendar.import')}
          </button>
          <button type="button" className="button button--small" onClick={() => setPickedDate(`${year}-01-01`)}>
            {t('admin.calendar.setDay')}
          </button>
        </div>
        <AdminLoadState query={days} />
        {isImporting && days.data && (
          <ArrangementImport
            key={year}
            year={year}
            days={days.data}
            onSaved={onDaysSaved}
            onCancel={() => setImporting(false)}
          />
        )}
        {pickedDate !== null && (
          <CalendarDayEditor
            key={pickedDate}
            date={pickedDate}
            current={days.data?.find((day) => day.date === pickedDate)}
            onSaved={onDaysSaved}
          />
        )}
        <CalendarYear days={days.data ?? []} onPickDate={setPickedDate} />
      </section>
      <section className="admin-split__main admin-stack">
        <AdminLoadState query={calendar} />
        {calendar.data && (
          <>
            <DeadlinePreviewPanel timeZone={calendar.data.timeZone} />
            <WorkPeriodsEditor key={JSON.stringify(calendar.data)} calendar={calendar.data} onSaved={calendar.reload} />
          </>
        )}
      </section>
    </div>
  );
}
