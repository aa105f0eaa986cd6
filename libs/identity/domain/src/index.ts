export * from './lib/email';
export * from './lib/jurisdiction-code';
export * from './lib/sign-in-lockout';
export * from './lib/access-token-claims';
export * from './lib/residency';
export * from './lib/voter-roll';
