export * from './events';
export * from './policy';
export * from './defaultPolicy';
export * from './dueDate';
export * from './clockStatus';
export * from './complaintTimeLimit';
