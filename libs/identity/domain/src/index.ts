export * from './lib/accounts';
export * from './lib/sessions';
export * from './lib/residency';
export * from './lib/voter-roll';
