export * from './financialYear';
export * from './reportCalendar';
export * from './reportCalendarOf';
export * from './reportTypes';
export * from './reportInput';
export * from './annualReport';
export * from './tally';
