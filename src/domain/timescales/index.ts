export * from './events';
export * from './policy';
export * from './defaultPolicy';
export * from './dueDate';
export * from './clockStatus';
export * from './complaintTimeLimit';
export * from './stagePauses';
export * from './caseTimeliness';
// fromSettings is imported from its own file: it builds a calendar with the date-holidays
// rules, which pages that do not need them should not load.
