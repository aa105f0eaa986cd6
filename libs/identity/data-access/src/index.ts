export * from './lib/identity.datasource';
export * from './lib/accounts';
export * from './lib/sessions';
export * from './lib/keys';
export * from './lib/voter-roll';
export * from './lib/verification';
export * from './lib/mail';
export * from './lib/roles';
