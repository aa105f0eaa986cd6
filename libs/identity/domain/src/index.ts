export * from './lib/accounts';
export * from './lib/sessions';
export * from './lib/residency';
export * from './lib/voter-roll';
export * from './lib/verification';
export * from './lib/mail';
export * from './lib/roles';
