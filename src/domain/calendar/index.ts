export * from './dayNumber';
export * from './calendarMonths';
export * from './nation';
export * from './bankHolidayFeed';
export * from './workingCalendar';
export * from './workingDays';
export * from './nationalCalendar';
export { SHIPPED_BANK_HOLIDAYS } from './shippedBankHolidays';
