import type { AdminError } from './admin-error';
import type { CalendarDay } from './calendar-types';
import { formProblem } from './form-problem';
import { groupCalendarDays } from './group-calendar-days';

/** One festival's days off, as a row of the import form. */
export interface HolidayRow {
  name: string;
  from: string;
  to: string;
}

/** One make-up working day (调休上班), as a row of the import form. */
export interface MakeUpRow {
  name: string;
  date: string;
}

export interface ArrangementForm {
  year: number;
  holidays: HolidayRow[];
  makeUpWorkdays: MakeUpRow[];
}

/** The `importHolidayArrangement` variables (row i of the form is `holidays[i]` in the API). */
export interface ArrangementInput {
  year: number;
  holidays: { name: string; from: string; to: string }[];
  makeUpWorkdays: { name: string; date: string }[];
}

/**
 * The form for a year, prefilled from what the calendar holds, so correcting one date of a
 * published notice does not mean typing the other thirty again.
 */
export function arrangementFormFromDays(year: number, days: readonly CalendarDay[]): ArrangementForm {
  const runs = groupCalendarDays(days.filter((day) => day.year === year));
  return {
    year,
    holidays: runs.filter((run) => run.kind === 'HOLIDAY').map(({ name, from, to }) => ({ name, from, to })),
    makeUpWorkdays: runs
      .filter((run) => run.kind === 'MAKE_UP_WORKDAY')
      .flatMap((run) => run.dates.map((date) => ({ name: run.name, date }))),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The first incomplete row, named the way the API names it (`holidays[1].from`), so the same
 * field display marks it. Whether the dates are right for the year is the API's to say.
 */
export function arrangementFormProblem(form: ArrangementForm): AdminError | null {
  for (const [index, row] of form.holidays.entries()) {
    if (row.name.trim() === '') return formProblem(`holidays[${index}].name`, 'admin.problem.required');
    if (!DATE.test(row.from)) return formProblem(`holidays[${index}].from`, 'admin.problem.date');
    if (!DATE.test(row.to)) return formProblem(`holidays[${index}].to`, 'admin.problem.date');
  }
  for (const [index, row] of form.makeUpWorkdays.entries()) {
    if (row.name.trim() === '') return formProblem(`makeUpWorkdays[${index}].name`, 'admin.problem.required');
    if (!DATE.test(row.date)) return formProblem(`makeUpWorkdays[${index}].date`, 'admin.problem.date');
  }
  return null;
}

/** The mutation variables: names trimmed, rows kept in order so indices match the form's. */
export function toArrangementInput(form: ArrangementForm): ArrangementInput {
  return {
    year: form.year,
    holidays: form.holidays.map((row) => ({ name: row.name.trim(), from: row.from, to: row.to })),
    makeUpWorkdays: form.makeUpWorkdays.map((row) => ({ name: row.name.trim(), date: row.date })),
  };
}
