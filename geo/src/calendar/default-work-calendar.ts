import { createWorkCalendar } from './create-work-calendar.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * Asia/Shanghai, 08:00-12:00 and 14:00-18:00, Monday to Friday, with no holidays. Fine for
 * tests and demos; a deployment uses {@link createWorkCalendar} with its admin-maintained
 * holidays and make-up workdays, or every Spring Festival day would count as working time.
 *
 * @example
 * isWorkingDay(defaultWorkCalendar, '2025-03-10'); // true (a Monday)
 */
export const defaultWorkCalendar: WorkCalendar = createWorkCalendar();
