export * from './lib/database';
export * from './lib/outbox';
export * from './lib/events';
export * from './lib/residency';
export * from './lib/body-membership';
export * from './lib/ballot-box';
export * from './lib/confirmation';
