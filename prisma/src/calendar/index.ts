export {
  type RunningStepClock,
  type StepExtension,
  selectRunningStepCaseIds,
  selectRunningStepClocks,
} from './running-step-clocks.js';
export { type StepWindowUpdate, updateStepWindows } from './update-step-windows.js';
export {
  selectCalendarRevision,
  selectWorkCalendarRow,
  type WorkCalendarRow,
  workCalendarRowSql,
} from './work-calendar-row.js';
