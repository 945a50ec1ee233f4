import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';

let pending: Promise<WorkingCalendar> | undefined;

/**
 * The pane's working calendar (England and Wales, shipped bank holidays with the
 * `date-holidays` rules beyond them). Loaded with `import()` because the rules package is
 * large and the first view does not need it; started early so it is there by the time the
 * case lookup answers.
 */
export function loadWorkingCalendar(): Promise<WorkingCalendar> {
  pending ??= import(
    /* webpackChunkName: "calendar" */ '../../domain/calendar/nationalCalendar'
  ).then((m) => m.calendarForNation());
  return pending;
}
