export * from './seat-schedule';
export * from './term-limit';
export * from './vacancy';
export * from './current-term';
