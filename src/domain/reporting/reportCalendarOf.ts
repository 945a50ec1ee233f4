import {
  isWorkingDay,
  isWorkingDayNumber,
  workingDaysBetween,
  workingDaysBetweenDayNumbers,
  type WorkingCalendar,
} from '../calendar';
import type { ReportCalendar } from './reportCalendar';

/**
 * The report's view of a council's working calendar (O(1) per question: the calendar is
 * precomputed), on dates and on day numbers. `reportCalendarOf(calendarForNation())`.
 */
export function reportCalendarOf(calendar: WorkingCalendar): ReportCalendar {
  return {
    workingDaysBetween: (from, to) => workingDaysBetween(calendar, from, to),
    isWorkingDay: (date) => isWorkingDay(calendar, date),
    days: {
      workingDaysBetween: (from, to) => workingDaysBetweenDayNumbers(calendar, from, to),
      isWorkingDay: (day) => isWorkingDayNumber(calendar, day),
    },
  };
}
