export * from './lib/services';
export * from './lib/roles';
export * from './lib/error-codes';
export * from './lib/events';
export * from './lib/queues';
export * from './lib/demo-seed';
