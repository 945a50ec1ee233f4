import { isWorkingDay, workingDaysBetween, type WorkingCalendar } from '../calendar';
import type { ReportCalendar } from './reportCalendar';

/**
 * The report's view of a council's working calendar (O(1) per question: the calendar is
 * precomputed). `reportCalendarOf(calendarForNation())`.
 */
export function reportCalendarOf(calendar: WorkingCalendar): ReportCalendar {
  return {
    workingDaysBetween: (from, to) => workingDaysBetween(calendar, from, to),
    isWorkingDay: (date) => isWorkingDay(calendar, date),
  };
}
