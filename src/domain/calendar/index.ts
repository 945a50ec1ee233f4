export * from './dayNumber';
export * from './calendarMonths';
export * from './nation';
export * from './bankHolidayFeed';
export * from './workingCalendar';
export * from './workingDays';
export * from './feedCalendar';
// nationalCalendar (the date-holidays rules, 1.6 MB of script) is imported from its own file,
// so a page importing this index does not load the rules.
export { shippedBankHolidays } from './shippedBankHolidays';
