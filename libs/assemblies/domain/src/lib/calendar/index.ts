export * from './calendar-date';
export * from './meeting-date-rule';
